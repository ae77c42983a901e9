import { connect } from "node:net";
import type { RawAnswer } from "./raw-post.js";

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
      const head = text.slice(0, at);
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? Number.NaN);
      if (at === -1 || text.length - at - 4 < length) return false;
      socket.destroy();
      resolve({
        status: Number(head.split(" ")[1]),
        contentType: /\r\ncontent-type: *([^\r]+)/i.exec(head)?.[1],
        text: Buffer.from(text.slice(at + 4), "latin1").toString("utf8"),
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
