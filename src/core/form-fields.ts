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

/** Which fields a caller needs: only those are decoded and returned. */
export interface FormFieldsOptions {
  /** Fields that may appear once only; a second copy is refused. */
  readonly unique: ReadonlySet<string>;
  /** Fields whose value may be raw JSON; default: `unique`. */
  readonly jsonFields?: ReadonlySet<string>;
  /** Fields to decode and return; default: every field. */
  readonly wanted?: ReadonlySet<string>;
  /**
   * Fields whose value keeps its raw text when its escapes are not UTF-8, instead of refusing
   * the body (`true`: every field, and every name): a field the receiver does not need must
   * never refuse a delivery.
   */
  readonly keepUndecodable?: ReadonlySet<string> | true;
  /**
   * Fields returned as sent, for the caller to decode with {@link decodeFormComponent} once it
   * knows it needs them: a receiver authenticates the delivery first, so that a forged body is
   * refused without decoding its payload.
   */
  readonly undecoded?: ReadonlySet<string>;
}

/** Decodes `text`, or with `keep` gives it back as sent when its escapes are not UTF-8. */
function decodeOrKeep(text: string, keep: boolean): string {
  if (!keep) return decodeFormComponent(text);
  try {
    return decodeFormComponent(text);
  } catch (error) {
    if (error instanceof WebhookError) return text;
    throw error;
  }
}

/**
 * The fields a caller wanted, by name, and how many other fields the body held: a caller that
 * needs those too (to report them) reads them in a second pass only when `unwanted` is not 0.
 */
export class FormFields extends Map<string, string> {
  /** Fields skipped because their name is not among the wanted ones (empty segments aside). */
  unwanted = 0;
}

/**
 * A name that could decode to a wanted one: at most three characters per wanted character
 * (`%6B` is `k`). Longer names, and their values, are never decoded at all.
 */
function nameLimit(wanted: ReadonlySet<string> | undefined): number {
  if (!wanted) return Number.POSITIVE_INFINITY;
  let limit = nameLimits.get(wanted);
  if (limit === undefined) {
    limit = 3 * Math.max(0, ...[...wanted].map((name) => name.length));
    nameLimits.set(wanted, limit);
  }
  return limit;
}

/** Each wanted set's limit, computed once: callers pass the same module-level set every time. */
const nameLimits = new WeakMap<ReadonlySet<string>, number>();

/**
 * Splits a form body into its fields in time linear in its length, whatever its shape, and
 * refuses one with more than {@link maxFormFields} fields.
 *
 * Values of the `jsonFields` may be raw JSON (as the vendors' `curl --data` examples send
 * them), so an `&` inside their strings does not end them. `unique` fields may appear once
 * only: a second `key`, `type` or `payload` is how a forged field would be smuggled past a
 * naive parser. Other fields, when repeated, keep their first value. With `wanted`, every
 * other field is skipped undecoded and only counted (`unwanted`). Values are decoded by
 * {@link decodeFormComponent}.
 */
export function parseFormFields(body: string, options: FormFieldsOptions): FormFields {
  const { unique, jsonFields = unique, wanted, keepUndecodable: keep, undecoded } = options;
  const longest = nameLimit(wanted);
  const fields = new FormFields();
  const seen = new Set<string>();
  const next = new Separators(body);
  const nameAt = (start: number, end: number): string | undefined => {
    if (end - start > longest) return undefined;
    // A name that is not UTF-8 cannot be a wanted one (theirs have no `%`): it is skipped.
    const name = decodeOrKeep(body.slice(start, end), keep === true || wanted !== undefined);
    return wanted && !wanted.has(name) ? undefined : name;
  };
  let position = 0;
  for (let count = 1; position < body.length; count += 1) {
    if (count > maxFormFields) throw tooManyFields();
    const ampersand = next.ampersand(position);
    const equals = Math.min(next.equals(position), ampersand);
    const name = nameAt(position, equals);
    if (name === undefined && ampersand > position) fields.unwanted += 1;
    const first = name !== undefined && !seen.has(name);
    if (name !== undefined && !first && unique.has(name)) throw duplicate(name);
    if (first) seen.add(name);
    if (equals === ampersand) {
      if (first && name !== "") fields.set(name, "");
      position = ampersand + 1;
      continue;
    }
    // Only a field's first copy is scanned as JSON: the scan runs once per JSON field name.
    const end = endOfValue(body, equals + 1, first && jsonFields.has(name), next);
    if (first && name !== "") {
      const raw = body.slice(equals + 1, end);
      const kept = keep === true || keep?.has(name) === true;
      fields.set(name, undecoded?.has(name) === true ? raw : decodeOrKeep(raw, kept));
    }
    position = end + 1;
  }
  return fields;
}
