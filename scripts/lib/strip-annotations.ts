import type { OpenApiDocument } from "./spec-model.js";

/** Keywords that only explain: validators never read them, so compiled code need not carry them. */
const annotations = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "deprecated",
  "externalDocs",
  "discriminator",
]);

/** Keywords whose value maps names (which may be "description") to schemas. */
const schemaMaps = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "schemas",
  "dependentSchemas",
]);

function strip(value: unknown, underSchemaMap: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => strip(item, false));
  if (value === null || typeof value !== "object") return value;
  const kept: [string, unknown][] = [];
  for (const [key, item] of Object.entries(value)) {
    if (!underSchemaMap && (annotations.has(key) || key.startsWith("x-"))) continue;
    kept.push([key, strip(item, !underSchemaMap && schemaMaps.has(key))]);
  }
  return Object.fromEntries(kept);
}

/**
 * A copy of the document without annotations, for the validator compiler: ajv embeds the
 * schemas it compiles in its output, and descriptions would make up most of those bytes.
 */
export function stripAnnotations(doc: OpenApiDocument): OpenApiDocument {
  return strip(doc, false) as OpenApiDocument;
}
