import { type IncomingMessage, request } from "node:http";

/** An answer as read off the socket. */
export interface RawAnswer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly text: string;
}

/** Options of {@link rawPost}. */
export interface RawPostOptions {
  readonly headers?: Readonly<Record<string, string>>;
  /** Written one after another; without a Content-Length header they go out chunked. */
  readonly chunks: readonly (string | Uint8Array)[];
}

/**
 * Posts with `node:http`, which lets a test send exactly the bytes and headers it wants
 * (fetch adds a Content-Type to string bodies and always knows their length). The answer may
 * arrive before the whole body was written: the server is allowed to refuse early, so write
 * errors after that are ignored.
 */
/** Reads an answer off the socket to its end. */
export function readRawAnswer(incoming: IncomingMessage): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    incoming.on("data", (part: Buffer) => parts.push(part));
    incoming.on("error", reject);
    incoming.on("end", () =>
      resolve({
        status: incoming.statusCode ?? 0,
        contentType: incoming.headers["content-type"],
        text: Buffer.concat(parts).toString("utf8"),
      }),
    );
  });
}

export function rawPost(url: string, options: RawPostOptions): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = request(
      url,
      { method: "POST", headers: options.headers ?? {}, agent: false },
      (incoming) => {
        answered = true;
        readRawAnswer(incoming).then(resolve, reject);
      },
    );
    outgoing.on("error", (error) => {
      if (!answered) reject(error);
    });
    void writeAll(outgoing, options.chunks);
  });
}

async function writeAll(
  outgoing: ReturnType<typeof request>,
  chunks: readonly (string | Uint8Array)[],
): Promise<void> {
  for (const chunk of chunks) {
    if (outgoing.destroyed) return;
    const drained = outgoing.write(chunk);
    if (!drained) await drainedOrClosed(outgoing);
  }
  if (!outgoing.destroyed) outgoing.end();
}

function drainedOrClosed(outgoing: ReturnType<typeof request>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      outgoing.off("drain", done);
      outgoing.off("close", done);
      resolve();
    };
    outgoing.on("drain", done);
    outgoing.on("close", done);
  });
}
