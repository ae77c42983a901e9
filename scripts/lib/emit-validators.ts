import ajv2020 from "ajv/dist/2020.js";
import ajvStandalone from "ajv/dist/standalone/index.js";
import type { OpenApiDocument } from "./spec-model.js";

/** One validator to compile: a local identifier and the JSON pointer of its schema. */
export interface ValidatorTarget {
  readonly identifier: string;
  readonly pointer: string;
}

/**
 * Compiles every target ahead of time into one self-contained ESM module body.
 *
 * - `unicode: false` measures strings with `.length`, so the code needs no ajv runtime import;
 * - OpenAPI keywords (`discriminator`, `example`, `x-*`) are annotations, ignored here
 *   (`strict: false`);
 * - the first error stops validation (`allErrors: false`): deliveries are either fine or
 *   refused, and the first JSON pointer is what a sender needs to fix.
 */
export function compileValidators(doc: OpenApiDocument, targets: readonly ValidatorTarget[]) {
  const ajv = new ajv2020.default({
    strict: false,
    validateSchema: false,
    allErrors: false,
    // ajv's discriminator keyword refuses `mapping`; `oneOf` over `const` tags decides alone.
    logger: false,
    unicode: false,
    // One function per component, shared by every schema that uses it: inlining copies them.
    inlineRefs: false,
    code: { source: true, esm: true, lines: false, optimize: 1 },
  });
  ajv.addSchema(doc as object, "spec");
  const exports = Object.fromEntries(
    targets.map((target) => [target.identifier, `spec${target.pointer}`]),
  );
  const code = ajvStandalone.default(ajv, exports);
  if (/\brequire\(/.test(code)) {
    throw new Error("compiled validators need an ajv runtime import; avoid that keyword");
  }
  // Only the typed maps written by the caller are exported; the raw functions stay private.
  return code
    .replace(/^"use strict";/, "")
    .replaceAll(/export const (\w+) = /g, "const $1 = ")
    .replaceAll(/;(?=const |function )/g, ";\n");
}
