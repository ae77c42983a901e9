import { WebhookError } from "./errors.js";

const escapeRun = /(?:%[0-9A-Fa-f]{2})+/g;
const strictDecoder = new TextDecoder("utf-8", { fatal: true });

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

/**
 * Decodes one `application/x-www-form-urlencoded` name or value.
 *
 * Properly encoded text takes the fast path (`decodeURIComponent`). Text that `curl --data`
 * sent unencoded may hold a `%` that starts no escape (`"10% off"`); then only well-formed
 * `%XX` runs are decoded and every other character is kept as it is. `+` is a space in both,
 * as the form encoding says, so a literal plus must arrive as `%2B`.
 */
export function decodeFormComponent(raw: string): string {
  const text = raw.includes("+") ? raw.replaceAll("+", " ") : raw;
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replaceAll(escapeRun, decodeRun);
  }
}
