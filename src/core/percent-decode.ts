import { WebhookError } from "./errors.js";

const strictDecoder = new TextDecoder("utf-8", { fatal: true });
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
 * Decodes form-encoded ASCII text in one pass over its characters: `+` is a space, a `%XX`
 * escape is a byte, and a `%` that starts no escape stays. Replacing matches one by one in a
 * string costs per match, which a body of a million `+` would turn into seconds; this costs per
 * character. Callers pass only text {@link isRawFormText} let through, which is all ASCII, so
 * each character is one byte and no encoding pass is needed first.
 */
function decodeFormBytes(text: string): string {
  const length = text.length;
  const bytes = new Uint8Array(length);
  let out = 0;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === plus) bytes[out++] = 0x20;
    else if (code === percent && index + 2 < length) {
      const high = hexValue(text.charCodeAt(index + 1));
      const low = hexValue(text.charCodeAt(index + 2));
      if (high < 0 || low < 0) bytes[out++] = code;
      else {
        bytes[out++] = high * 16 + low;
        index += 2;
      }
    } else bytes[out++] = code;
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
  const pluses = countUpTo(raw, "+", fewPluses);
  const escapes = raw.includes("%");
  // Nothing to decode: the text is the same either way, and the scan below is not needed.
  if (pluses === 0 && !escapes) return raw;
  if (isRawFormText(raw)) return raw;
  if (pluses === fewPluses) return decodeFormBytes(raw);
  const text = pluses === 0 ? raw : raw.replaceAll("+", " ");
  if (!escapes) return text;
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
