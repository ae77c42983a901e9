import { WebhookError } from "./errors.js";

const escapeRun = /(?:%[0-9A-Fa-f]{2})+/g;
const strictDecoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Characters that every form encoder escapes (space, quotes, braces, brackets, `<>\^`|`,
 * controls and anything outside ASCII). A value holding one was not form-encoded: it came as
 * `curl --data` sends raw text, and decoding it would alter it (`+` would become a space).
 */
// eslint-disable-next-line no-control-regex -- controls are exactly what encoders never leave raw
const neverLeftRaw = /[\u0000-\u0020"<>[\\\]^`{|}\u007f-\uffff]/;

function decodeRun(run: string): string {
  const bytes = new Uint8Array(run.length / 3);
  for (let index = 0; index < bytes.length; index += 1) {
    bytes[index] = Number.parseInt(run.slice(index * 3 + 1, index * 3 + 3), 16);
  }
  try {
    return strictDecoder.decode(bytes);
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
  const text = raw.includes("+") ? raw.replaceAll("+", " ") : raw;
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replaceAll(escapeRun, decodeRun);
  }
}
