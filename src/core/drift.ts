import type { DriftNode } from "../../generated/drift-node.js";
import { maxDriftFindings, maxDriftValueChars } from "./drift-limits.js";

/**
 * One thing an accepted delivery carries that the spec does not describe.
 *
 * - `unknown_member`: a member the schema does not name (the spec's `properties` to add it to);
 * - `unknown_value`: a value outside the known values of an open list (`x-open-enum`);
 * - `union_type`: a JSON type the schema allows here only through a union, which none of the
 *   spec's examples (nor the member's `x-seen-types`) shows at this place.
 *
 * @example
 * ```ts
 * import type { DriftFinding } from "talkable-emma-webhooks/talkable";
 * const line = (f: DriftFinding) => `${f.pointer}: edit ${f.spec.file} at ${f.spec.pointer}`;
 * ```
 */
export interface DriftFinding {
  readonly kind: "unknown_member" | "unknown_value" | "union_type";
  /** JSON pointer of the value in the delivery (`/payload/reward/reason`, `/data/x`). */
  readonly pointer: string;
  /** Where to edit the spec: a file relative to the package root, and a pointer inside it. */
  readonly spec: { readonly file: string; readonly pointer: string };
  /** The value's JSON type (`string`, `integer`, `number`, `object`, ...). */
  readonly type: string;
  /** The value as JSON text, cut to {@link maxDriftValueChars} characters. */
  readonly value: string;
  readonly message: string;
}

/**
 * What an `onDrift` handler gets, after the delivery was answered 2xx.
 *
 * @example
 * ```ts
 * import type { DriftReport } from "talkable-emma-webhooks/talkable";
 * const log = (report: DriftReport) => console.warn(report.type, report.findings.length);
 * ```
 */
export interface DriftReport<V extends string = "talkable" | "emma", T extends string = string> {
  readonly vendor: V;
  /** The Talkable `type` or Emma `event_name`. */
  readonly type: T;
  /** The delivery id (`event.id`). */
  readonly id: string;
  /** At most {@link maxDriftFindings}, in the delivery's order. */
  readonly findings: readonly DriftFinding[];
  /** The delivery had more findings than the cap; the walk stopped at the first one past it. */
  readonly truncated: boolean;
}

const maxNameChars = 64;
const redacted = "[redacted]";

class Findings {
  readonly list: DriftFinding[] = [];
  truncated = false;
  readonly #secrets: readonly string[];

  constructor(secrets: readonly string[]) {
    // As sent, and as a URL or a form would carry it (`token=...` inside a string value).
    this.#secrets = secrets
      .filter((secret) => secret.length > 0)
      .flatMap((secret) => [
        secret,
        encodeURIComponent(secret),
        encodeURIComponent(secret).replaceAll("%20", "+"),
      ]);
  }

  /** Secrets never reach a finding, whole or cut: a text holding one is replaced entirely. */
  scrub(text: string): string {
    return this.#secrets.some((secret) => text.includes(secret)) ? redacted : text;
  }

  add(kind: DriftFinding["kind"], pointer: string, at: string, value: unknown, message: string) {
    if (this.list.length >= maxDriftFindings) {
      this.truncated = true;
      return;
    }
    const hash = at.indexOf("#");
    const type = jsonType(value);
    const spec = { file: at.slice(0, hash), pointer: at.slice(hash + 1) || "/" };
    const shown = this.scrub(preview(value, maxDriftValueChars, this));
    this.list.push({ kind, pointer, spec, type, value: shown, message });
  }
}

/** The JSON type of a value; an integer is `integer` where a union names that type. */
export function jsonType(value: unknown, union: readonly string[] = []): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") {
    return Number.isInteger(value) && union.includes("integer") ? "integer" : "number";
  }
  return typeof value;
}

/** JSON text of a value, stopping once `budget` characters are written (linear in the budget). */
function preview(value: unknown, budget: number, findings: Findings): string {
  let text = "";
  const put = (part: string) => {
    if (text.length < budget) text += part;
  };
  const visit = (item: unknown): void => {
    if (text.length >= budget) return;
    if (typeof item === "string") return put(JSON.stringify(findings.scrub(item).slice(0, budget)));
    if (item === null || typeof item !== "object") return put(String(JSON.stringify(item) ?? null));
    const entries = Array.isArray(item)
      ? item.map((v) => [undefined, v] as const)
      : Object.entries(item);
    put(Array.isArray(item) ? "[" : "{");
    entries.forEach(([name, child], index) => {
      if (index > 0) put(",");
      if (name !== undefined)
        put(`${JSON.stringify(findings.scrub(name).slice(0, maxNameChars))}:`);
      visit(child);
    });
    put(Array.isArray(item) ? "]" : "}");
  };
  visit(value);
  return text.length > budget ? `${text.slice(0, budget - 1)}…` : text;
}

const escapeName = (name: string) =>
  name.slice(0, maxNameChars).replaceAll("~", "~0").replaceAll("/", "~1");

function checkValue(node: DriftNode, value: unknown, pointer: string, out: Findings): void {
  const { known, knownAt, union, documented, documentedAt } = node;
  if (known && knownAt && value !== null && typeof value !== "object") {
    if (!known.includes(value as string)) {
      out.add(
        "unknown_value",
        pointer,
        knownAt,
        value,
        "a value the spec's open list does not name",
      );
    }
  }
  if (union && documented && documentedAt && value !== null) {
    const type = jsonType(value, union);
    const shown =
      documented.includes(type) || (type === "integer" && documented.includes("number"));
    if (!shown) {
      const message = `a ${type}, which the spec allows here only through a union (documented: ${documented.join(", ")})`;
      out.add("union_type", pointer, documentedAt, value, message);
    }
  }
}

function walk(node: DriftNode, value: unknown, pointer: string, out: Findings): void {
  if (out.truncated) return;
  checkValue(node, value, pointer, out);
  if (Array.isArray(value)) {
    const { items } = node;
    if (items) value.forEach((item, index) => walk(items, item, `${pointer}/${index}`, out));
    return;
  }
  const { members } = node;
  if (value === null || typeof value !== "object" || !members) return;
  for (const [name, child] of Object.entries(value)) {
    const at = `${pointer}/${escapeName(out.scrub(name))}`;
    if (Object.hasOwn(members, name)) walk(members[name]!, child, at, out);
    else if (!node.open)
      out.add("unknown_member", at, node.at, child, "a member the spec does not name");
  }
}

/**
 * What `value` carries that `node` does not describe: members it does not name, values outside
 * its open lists, types it allows only through a union. Linear in the value's size; at most
 * {@link maxDriftFindings} findings; `secrets` never appear in them.
 */
export function findDrift(
  node: DriftNode,
  value: Readonly<Record<string, unknown>>,
  secrets: readonly string[],
): { readonly findings: readonly DriftFinding[]; readonly truncated: boolean } {
  const out = new Findings(secrets);
  walk(node, value, "", out);
  return { findings: out.list, truncated: out.truncated };
}
