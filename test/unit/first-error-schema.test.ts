import { describe, expect, it } from "vitest";
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
