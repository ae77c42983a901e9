import { describe, expect, it } from "vitest";
import * as emmaAjv from "../../generated/emma/ajv-validators.js";
import * as talkableAjv from "../../generated/talkable/ajv-validators.js";
import { emmaExampleRows, talkableExampleRows } from "../support/wire.js";

/**
 * The first-error validators are compiled from a rewritten copy of the schemas (exclusive
 * `oneOf`s as `anyOf` or `if` chains, open enums as their bare type) and with `$ref` calls that
 * pass no path (scripts/lib/first-error-schema.ts, path-free-calls.ts). They must accept exactly
 * what the reporting validators, compiled from the spec as written, accept, and point at a
 * problem those report too.
 */
type Ajv = (data: unknown) => boolean;
type AjvWithErrors = Ajv & { errors?: { instancePath: string }[] | null };

const replacements: readonly unknown[] = [null, 0, 1.5, -7, "", "x", "Event", true, {}, [], [{}]];

/** Every path to a value in `root`, the root's own (`[]`) first. */
function pathsOf(root: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    found.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(root, []);
  return found;
}

/** A copy of `root` with the value at `path` replaced (`undefined`: the member removed). */
function mutate(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: unknown = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return copy;
}

/** The first-error and the reporting validator of one target (`v_<webhook>_body`). */
function pair(
  module: { fast: Record<string, Ajv>; full: Record<string, Ajv> },
  id: string,
): [AjvWithErrors, AjvWithErrors] {
  const fast = module.fast[id];
  const full = module.full[id];
  if (!fast || !full) throw new Error(`no validator ${id}`);
  return [fast, full];
}

function expectAgreement(fast: AjvWithErrors, full: AjvWithErrors, root: unknown): number {
  let checked = 0;
  for (const path of pathsOf(root)) {
    for (const value of [...replacements, undefined]) {
      const candidate = mutate(root, path, value);
      const accepted = fast(candidate);
      expect(full(candidate), `${JSON.stringify(path)} = ${JSON.stringify(value)}`).toBe(accepted);
      if (!accepted) {
        const reported = new Set((full.errors ?? []).map((issue) => issue.instancePath));
        expect(reported).toContain(fast.errors?.[0]?.instancePath);
      }
      checked += 1;
    }
  }
  return checked;
}

describe("first-error validators against the reporting ones", () => {
  it.each(talkableExampleRows())("agree on every mutation of Talkable $type $name", (row) => {
    const [fast, full] = pair(talkableAjv, `v_${row.type}_body`);
    expect(fast(row.value)).toBe(true);
    expect(expectAgreement(fast, full, row.value)).toBeGreaterThan(10);
  });

  it.each(emmaExampleRows())("agree on every mutation of Emma $event $name", (row) => {
    const [fast, full] = pair(emmaAjv, `v_${row.event}_body`);
    expect(fast(row.value)).toBe(true);
    expect(expectAgreement(fast, full, row.value)).toBeGreaterThan(10);
  });
});
