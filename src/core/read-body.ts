import { WebhookError } from "./errors.js";

/** Default limit of a delivery body: far above any real payload, far below harm. */
export const defaultMaxBodyBytes = 1024 * 1024;

/** The `maxBodyBytes` option of either receiver, defaulted and checked at creation. */
export function resolveMaxBodyBytes(value: number | undefined): number {
  const limit = value ?? defaultMaxBodyBytes;
  if (!Number.isInteger(limit) || limit <= 0) {
    throw new TypeError("talkable-emma-webhooks: maxBodyBytes must be a positive integer");
  }
  return limit;
}

const tooLarge = (limit: number) =>
  new WebhookError("body_too_large", `the body is larger than ${limit} bytes`);

const decoder = new TextDecoder("utf-8", { fatal: true });

function decode(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    throw new WebhookError("malformed_body", "the body is not valid UTF-8", { cause });
  }
}

/**
 * Refuses already decoded text whose UTF-8 form exceeds `limit` bytes, as `readBodyText` would.
 * A UTF-16 unit takes at most three UTF-8 bytes, so only long texts need encoding to be sure.
 */
export function assertTextWithinLimit(text: string, limit: number): void {
  if (text.length > limit) throw tooLarge(limit);
  if (text.length * 3 > limit && new TextEncoder().encode(text).byteLength > limit) {
    throw tooLarge(limit);
  }
}

/**
 * Reads a request body as UTF-8 text, refusing it with 413 when the declared Content-Length
 * or the bytes actually streamed exceed `limit` (a sender may omit the length, or lie).
 */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  if (request.body === null) return "";
  return readStream(request.body, limit);
}

async function readStream(body: ReadableStream<Uint8Array>, limit: number): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return decode(chunks[0]);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decode(bytes);
}
