import type { BodyDeadline } from "./body-deadline.js";
import { WebhookError } from "./errors.js";

/** Default limit of a delivery body: far above any real payload, far below harm. */
export const defaultMaxBodyBytes = 1024 * 1024;

/** The error every over-limit body gets, however it was found out. */
export const bodyTooLarge = (limit: number) =>
  new WebhookError("body_too_large", `the body is larger than ${limit} bytes`);

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes a body as strict UTF-8: a body that is not UTF-8 is malformed, never guessed at. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    throw new WebhookError("malformed_body", "the body is not valid UTF-8", { cause });
  }
}

/**
 * Refuses already decoded text whose UTF-8 form exceeds `limit` bytes, as reading would.
 * A UTF-16 unit takes at most three UTF-8 bytes, so only long texts need encoding to be sure.
 */
export function assertTextWithinLimit(text: string, limit: number): void {
  if (text.length > limit) throw bodyTooLarge(limit);
  if (text.length * 3 > limit && new TextEncoder().encode(text).byteLength > limit) {
    throw bodyTooLarge(limit);
  }
}

/** Joins chunks read under a limit into one array (no copy for a single chunk). */
export function joinChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a web stream body, refusing it with 413 as soon as the bytes streamed exceed `limit`
 * (a sender may omit Content-Length, or lie). The stream is cancelled then, not drained nor
 * waited for; and so it is at the `deadline`, which the runtime's server may answer by closing
 * the connection.
 */
export async function readWebStream(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  deadline?: BodyDeadline,
): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  let stopped: WebhookError | undefined;
  deadline?.onTimeout((error) => {
    stopped = error;
    reader.cancel(error).catch(() => undefined);
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    // A cancelled stream ends its pending read as if done: what came so far is not the body.
    if (stopped) throw stopped;
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Refused now: cancel's promise settles once the runtime has torn the stream down,
      // which may wait on the transport, and the answer must not wait for that.
      void reader.cancel().catch(() => undefined);
      throw bodyTooLarge(limit);
    }
    chunks.push(value);
  }
  return joinChunks(chunks, size);
}
