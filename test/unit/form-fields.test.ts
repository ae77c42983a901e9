import { describe, expect, it } from "vitest";
import { WebhookError } from "../../src/core/errors.js";
import { parseFormFields } from "../../src/core/form-fields.js";

const unique = new Set(["key", "type", "payload"]);

function fields(body: string): Record<string, string> {
  return Object.fromEntries(parseFormFields(body, { unique }));
}

describe("parseFormFields", () => {
  it.each([
    ["an empty body", "", {}],
    [
      "encoded fields",
      "key=k&type=t&payload=%7B%22a%22%3A%221%2B1%22%7D",
      { key: "k", type: "t", payload: '{"a":"1+1"}' },
    ],
    ["a field without =", "flag&key=k", { flag: "", key: "k" }],
    ["a field without = at the end", "key=k&flag", { key: "k", flag: "" }],
    ["empty segments and names", "&&=ignored&key=k&", { key: "k" }],
    ["an = inside a value", "extras=a=b", { extras: "a=b" }],
    ["encoded names", "pay%6Coad=%7B%7D", { payload: "{}" }],
    ["plus signs in names and values", "a+b=c+d", { "a b": "c d" }],
    [
      "a raw JSON value with & inside a string",
      'payload={"url":"https://x.test/?a=1&b=2"}&key=k',
      { payload: '{"url":"https://x.test/?a=1&b=2"}', key: "k" },
    ],
    [
      "a raw JSON value with an escaped quote before &",
      'payload={"q":"say \\"hi\\" & go"}&key=k',
      { payload: '{"q":"say \\"hi\\" & go"}', key: "k" },
    ],
    [
      "a raw JSON array with & inside",
      'payload=["a&b",{"c":"d&e"}]&key=k',
      { payload: '["a&b",{"c":"d&e"}]', key: "k" },
    ],
    [
      "raw JSON followed by text before &",
      'payload={"a":1}tail&key=k',
      { payload: '{"a":1}tail', key: "k" },
    ],
    [
      "a raw JSON value whose brackets never balance",
      'payload={"a":"x&key=k',
      { payload: '{"a":"x', key: "k" },
    ],
    [
      "a raw JSON value with a stray %",
      'payload={"d":"10% off & more"}&key=k',
      { payload: '{"d":"10% off & more"}', key: "k" },
    ],
    [
      "__proto__ and constructor as names",
      "__proto__=x&constructor=y",
      { ["__proto__"]: "x", constructor: "y" },
    ],
  ])("reads %s", (_name, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });

  it("keeps the first of a repeated field that may repeat", () => {
    expect(fields("note=first&note=second&key=k")).toEqual({ note: "first", key: "k" });
  });

  it.each(["key", "type", "payload"])("refuses a repeated %s field, pointing at it", (name) => {
    let caught: unknown;
    try {
      parseFormFields(`${name}=a&other=b&${name}=c`, { unique });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WebhookError);
    const message = `the form field ${name} appears more than once`;
    expect(caught).toMatchObject({
      code: "malformed_body",
      details: [{ pointer: `/${name}`, message }],
    });
  });

  it("sees a repeated field even when one copy is encoded differently", () => {
    expect(() => parseFormFields("key=a&%6Bey=b", { unique })).toThrow(WebhookError);
  });

  it("does not let a key inside raw JSON count as a field", () => {
    expect(fields('payload={"x":"&key=forged"}&key=real')).toEqual({
      payload: '{"x":"&key=forged"}',
      key: "real",
    });
  });

  it("with wanted fields, decodes and returns only those", () => {
    const parsed = parseFormFields("key=k&note=%ZZ%&pay%6Coad=%7B%7D&x=1", {
      unique,
      wanted: new Set(["key", "payload"]),
    });
    expect(Object.fromEntries(parsed)).toEqual({ key: "k", payload: "{}" });
  });

  it.each([
    ["key=k&payload=%7B%7D", 0],
    ["key=k&note=hi&payload=%7B%7D", 1],
    ["key=k&&&payload=%7B%7D&", 0],
    ["key=k&note&x=1&=y&payload=%7B%7D", 3],
    [`key=k&${"%E2".repeat(40)}=v`, 1],
  ])("counts the fields it skips in %j as unwanted (%i)", (body, unwanted) => {
    const parsed = parseFormFields(body, { unique, wanted: new Set(["key", "payload"]) });
    expect(parsed.unwanted).toBe(unwanted);
  });

  it("counts nothing as unwanted when every field is wanted", () => {
    expect(parseFormFields("a=1&b=2&c", { unique }).unwanted).toBe(0);
  });

  it("never decodes a name too long to be a wanted one, nor its value", () => {
    const long = "%E2".repeat(40);
    const parsed = parseFormFields(`${long}=%E2&key=k`, { unique, wanted: unique });
    expect(Object.fromEntries(parsed)).toEqual({ key: "k" });
  });

  it("still refuses a repeated unique field among wanted ones", () => {
    expect(() => parseFormFields("key=a&%6Bey=b", { unique, wanted: unique })).toThrow(
      WebhookError,
    );
  });

  it("refuses more than 1000 fields", () => {
    expect(() => parseFormFields("a&".repeat(1001), { unique })).toThrow(
      expect.objectContaining({
        code: "malformed_body",
        message: expect.stringContaining("1000") as string,
      }),
    );
    expect(parseFormFields("a&".repeat(999), { unique }).size).toBe(1);
  });
});

describe("parseFormFields: what the drift flow counts", () => {
  const unique: ReadonlySet<string> = new Set(["key"]);
  const wanted: ReadonlySet<string> = new Set(["key", "test"]);

  it.each([
    ["key=k&test=true", 0],
    ["key=k&test=true&sent_by=x", 1],
    ["a=1&key=k&b=2&c", 3],
    [`key=k&${"x".repeat(50)}=1`, 1],
  ])("counts the fields %j skips as not wanted: %i", (body, count) => {
    const fields = parseFormFields(body, { unique, wanted });
    expect(fields.unwanted).toBe(count);
    expect([...fields.keys()].every((name) => wanted.has(name))).toBe(true);
  });
});
