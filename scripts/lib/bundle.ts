import { bundle, loadConfig } from "@redocly/openapi-core";
import type { OpenApiDocument } from "./spec-model.js";

/**
 * Resolves every external `$ref` of a root document into one self-contained document whose
 * references all point at `#/components/...`. The lint config is not loaded here on purpose:
 * bundling must not depend on lint rules, and `redocly lint` runs separately.
 */
export async function bundleSpec(root: string): Promise<OpenApiDocument> {
  const config = await loadConfig();
  const result = await bundle({ ref: root, config, dereference: false });
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    const lines = errors.map((problem) => `${problem.ruleId}: ${problem.message}`);
    throw new Error(`Bundling ${root} failed:\n${lines.join("\n")}`);
  }
  return sortKeysDeep(result.bundle.parsed) as OpenApiDocument;
}

/** Stable key order for component maps so that two runs write identical bytes. */
function sortKeysDeep(value: unknown, path: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => sortKeysDeep(item, path));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  // Only the component maps are sorted: property order inside schemas and examples is meaningful
  // to readers of the docs, and redocly already emits it in source order.
  const sortHere = path.length === 2 && path[0] === "components";
  if (sortHere) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    entries.map(([key, item]) => [key, sortKeysDeep(item, [...path, key])]),
  );
}
