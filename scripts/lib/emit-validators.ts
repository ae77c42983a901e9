import ajvDraft7 from "ajv/dist/ajv.js";
import ajvStandalone from "ajv/dist/standalone/index.js";
import type { OpenApiDocument } from "./spec-model.js";
import { firstErrorSchema } from "./first-error-schema.js";
import { withCountOnlyConditions } from "./count-only-conditions.js";
import { withoutPathContexts } from "./path-free-calls.js";
import { stripAnnotations } from "./strip-annotations.js";

const specId = "https://spec.invalid/doc";

/** One validator to compile: a local identifier and the JSON pointer of its schema. */
export interface ValidatorTarget {
  readonly identifier: string;
  readonly pointer: string;
}

/**
 * The specs are OpenAPI 3.1 (JSON Schema 2020-12), but the validators are compiled with ajv's
 * draft-07 engine: its code skips the per-call bookkeeping 2020-12's dynamic keywords need,
 * which is a third of the validation time. The two drafts agree on every keyword these specs
 * use once annotations are gone, except a `$ref` with sibling keywords (2020-12 applies both,
 * draft-07 only the `$ref`): that, and 2020-only keywords, fail the generation instead.
 */
function assertDraft7Compatible(node: unknown, path: string): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => assertDraft7Compatible(item, `${path}/${index}`));
    return;
  }
  if (node === null || typeof node !== "object") return;
  const keys = Object.keys(node);
  if (keys.includes("$ref") && keys.length > 1) {
    throw new Error(`${path}: $ref with sibling keywords; wrap them in allOf`);
  }
  const only2020 = keys.find((key) => draft2020Only.has(key));
  if (only2020) throw new Error(`${path}: ${only2020} needs a 2020-12 engine`);
  for (const [key, value] of Object.entries(node)) assertDraft7Compatible(value, `${path}/${key}`);
}
const draft2020Only = new Set([
  "prefixItems",
  "$dynamicRef",
  "$dynamicAnchor",
  "unevaluatedProperties",
  "unevaluatedItems",
  "dependentRequired",
  "dependentSchemas",
  "$anchor",
  "minContains",
  "maxContains",
]);

/** The ajv standalone module, its hand-written declarations, and the names it exports. */
export interface CompiledModule {
  /** `fast` (stops at the first error) and `full` (collects every error), one key per target. */
  readonly js: string;
  readonly dts: string;
}

function createAjv(allErrors: boolean) {
  return new ajvDraft7.default({
    strict: false,
    validateSchema: false,
    allErrors,
    logger: false,
    unicode: false,
    // One function per component, shared by every schema that uses it: inlining copies them.
    inlineRefs: false,
    code: { source: true, esm: true, lines: false, optimize: 1 },
  });
}

/**
 * One variant as an expression: ajv's code in its own scope (both variants name their functions
 * `validate1`, ...), returning `{ identifier: function }`. Two targets may resolve to one compiled
 * function (a component that is only a `$ref` to another); ajv's writer would then emit it once
 * per export name, so each function is exported once and the other names point at it.
 */
function compileVariant(
  schemaDoc: object,
  targets: readonly ValidatorTarget[],
  allErrors: boolean,
) {
  const ajv = createAjv(allErrors);
  ajv.addSchema(schemaDoc, specId);
  const firstByFunction = new Map<unknown, string>();
  const exports: Record<string, string> = {};
  const aliases: [string, string][] = [];
  for (const target of targets) {
    const compiled = ajv.getSchema(`${specId}${target.pointer}`);
    if (!compiled) throw new Error(`no schema at ${target.pointer}`);
    const first = firstByFunction.get(compiled);
    if (first) aliases.push([target.identifier, first]);
    else {
      firstByFunction.set(compiled, target.identifier);
      exports[target.identifier] = `${specId}${target.pointer}`;
    }
  }
  const code = ajvStandalone.default(ajv, exports);
  if (/\brequire\(/.test(code)) {
    throw new Error("compiled validators need an ajv runtime import; avoid that keyword");
  }
  const declared = [...code.matchAll(/function (validate\d+)\(/g)].map((match) => match[1]);
  if (new Set(declared).size !== declared.length) {
    throw new Error("ajv emitted a validator function twice; the module would not load");
  }
  const functionOf = new Map<string, string>();
  const strict = code.replace(/^"use strict";/, "");
  // Only the first-error variant runs on valid deliveries; the other keeps ajv's code as it is.
  const body = (
    allErrors ? strict : withCountOnlyConditions(withoutPathContexts(strict))
  ).replaceAll(/export const (\w+) = (\w+);/g, (_, name: string, fn: string) => {
    functionOf.set(name, fn);
    return "";
  });
  for (const [name, first] of aliases) functionOf.set(name, functionOf.get(first) ?? first);
  const entries = targets.map(
    (target) => `${target.identifier}: ${functionOf.get(target.identifier)}`,
  );
  return `(() => {\n${body}\nreturn { ${entries.join(", ")} };\n})()`;
}

/**
 * Compiles every target ahead of time into one self-contained ESM module with two variants:
 *
 * - `fast` stops at the first error (\`allErrors: false\`): every valid delivery takes it;
 * - `full` collects every error, and runs only after \`fast\` failed, to report them all.
 *
 * `unicode: false` measures strings with `.length`, so the code needs no ajv runtime import;
 * OpenAPI keywords (`example`, `x-*`) are ignored (`strict: false`), and `discriminator` is
 * stripped with the other annotations: ajv's version refuses `mapping`, and `oneOf` over
 * `const` tags decides alone.
 */
export function compileValidators(
  doc: OpenApiDocument,
  targets: readonly ValidatorTarget[],
): CompiledModule {
  const schemaDoc = stripAnnotations(doc);
  assertDraft7Compatible(schemaDoc, "#");
  const js = [
    `export const fast = ${compileVariant(firstErrorSchema(schemaDoc), targets, false)};`,
    `export const full = ${compileVariant(schemaDoc, targets, true)};`,
  ].join("\n");
  const keys = targets.map((target) => `  readonly ${target.identifier}: AjvValidator;`);
  const dts = `import type { AjvValidator } from "../validator.js";

/** ajv's validators, stopping at the first error; one per schema the typed maps export. */
export declare const fast: {
${keys.join("\n")}
};

/** The same validators collecting every error (\`allErrors\`), run only after a failure. */
export declare const full: typeof fast;
`;
  return { js, dts };
}
