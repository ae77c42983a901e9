import { WebhookError } from "./errors.js";

const strictDecoder = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();
const plus = 0x2b;
const percent = 0x25;

/**
 * Characters that every form encoder escapes (space, quotes, braces, brackets, `<>\^`|`,
 * controls and anything outside ASCII). A value holding one was not form-encoded: it came as
 * `curl --data` sends raw text, and decoding it would alter it (`+` would become a space).
 */
// eslint-disable-next-line no-control-regex -- controls are exactly what encoders never leave raw
const neverLeftRaw = /[\u0000-\u0020"<>[\\\]^`{|}\u007f-\uffff]/;

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

/**
 * Decodes form-encoded ASCII text in one pass over its bytes: `+` is a space, a `%XX` escape is
 * a byte, and a `%` that starts no escape stays. Replacing matches one by one in a string costs
 * per match, which a body of a million `+` would turn into seconds; this costs per byte.
 */
function decodeFormBytes(text: string): string {
  const bytes = encoder.encode(text);
  let out = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte === plus) bytes[out++] = 0x20;
    else if (byte === percent && index + 2 < bytes.length) {
      const high = hexValue(bytes[index + 1] ?? 0);
      const low = hexValue(bytes[index + 2] ?? 0);
      if (high < 0 || low < 0) bytes[out++] = byte;
      else {
        bytes[out++] = high * 16 + low;
        index += 2;
      }
    } else bytes[out++] = byte;
  }
  try {
    return strictDecoder.decode(bytes.subarray(0, out));
  } catch (cause) {
    throw new WebhookError(
      "malformed_body",
      "a form field has percent-escapes that are not UTF-8",
      {
        cause,
      },
    );
  }
}

/** True when `raw` cannot have come from a form encoder, so it must be taken verbatim. */
export function isRawFormText(raw: string): boolean {
  return neverLeftRaw.test(raw);
}

/**
 * Decodes one `application/x-www-form-urlencoded` name or value, never altering what was sent.
 *
 * - Text holding a character every form encoder escapes was sent raw (`curl --data`): it is
 *   returned verbatim, so its `+` stays a plus and its `%` stays a percent sign.
 * - Otherwise it is form-encoded: `+` is a space and `%XX` runs are UTF-8 bytes. A `%` that
 *   starts no escape (`10% off`) is kept as it is. Time is linear in the text's length.
 */
export function decodeFormComponent(raw: string): string {
  if (isRawFormText(raw)) return raw;
  const pluses = countUpTo(raw, "+", fewPluses);
  if (pluses === fewPluses) return decodeFormBytes(raw);
  const text = pluses === 0 ? raw : raw.replaceAll("+", " ");
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return decodeFormBytes(raw);
  }
}

/**
 * Up to this many `+`, replacing them natively and decoding with `decodeURIComponent` is the
 * fastest way (a real delivery has a few, in names and sentences); past it, replacing costs per
 * match, and the one byte pass of {@link decodeFormBytes} is cheaper.
 */
const fewPluses = 256;

/** How often `needle` occurs in `text`, counting no further than `limit`. */
function countUpTo(text: string, needle: string, limit: number): number {
  let count = 0;
  for (
    let at = text.indexOf(needle);
    at !== -1 && count < limit;
    at = text.indexOf(needle, at + 1)
  ) {
    count += 1;
  }
  return count;
}
