import { WebhookError } from "./errors.js";
import { decodeFormComponent } from "./percent-decode.js";

const openBrace = 0x7b;
const openBracket = 0x5b;
const closeBrace = 0x7d;
const closeBracket = 0x5d;
const quote = 0x22;
const backslash = 0x5c;

/**
 * Where a raw (not percent-encoded) JSON value starting at `start` ends, so that an `&` inside
 * one of its strings (`"https://x.test/?a=1&b=2"`) does not split the field; -1 when its
 * brackets never balance. One pass; callers run it at most once per field that may hold JSON.
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
    else if (code === closeBrace || code === closeBracket) {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return -1;
}

/**
 * Next positions of `&` and `=` at or after a position. Both only move forward, so however
 * the body is shaped (runs of `&`, no `=` at all), finding every field costs one pass.
 */
class Separators {
  readonly #body: string;
  #ampersand = -2;
  #equals = -2;

  constructor(body: string) {
    this.#body = body;
  }

  ampersand(from: number): number {
    if (this.#ampersand !== -1 && this.#ampersand < from) {
      this.#ampersand = this.#body.indexOf("&", from);
    }
    return this.#ampersand === -1 ? this.#body.length : this.#ampersand;
  }

  equals(from: number): number {
    if (this.#equals !== -1 && this.#equals < from) this.#equals = this.#body.indexOf("=", from);
    return this.#equals === -1 ? this.#body.length : this.#equals;
  }
}

/**
 * No vendor sends more than a handful of fields; body-parser's `parameterLimit` stops at the
 * same number. Past it the body is refused at once, so a body of a million empty fields costs
 * no more than a delivery of the same size.
 */
export const maxFormFields = 1000;

function tooManyFields(): WebhookError {
  return new WebhookError("malformed_body", `the body has more than ${maxFormFields} form fields`);
}

function duplicate(name: string): WebhookError {
  const message = `the form field ${name} appears more than once`;
  return new WebhookError("malformed_body", message, {
    details: [{ pointer: `/${name}`, message }],
  });
}

/** End of the value starting at `start`: a balanced raw JSON value followed by `&`, or the next `&`. */
function endOfValue(body: string, start: number, mayBeJson: boolean, next: Separators): number {
  const first = body.charCodeAt(start);
  if (mayBeJson && (first === openBrace || first === openBracket)) {
    const end = endOfRawJson(body, start);
    if (end !== -1 && (end === body.length || body.charCodeAt(end) === 0x26)) return end;
  }
  return next.ampersand(start);
}

/**
 * Splits a form body into its fields in time linear in its length, whatever its shape, and
 * refuses one with more than {@link maxFormFields} fields.
 *
 * Values of the fields named in `jsonFields` may be raw JSON (as the vendors' `curl --data`
 * examples send them), so an `&` inside their strings does not end them. Fields named in
 * `unique` may appear once only: a second `key`, `type` or `payload` is how a forged field
 * would be smuggled past a naive parser. Other fields are kept (the vendor may add some) and,
 * when repeated, the first wins. Values are decoded by {@link decodeFormComponent}.
 */
export function parseFormFields(
  body: string,
  unique: ReadonlySet<string>,
  jsonFields: ReadonlySet<string> = unique,
): Map<string, string> {
  const fields = new Map<string, string>();
  const next = new Separators(body);
  let position = 0;
  for (let count = 1; position < body.length; count += 1) {
    if (count > maxFormFields) throw tooManyFields();
    const ampersand = next.ampersand(position);
    const equals = next.equals(position);
    if (equals >= ampersand) {
      const name = decodeFormComponent(body.slice(position, ampersand));
      if (name !== "" && !fields.has(name)) fields.set(name, "");
      else if (name !== "" && unique.has(name)) throw duplicate(name);
      position = ampersand + 1;
      continue;
    }
    const name = decodeFormComponent(body.slice(position, equals));
    const first = !fields.has(name);
    if (!first && unique.has(name)) throw duplicate(name);
    // Only a field's first copy is scanned as JSON: the scan runs once per JSON field name.
    const end = endOfValue(body, equals + 1, first && jsonFields.has(name), next);
    if (name !== "" && first) fields.set(name, decodeFormComponent(body.slice(equals + 1, end)));
    position = end + 1;
  }
  return fields;
}
