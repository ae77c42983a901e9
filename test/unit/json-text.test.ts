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

  it("keeps __proto__ as a plain own member, changing no prototype", () => {
    const value = parseJsonObject('{"__proto__":{"polluted":true},"a":1}', "/payload");
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["__proto__", "a"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
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
