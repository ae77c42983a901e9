import { WebhookError } from "./errors.js";

const strictDecoder = new TextDecoder("utf-8", { fatal: true });
const plus = 0x2b;
const percent = 0x25;

/**
 * Characters that every form encoder escapes (space, quotes, braces, brackets, `<>\^`|`,
 * controls and anything outside ASCII). A value holding one was not form-encoded: it came as
 * `curl --data` sends raw text, and decoding it would alter it (`+` would become a space).
 *
 * The ASCII ones are looked for one by one with `includes`, a native byte search that is
 * about ten times faster per character than one regular expression of the whole class (which
 * was the single costliest step of a delivery): 45 such searches still cost half as much as the
 * expression, and stay linear in the text's length. The likeliest in raw JSON come first.
 */
const neverLeftRawAscii: readonly string[] = [
  ...'{"}[] \\<>^`|\u007f',
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
];

const asciiEncoder = new TextEncoder();
/** Reused by {@link hasNonAscii} for texts up to its size, which covers every real delivery. */
const scratch = new Uint8Array(64 * 1024);

/**
 * Whether `text` holds a character outside ASCII: UTF-8 writes each ASCII character as one byte,
 * so into a buffer of `text.length` bytes every character fits only when all are ASCII. One
 * native pass, and portable (no `node:buffer`).
 */
function hasNonAscii(text: string): boolean {
  // A longer text gets a buffer of its own, dropped after: a hostile body pins no memory.
  const into = text.length <= scratch.length ? scratch : new Uint8Array(text.length);
  return asciiEncoder.encodeInto(text, into.subarray(0, text.length)).read !== text.length;
}

/** The value of each ASCII hex digit, -1 for every other byte. */
const hexDigits = new Int8Array(256).fill(-1);
for (let digit = 0; digit < 16; digit += 1) {
  hexDigits["0123456789abcdef".charCodeAt(digit)] = digit;
  hexDigits["0123456789ABCDEF".charCodeAt(digit)] = digit;
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
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === percent && index + 2 < length) {
      const high = hexDigits[text.charCodeAt(index + 1) & 0xff] ?? -1;
      const low = hexDigits[text.charCodeAt(index + 2) & 0xff] ?? -1;
      if ((high | low) >= 0) {
        bytes[out++] = (high << 4) | low;
        index += 3;
        continue;
      }
    }
    bytes[out++] = code === plus ? 0x20 : code;
    index += 1;
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
  if (hasNonAscii(raw)) return true;
  for (const character of neverLeftRawAscii) if (raw.includes(character)) return true;
  return false;
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
