import { WebhookError } from "./errors.js";
import { decodeFormComponent } from "./percent-decode.js";

const openBrace = 0x7b;
const openBracket = 0x5b;
const quote = 0x22;
const backslash = 0x5c;

/**
 * Finds where a raw (not percent-encoded) JSON value starting at `start` ends, so that an `&`
 * inside one of its strings (`"https://x.test/?a=1&b=2"`) does not split the field.
 * Returns -1 when the brackets never balance; the caller then falls back to the next `&`.
 */
function endOfRawJson(body: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < body.length; index += 1) {
    const code = body.charCodeAt(index);
    if (inString) {
      if (code === backslash) index += 1;
      else if (code === quote) inString = false;
    } else if (code === quote) inString = true;
    else if (code === openBrace || code === openBracket) depth += 1;
    else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return -1;
}

function endOfValue(body: string, start: number): number {
  const first = body.charCodeAt(start);
  let from = start;
  if (first === openBrace || first === openBracket) {
    const end = endOfRawJson(body, start);
    if (end !== -1) from = end;
  }
  const ampersand = body.indexOf("&", from);
  return ampersand === -1 ? body.length : ampersand;
}

/**
 * Splits a form body into its fields. Fields named in `unique` may appear once only: a second
 * `key`, `type` or `payload` is how a forged field would be smuggled past a naive parser.
 * Other unknown fields are kept (the vendor may add some) and, when repeated, the first wins.
 */
export function parseFormFields(body: string, unique: ReadonlySet<string>): Map<string, string> {
  const fields = new Map<string, string>();
  let position = 0;
  while (position < body.length) {
    const equals = body.indexOf("=", position);
    const ampersand = body.indexOf("&", position);
    const nameEnd = equals === -1 || (ampersand !== -1 && ampersand < equals) ? -1 : equals;
    const valueEnd =
      nameEnd === -1 ? (ampersand === -1 ? body.length : ampersand) : endOfValue(body, nameEnd + 1);
    const name = decodeFormComponent(body.slice(position, nameEnd === -1 ? valueEnd : nameEnd));
    const value = nameEnd === -1 ? "" : decodeFormComponent(body.slice(nameEnd + 1, valueEnd));
    position = valueEnd + 1;
    if (name === "") continue;
    if (fields.has(name)) {
      if (!unique.has(name)) continue;
      const message = `the form field ${name} appears more than once`;
      throw new WebhookError("malformed_body", message, {
        details: [{ pointer: `/${name}`, message }],
      });
    }
    fields.set(name, value);
  }
  return fields;
}
