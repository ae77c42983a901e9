import { readFileSync } from "node:fs";
import ajv2020 from "ajv/dist/2020.js";
import { parse } from "yaml";

/**
 * The usual alternative to ahead-of-time validators: ajv compiling the spec's schema when the
 * process starts. Returns the validator and how long compiling took.
 */
export function compileAtRunTime(vendor: "talkable" | "emma", pointer: string) {
  const start = performance.now();
  const doc: unknown = parse(readFileSync(`generated/${vendor}/openapi.yaml`, "utf8"));
  const ajv = new ajv2020.default({ strict: false, validateSchema: false, allErrors: false });
  ajv.addSchema(doc as object, "spec");
  const validate = ajv.compile({ $ref: `spec${pointer}` });
  return { validate, compileMillis: performance.now() - start };
}
