import {
  bundle,
  getLineColLocation,
  loadConfig,
  type NormalizedProblem,
  YamlParseError,
} from "@redocly/openapi-core";
import { SpecError, SpecErrors } from "./spec-error.js";
import type { OpenApiDocument } from "./spec-model.js";

const parsePrefix = "Failed to parse: ";
const refPrefix = "Can't resolve $ref: ";

/** Redocly repeats the file and position in YAML messages; the one-line format already has them. */
const tidy = (message: string) => message.replace(/ in "[^"]*" \(\d+:\d+\)/, "");

/** One `SpecError` per problem, dropping the `$ref` failures a YAML error in its target causes. */
function toSpecErrors(problems: readonly NormalizedProblem[]): SpecError[] {
  const parseFailures = new Set(
    problems
      .filter((problem) => problem.message.startsWith(parsePrefix))
      .map((problem) => problem.message.slice(parsePrefix.length)),
  );
  return problems
    .filter((problem) => !parseFailures.has(problem.message.slice(refPrefix.length)))
    .map((problem) => {
      const at = problem.location[0];
      if (!at) return new SpecError(undefined, tidy(problem.message));
      const { start } = getLineColLocation(at);
      return new SpecError(
        {
          file: at.source.absoluteRef,
          line: start.line,
          col: start.col,
          pointer: at.pointer ?? "#",
        },
        tidy(problem.message),
      );
    });
}

/**
 * Resolves every external `$ref` of a root document into one self-contained document whose
 * references all point at `#/components/...`. Unresolvable references and YAML errors (such as a
 * duplicated key) fail with their file, line and column. The lint config is not loaded here on
 * purpose: bundling must not depend on lint rules, and `redocly lint` runs separately.
 */
export async function bundleSpec(root: string): Promise<OpenApiDocument> {
  const config = await loadConfig();
  const result = await bundle({ ref: root, config, dereference: false }).catch((error: unknown) => {
    // The root document's own YAML errors are thrown rather than reported as problems.
    if (!(error instanceof YamlParseError)) throw error;
    const reason = (error.originalError as { reason?: string }).reason ?? error.message;
    const at = { file: error.source.absoluteRef, line: error.line, col: error.col, pointer: "#" };
    throw new SpecError(at, `${parsePrefix}${tidy(reason)}`);
  });
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) throw new SpecErrors(toSpecErrors(errors));
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
