import { connect } from "node:net";
import type { RawAnswer } from "./raw-post.js";

/** The whole body after `head` (Content-Length or chunked), or undefined while incomplete. */
function bodyOf(head: string, rest: string): string | undefined {
  if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
    if (!rest.includes("\r\n0\r\n\r\n") && !rest.startsWith("0\r\n\r\n")) return undefined;
    let body = "";
    for (let at = 0; ;) {
      const eol = rest.indexOf("\r\n", at);
      const size = Number.parseInt(rest.slice(at, eol), 16);
      if (size === 0) return body;
      body += rest.slice(eol + 2, eol + 2 + size);
      at = eol + 2 + size + 2;
    }
  }
  const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
  return rest.length < length ? undefined : rest.slice(0, length);
}

/**
 * Sends only a request head (a POST that declares `headers`, Content-Length included) and
 * never a byte of its body, then reads the answer. An answer at all proves the server refused
 * without waiting for the body: one that waits never answers, and the test times out.
 */
export function postHeadOnly(url: string, headers: Readonly<Record<string, string>>) {
  const { hostname, port, pathname, search } = new URL(url);
  const lines = [`POST ${pathname}${search} HTTP/1.1`, `host: ${hostname}:${port}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return new Promise<RawAnswer>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`${lines.join("\r\n")}\r\n\r\n`),
    );
    let text = "";
    socket.setEncoding("latin1");
    const settle = () => {
      const at = text.indexOf("\r\n\r\n");
      if (at === -1) return false;
      const head = text.slice(0, at);
      const body = bodyOf(head, text.slice(at + 4));
      if (body === undefined) return false;
      socket.destroy();
      resolve({
        status: Number(head.split(" ")[1]),
        contentType: /\r\ncontent-type: *([^\r]+)/i.exec(head)?.[1],
        text: Buffer.from(body, "latin1").toString("utf8"),
      });
      return true;
    };
    socket.on("data", (part: string) => {
      text += part;
      // An interim 100 Continue is not the answer: drop it and keep reading.
      if (text.startsWith("HTTP/1.1 100")) text = text.slice(text.indexOf("\r\n\r\n") + 4);
      settle();
    });
    socket.on("end", () => settle() || reject(new Error(`no full answer: ${text}`)));
    socket.on("error", reject);
  });
}

/**
 * Declares `length` bytes, sends only `partial` of them, then hangs up: a sender that dies
 * mid-body. Resolves once the connection is gone.
 */
export function postAndHangUp(
  url: string,
  headers: Readonly<Record<string, string>>,
  partial: string,
): Promise<void> {
  const { hostname, port, pathname, search } = new URL(url);
  const lines = [`POST ${pathname}${search} HTTP/1.1`, `host: ${hostname}:${port}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`${lines.join("\r\n")}\r\n\r\n${partial}`, () => socket.destroy());
    });
    socket.on("close", () => resolve());
    socket.on("error", () => undefined);
  });
}
