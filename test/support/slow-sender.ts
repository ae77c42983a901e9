import { connect } from "node:net";

/** How a slow or stalled sender behaves, byte for byte. */
export interface SlowSenderPlan {
  /** The request head, written at once. */
  readonly head: string;
  /** Written right after the head (part of the body, or nothing). */
  readonly first?: string;
  /** Written one after another, one every `everyMs`, while the server keeps the socket open. */
  readonly drip?: readonly string[];
  readonly everyMs?: number;
  /** The sender gives up (destroys its socket) after this long, so a test never hangs. */
  readonly giveUpMs: number;
}

/** What the sender saw, times counted from when the head was written. */
export interface SlowSenderResult {
  /** Everything the server wrote. */
  readonly raw: string;
  /** When the first byte of an answer came, if one came. */
  readonly answeredMs: number | undefined;
  /** When the server closed or reset the socket, if it did before the sender gave up. */
  readonly closedMs: number | undefined;
  /** How many drip writes went out. */
  readonly dripped: number;
}

/** Sends `plan` to `url`'s host and port on a raw socket; resolves once the socket is gone. */
export function sendSlowly(url: string, plan: SlowSenderPlan): Promise<SlowSenderResult> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    let start = 0;
    let answeredMs: number | undefined;
    let closedMs: number | undefined;
    let dripped = 0;
    let dripTimer: ReturnType<typeof setInterval> | undefined;
    const socket = connect(Number(port), hostname, () => {
      start = performance.now();
      socket.write(plan.head + (plan.first ?? ""));
      const drip = plan.drip ?? [];
      if (drip.length === 0) return;
      dripTimer = setInterval(() => {
        const next = drip[dripped];
        if (next === undefined || socket.destroyed || !socket.writable) {
          clearInterval(dripTimer);
          return;
        }
        dripped += 1;
        socket.write(next);
      }, plan.everyMs ?? 500);
    });
    const giveUp = setTimeout(() => socket.destroy(), plan.giveUpMs);
    const serverClosed = () => {
      closedMs ??= performance.now() - start;
    };
    socket.on("data", (part: Buffer) => {
      answeredMs ??= performance.now() - start;
      parts.push(part);
    });
    socket.on("end", serverClosed);
    socket.on("error", serverClosed);
    socket.on("close", () => {
      clearTimeout(giveUp);
      clearInterval(dripTimer);
      resolve({ raw: Buffer.concat(parts).toString("utf8"), answeredMs, closedMs, dripped });
    });
  });
}

/** An answer read off the wire: status, lower-case headers, body text. */
export interface WireAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Splits a raw HTTP/1.1 answer; `undefined` when nothing was answered. */
export function parseWireAnswer(raw: string): WireAnswer | undefined {
  const end = raw.indexOf("\r\n\r\n");
  if (!raw.startsWith("HTTP/1.1 ") || end === -1) return undefined;
  const [statusLine = "", ...lines] = raw.slice(0, end).split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.slice(9, 12)), headers, body: raw.slice(end + 4) };
}

/** A POST head to `url`'s path with these headers. */
export function postHead(url: string, headers: Readonly<Record<string, string>>): string {
  const { pathname, search, host } = new URL(url);
  const lines = Object.entries({ host, ...headers }).map(([name, value]) => `${name}: ${value}`);
  return `POST ${pathname}${search} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n`;
}

/** The four ways a body can fail to arrive, for a deadline of `timeoutMs`. */
export function stalledPlans(
  url: string,
  contentType: string,
  timeoutMs: number,
): Readonly<Record<string, SlowSenderPlan>> {
  const giveUpMs = timeoutMs * 4 + 5_000;
  const drip = Array.from({ length: 100 }, () => "a");
  const body = "key=abc&type=referral_web_hook&payload=%7B%7D";
  return {
    "Content-Length 5000, then one byte every 500 ms": {
      head: postHead(url, { "content-type": contentType, "content-length": "5000" }),
      first: "key=",
      drip,
      everyMs: 500,
      giveUpMs,
    },
    "a chunked body that never ends": {
      head: postHead(url, { "content-type": contentType, "transfer-encoding": "chunked" }),
      first: "4\r\nkey=\r\n",
      drip: drip.map((byte) => `1\r\n${byte}\r\n`),
      everyMs: 200,
      giveUpMs,
    },
    "a Content-Length 100 bytes larger than the body": {
      head: postHead(url, {
        "content-type": contentType,
        "content-length": String(body.length + 100),
      }),
      first: body,
      giveUpMs,
    },
    "headers, then nothing": {
      head: postHead(url, { "content-type": contentType, "content-length": "300" }),
      giveUpMs,
    },
  };
}
