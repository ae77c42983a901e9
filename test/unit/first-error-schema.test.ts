import ajvDraft7 from "ajv/dist/ajv.js";
import ajvStandalone from "ajv/dist/standalone/index.js";
import { describe, expect, it } from "vitest";
import { withCountOnlyConditions } from "../../scripts/lib/count-only-conditions.js";
import { firstErrorSchema } from "../../scripts/lib/first-error-schema.js";
import { withoutPathContexts } from "../../scripts/lib/path-free-calls.js";

const tagged = (kind: string, objectOnly: boolean) => ({
  ...(objectOnly ? { type: "object" } : {}),
  required: ["kind"],
  properties: { kind: { const: kind } },
});

describe("firstErrorSchema", () => {
  it("turns a nullable reference into an if on null", () => {
    const doc = {
      components: { schemas: { Id: { type: ["integer", "string"] } } },
      value: { oneOf: [{ $ref: "#/components/schemas/Id" }, { type: "null" }] },
    };
    expect(firstErrorSchema(doc).value).toEqual({
      allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Id" } }],
    });
  });

  it("dispatches branches tagged by one member on that member", () => {
    const doc = { value: { oneOf: [tagged("a", true), tagged("b", true)] } };
    expect(firstErrorSchema(doc).value).toEqual({
      allOf: [
        {
          if: { required: ["kind"], properties: { kind: { const: "a" } } },
          then: tagged("a", true),
          else: tagged("b", true),
        },
      ],
    });
  });

  it("keeps a oneOf whose tags do not exclude values that are not objects", () => {
    // Both branches accept the string "x": `required` and `properties` check objects only.
    const value = { oneOf: [tagged("a", false), tagged("b", false)] };
    expect(firstErrorSchema({ value }).value).toEqual(value);
  });

  it("keeps a oneOf whose branches may overlap", () => {
    const value = { oneOf: [{ type: "string" }, { type: "string", minLength: 3 }] };
    expect(firstErrorSchema({ value }).value).toEqual(value);
  });

  it("makes an open enum its bare type, but not a bare integer over numbers", () => {
    const open = { anyOf: [{ type: "string", enum: ["a"] }, { type: "string" }] };
    expect(firstErrorSchema({ open }).open).toEqual({ allOf: [{ type: "string" }] });
    const numbers = { anyOf: [{ type: "number", maximum: 2 }, { type: "integer" }] };
    expect(firstErrorSchema({ numbers }).numbers).toEqual(numbers);
  });
});

describe("withoutPathContexts", () => {
  it("fails on ajv code that reads a context member it drops", () => {
    const code =
      'function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){' +
      "return rootData === data;}";
    expect(() => withoutPathContexts(code)).toThrow(/rootData/);
  });
});

type Check = ((value: unknown) => boolean) & { errors?: unknown };

/** ajv's first-error code for `schema`, as written or through `rewrite`, as a function. */
function compiled(schema: object, rewrite: (code: string) => string = (code) => code): Check {
  const ajv = new ajvDraft7.default({
    strict: false,
    allErrors: false,
    logger: false,
    unicode: false,
    inlineRefs: false,
    code: { source: true, esm: true, lines: false, optimize: 1 },
  });
  ajv.addSchema(schema, "t");
  const code = ajvStandalone.default(ajv, { check: "t" }).replace(/^"use strict";/, "");
  const name = /export const check = (validate\d+);/.exec(code)?.[1] ?? "";
  const body = rewrite(code.replace(/export const check = validate\d+;/, ""));
  const load = new Function(`${body}\nreturn ${name};`) as () => Check; // eslint-disable-line @typescript-eslint/no-implied-eval -- the code under test is ajv's own output, built from the schema above
  return load();
}

describe("withCountOnlyConditions", () => {
  // Conditions and `not`s whose checks fail before and after a failing `$ref`, nested in
  // `anyOf`s that reset the count: the shapes where counting without storing could go wrong.
  const short = { type: "string", maxLength: 2 };
  const failThenRef = { anyOf: [{ type: "boolean" }, { $ref: "#/$defs/short" }] };
  const twiceThenRef = {
    anyOf: [{ type: "boolean" }, { type: "null" }, { $ref: "#/$defs/short" }],
  };
  const schema = {
    $defs: { short },
    type: "object",
    properties: {
      a: { if: failThenRef, then: { maxLength: 1 }, else: { type: ["number", "string"] } },
      b: {
        if: { anyOf: [{ type: "integer" }, twiceThenRef, { allOf: [{ not: failThenRef }] }] },
        then: { not: { allOf: [{ $ref: "#/$defs/short" }, { type: "boolean" }] } },
        else: { type: "string", minLength: 3 },
      },
      c: {
        allOf: [{ not: { $ref: "#/$defs/short" } }, { if: { type: "null" }, else: failThenRef }],
      },
    },
  };
  const samples = [null, true, 0, 1.5, "", "x", "xy", "xyz", "wxyz", [], {}];
  const values = samples.flatMap((a) => samples.flatMap((b) => samples.map((c) => ({ a, b, c }))));

  it("accepts and refuses what ajv's code does, with the same first error", () => {
    const original = compiled(schema);
    const rewritten = compiled(schema, (code) =>
      withCountOnlyConditions(withoutPathContexts(code)),
    );
    let refused = 0;
    for (const value of values) {
      const valid = original(value);
      expect(rewritten(value), JSON.stringify(value)).toBe(valid);
      if (!valid) {
        refused += 1;
        expect(rewritten.errors, JSON.stringify(value)).toEqual(original.errors);
      }
    }
    // Both outcomes occur often enough for the comparison to mean something.
    expect(refused).toBeGreaterThan(values.length / 10);
    expect(refused).toBeLessThan(values.length - values.length / 10);
  });

  it("leaves no empty error objects in the code", () => {
    const code: string[] = [];
    compiled(schema, (given) => {
      const rewritten = withCountOnlyConditions(withoutPathContexts(given));
      code.push(given, rewritten);
      return rewritten;
    });
    expect(code[0]).toMatch(/const err\d+ = \{\};/);
    expect(code[1]).not.toMatch(/const err\d+ = \{\};/);
  });

  it("fails on code that reads the count back from the errors", () => {
    expect(() => withCountOnlyConditions("errors = vErrors.length;")).toThrow(/count/);
  });
});
