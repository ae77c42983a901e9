import { type Socket, connect } from "node:net";
import { request } from "node:http";
import { readFileSync } from "node:fs";
import { type RawAnswer, readRawAnswer } from "./raw-post.js";
import { type CurlExample, curlExamplesOf, vendorFiles, vendorRoot } from "./seed-curl.js";

/** The vendor's typed Talkable cURL commands (the post share seed, which names no type, aside). */
export const talkableCurlExamples: readonly CurlExample[] = [
  ...vendorFiles("seeds/", /^00[13]_.*\.txt$/),
  ...vendorFiles("talkable/curl/", /\.sh$/),
]
  .flatMap((file) => curlExamplesOf(file))
  .filter((example) => /(^|&)type=\w+_web_hook&/.test(example.body));

/** One Emma sample as the vendor published it: the exact bytes to send. */
export interface EmmaSample {
  readonly file: string;
  readonly text: string;
}

export const emmaSamples: readonly EmmaSample[] = vendorFiles("emma/", /\.json$/).map((file) => ({
  file,
  text: readFileSync(new URL(file, vendorRoot), "utf8"),
}));

/** The payload a vendor cURL body carries: its raw JSON, taken byte for byte. */
export function curlPayload(body: string): unknown {
  return JSON.parse(body.slice(body.indexOf("payload=") + "payload=".length));
}

/** What {@link postUntilAnswered} saw: the answer and how many chunks went out before it. */
export interface EarlyAnswer extends RawAnswer {
  readonly chunksWritten: number;
}

/**
 * Streams `chunk` (chunked, no Content-Length) until an answer arrives or `maxChunks` went
 * out, then ends the body. A server that refuses an over-limit body as it arrives answers
 * long before the sender is done; one that buffers answers after the last chunk.
 */
export function postUntilAnswered(
  url: string,
  headers: Readonly<Record<string, string>>,
  chunk: string,
  maxChunks: number,
): Promise<EarlyAnswer> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const outgoing = request(url, { method: "POST", headers, agent: false }, (incoming) => {
      answered = true;
      readRawAnswer(incoming).then(
        (answer) => resolve({ ...answer, chunksWritten: written }),
        reject,
      );
    });
    outgoing.on("error", (error) => {
      if (!answered) reject(error);
    });
    const next = () => {
      while (!answered && !outgoing.destroyed && written < maxChunks) {
        written += 1;
        if (!outgoing.write(chunk)) return void outgoing.once("drain", next);
      }
      if (!outgoing.destroyed) outgoing.end();
    };
    next();
  });
}

/** Starts a form POST whose body never ends, then hangs up once the server has part of it. */
export function hangUpMidBody(url: string, contentType: string): Promise<void> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST ${pathname}${search} HTTP/1.1\r\nHost: x\r\nContent-Type: ${contentType}\r\n` +
          'Content-Length: 100000\r\n\r\n{"event_name":"message_click","data":{"account_id":',
      );
      setTimeout(() => socket.destroy(), 50);
    });
    socket.on("close", () => resolve());
    socket.on("error", () => undefined);
  });
}
