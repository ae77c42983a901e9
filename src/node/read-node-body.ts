import { Buffer, isAscii } from "node:buffer";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import type { Readable } from "node:stream";
import type { BodyDeadline } from "../core/body-deadline.js";
import type { BodyReader } from "../core/incoming.js";
import { WebhookError } from "../core/errors.js";
import { bodyTooLarge, joinChunks } from "../core/read-body.js";

/**
 * A Node request as Express and similar frameworks leave it after their own middleware. An
 * intersection, not an interface extending IncomingMessage: @koa/bodyparser declares
 * `rawBody: string` on every IncomingMessage, which an interface could not widen.
 */
export type NodeRequest = IncomingMessage & {
  /** Set by a body parser (`express.raw()`, `express.text()`, `express.json()`, ...). */
  body?: unknown;
  /** The untouched body some frameworks and `verify` callbacks keep beside a parsed one. */
  rawBody?: unknown;
  /** Express keeps the full URL here when the app is mounted under a path. */
  originalUrl?: string;
};

const howToMount =
  "a body parser already turned the body into an object, which cannot be restored byte for " +
  "byte: mount the webhook route before express.json()/express.urlencoded(), or use " +
  "express.raw({ type: () => true }) on it, or keep the raw body as req.rawBody";

/**
 * How long whichever adapter read the body has, past its deadline, to write the 408 before the
 * socket is destroyed anyway. `toNodeMiddleware` destroys it as soon as the answer is flushed;
 * this is what frees it under adapters that know nothing of the deadline.
 */
const answerGraceMs = 1_000;

/** Past the deadline: stop reading, and make sure the sender cannot keep the socket. */
function stopAtDeadline(stream: Readable, socket: Socket | undefined): void {
  stream.pause();
  if (socket === undefined || socket.destroyed) return;
  const timer = setTimeout(() => socket.destroy(), answerGraceMs);
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
}

/**
 * Reads the untouched stream under the limit; past it, the rest is discarded, not buffered.
 * At the deadline reading stops and the socket is freed (see {@link stopAtDeadline}).
 * Exported for the other Node-based adapters (Fastify, Koa), whose streams are Node's too;
 * `socket` is the connection to free, the request's own by default.
 */
export function readNodeStream(
  request: Readable,
  limit: number,
  deadline?: BodyDeadline,
  socket: Socket | undefined = (request as Partial<IncomingMessage>).socket,
): Promise<Uint8Array> {
  return readStream(request, limit, deadline, socket, asIs);
}

/**
 * As {@link readNodeStream}, for a receiver: a body of ASCII bytes only (every form-encoded one
 * is) comes as its text, which Node copies into a string natively, for less than the strict
 * UTF-8 decoding the core gives bytes (the same text); any other body comes as its bytes.
 */
export function readNodeBody(
  request: Readable,
  limit: number,
  deadline?: BodyDeadline,
  socket: Socket | undefined = (request as Partial<IncomingMessage>).socket,
): Promise<Uint8Array | string> {
  return readStream(request, limit, deadline, socket, asciiAsText);
}

const asIs = (bytes: Uint8Array) => bytes;

function asciiAsText(bytes: Uint8Array): Uint8Array | string {
  if (!isAscii(bytes)) return bytes;
  // A body of one chunk is Node's own Buffer already; only joined chunks need a view made.
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.toString("latin1");
}

function readStream<T>(
  request: Readable,
  limit: number,
  deadline: BodyDeadline | undefined,
  socket: Socket | undefined,
  finish: (bytes: Uint8Array) => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const detach = () => {
      request.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
    };
    const fail = (error: Error) => {
      detach();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) chunks.push(chunk);
      else {
        // Keep reading (and dropping) so the 413 can still be written and read by the sender.
        request.resume();
        fail(bodyTooLarge(limit));
      }
    };
    // A body read to its end keeps its listeners: the request is done with, and removing a
    // `data` listener makes Node schedule a tick to update the stream's state, on every delivery.
    let ended = false;
    const onEnd = () => {
      ended = true;
      resolve(finish(joinChunks(chunks, size)));
    };
    const onError = (error: Error) => {
      if (!ended) fail(error);
    };
    const onClose = () => {
      if (!ended) fail(new Error("the request closed before its body ended"));
    };
    request.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
    deadline?.onTimeout((error) => {
      fail(error);
      stopAtDeadline(request, socket);
    });
  });
}

function isUint8Array(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

/**
 * The body in the form the core takes: the raw bytes or text a framework kept (`rawBody`, or
 * a `body` that `express.raw()`/`express.text()` left as a Buffer or string), else a reader of
 * the untouched stream. A body already parsed into an object is refused: re-encoding it would
 * guess at bytes the sender never sent. `kept` is where a framework keeps those bodies when
 * not on the request itself (Koa's `ctx.request`), `mountHint` how to mount it there.
 */
export function nodeBody(
  request: NodeRequest,
  kept: { readonly rawBody?: unknown; readonly body?: unknown } = request,
  mountHint: string = howToMount,
): Uint8Array | string | BodyReader {
  const { rawBody, body } = kept;
  if (typeof rawBody === "string" || isUint8Array(rawBody)) return rawBody;
  if (typeof body === "string" || isUint8Array(body)) return body;
  const untouched = !request.readableEnded;
  // Express 4's parsers set `{}` even when they skipped the request: then the stream is intact.
  if (untouched && (body === undefined || body === null || isEmptyObject(body))) {
    return (limit, deadline) => readNodeBody(request, limit, deadline);
  }
  return () => Promise.reject(new WebhookError("body_already_parsed", mountHint));
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.keys(value).length === 0;
}
