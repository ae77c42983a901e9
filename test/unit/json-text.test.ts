import { describe, expect, it } from "vitest";
import { WebhookError } from "../../src/core/errors.js";
import { parseJsonObject } from "../../src/core/json-text.js";

function refusal(text: string, pointer: string): WebhookError {
  try {
    parseJsonObject(text, pointer);
  } catch (error) {
    if (error instanceof WebhookError) return error;
    throw error;
  }
  throw new Error(`${text} was accepted`);
}

describe("parseJsonObject", () => {
  it("parses a JSON object", () => {
    expect(parseJsonObject('{"a":[1,{"b":null}],"c":"d"}', "/payload")).toEqual({
      a: [1, { b: null }],
      c: "d",
    });
  });

  it.each([
    ["a top-level __proto__", '{"__proto__":{"polluted":true},"a":1}', "/payload/__proto__"],
    ["a nested __proto__", '{"a":[{"b":{"__proto__":{}}}]}', "/payload/a/0/b/__proto__"],
    ["a \\u-escaped __proto__", '{"a":{"\\u005f_proto__":1}}', "/payload/a/__proto__"],
    [
      "constructor.prototype",
      '{"constructor":{"prototype":{"x":1}}}',
      "/payload/constructor/prototype",
    ],
  ])("refuses %s with 400, pointing at the key", (_name, text, pointer) => {
    const error = refusal(text, "/payload");
    expect(error.code).toBe("invalid_payload");
    expect(error.status).toBe(400);
    expect(error.details[0]?.pointer).toBe(pointer);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it.each([
    ["a constructor that is text", '{"constructor":"Acme","prototype":"v2"}'],
    ["\\u escapes of other keys", '{"\\u0061":"\\u003c"}'],
  ])("accepts %s", (_name, text) => {
    expect(Object.getPrototypeOf(parseJsonObject(text, ""))).toBe(Object.prototype);
  });

  it("refuses text that is not JSON, pointing at the field", () => {
    const error = refusal("{not json", "/payload");
    expect(error.code).toBe("malformed_body");
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(error.details).toEqual([{ pointer: "/payload", message: "/payload is not valid JSON" }]);
  });

  it("names the body when the pointer is the root", () => {
    expect(refusal("", "").details).toEqual([
      { pointer: "", message: "the body is not valid JSON" },
    ]);
    expect(refusal("[]", "").message).toBe(
      "talkable-emma-webhooks: the body must be a JSON object",
    );
  });

  it.each(["null", "[]", "[{}]", "1", '"text"', "true"])(
    "refuses %s, which is not an object",
    (text) => {
      const error = refusal(text, "/extras");
      expect(error.code).toBe("malformed_body");
      expect(error.details).toEqual([
        { pointer: "/extras", message: "/extras must be a JSON object" },
      ]);
    },
  );
});
