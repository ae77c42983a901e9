import type { IncomingMessage } from "node:http";

/** A Node request as Express and similar frameworks leave it after their own middleware. */
export interface NodeRequest extends IncomingMessage {
  /** Set by a body parser (`express.json()`, `express.urlencoded()`, `express.raw()`, ...). */
  body?: unknown;
  /** Express keeps the full URL here when the app is mounted under a path. */
  originalUrl?: string;
}

function headersOf(request: IncomingMessage, dropLength: boolean): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || (dropLength && name === "content-length")) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  return headers;
}

/** Re-encodes a body a parser already turned into an object, in the request's own format. */
function encodeParsed(body: object, contentType: string): string {
  if (contentType.includes("json")) return JSON.stringify(body);
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(body)) {
    // A repeated field parsed into an array stays repeated, so duplicate checks still apply.
    for (const item of Array.isArray(value) ? value : [value]) {
      form.append(name, typeof item === "string" ? item : JSON.stringify(item));
    }
  }
  return form.toString();
}

function streamUntouched(request: NodeRequest): boolean {
  return !request.readableEnded && request.readable;
}

/** The parsed body, when a body parser consumed the stream; undefined when the stream is ours. */
function parsedBody(request: NodeRequest): Uint8Array<ArrayBuffer> | string | undefined {
  const { body } = request;
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return body;
  // A copy owns a plain ArrayBuffer, which is what `Request` bodies are typed to take.
  if (body instanceof Uint8Array) return new Uint8Array(body);
  // Express 4's parsers set `{}` even when they skipped the request: then the stream is intact.
  if (typeof body === "object" && Object.keys(body).length === 0 && streamUntouched(request)) {
    return undefined;
  }
  if (typeof body === "object") return encodeParsed(body, request.headers["content-type"] ?? "");
  return undefined;
}

/**
 * The untouched body stream as a web stream. Unlike `Readable.toWeb`, cancelling it (the receiver
 * does when a body grows past its limit) does not destroy the request: that would reset the
 * connection, and the sender could lose the 413 answer. The rest of the body is discarded instead.
 */
function bodyStream(request: IncomingMessage): ReadableStream<Uint8Array> {
  let detach: () => void = () => undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (request.readableEnded) return controller.close();
      const onData = (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) request.pause();
      };
      const onEnd = () => {
        detach();
        controller.close();
      };
      const onError = (error: Error) => {
        detach();
        controller.error(error);
      };
      const onClose = () => onError(new Error("the request closed before its body ended"));
      detach = () => {
        request.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      };
      request.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
    },
    pull() {
      request.resume();
    },
    cancel() {
      detach();
      request.resume();
    },
  });
}

/** Builds the Fetch `Request` a receiver's `handle` takes from a Node request. */
export function toFetchRequest(request: NodeRequest): Request {
  const url = new URL(request.originalUrl ?? request.url ?? "/", "http://localhost");
  const method = request.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  const parsed = hasBody ? parsedBody(request) : undefined;
  if (parsed !== undefined) {
    const headers = headersOf(request, true);
    return new Request(url, { method, headers, body: parsed });
  }
  const body = hasBody ? bodyStream(request) : null;
  // Node's fetch needs `duplex: "half"` to take a stream body; the DOM typings lack the field.
  const init: RequestInit & { duplex: "half" } = {
    method,
    headers: headersOf(request, false),
    body,
    duplex: "half",
  };
  return new Request(url, init);
}
