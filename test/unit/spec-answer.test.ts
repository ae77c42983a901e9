import { describe, expect, it } from "vitest";
import type { CompiledValidator } from "../../src/core/compiled-validator.js";
import { buildSpecAnswer } from "../../src/core/spec-answer.js";

/** A validator for `{ accepted: boolean, note?: string }`, as one a spec could declare. */
function isAccepted(value: unknown): value is { accepted: boolean } {
  const ok =
    typeof value === "object" &&
    value !== null &&
    typeof (value as { accepted?: unknown }).accepted === "boolean";
  acceptAnswer.errors = ok
    ? null
    : [
        {
          instancePath: "/accepted",
          schemaPath: "#/properties/accepted/type",
          keyword: "type",
          params: {},
          message: "must be boolean",
        },
      ];
  return ok;
}
const acceptAnswer: CompiledValidator<{ accepted: boolean }> = isAccepted;
const validators = { invite_web_hook: acceptAnswer };
const asIs = (result: unknown) => result;

describe("buildSpecAnswer", () => {
  it("answers any webhook whose spec declares an answer with JSON built from its handlers", () => {
    const answer = buildSpecAnswer(
      validators,
      "invite_web_hook",
      [{ accepted: true, note: "a" }],
      asIs,
    );
    expect(answer).toEqual({
      status: 200,
      headers: { "content-type": "application/json" },
      body: '{"accepted":true,"note":"a"}',
    });
  });

  it("merges several answers: any true wins, other members come from the last", () => {
    const results = [
      { accepted: true, note: "a" },
      { accepted: false, note: "b" },
    ];
    const answer = buildSpecAnswer(validators, "invite_web_hook", results, asIs);
    expect(JSON.parse(answer.body)).toEqual({ accepted: true, note: "b" });
  });

  it("fails (500) when no handler answered, or one answered what the spec does not allow", () => {
    expect(() => buildSpecAnswer(validators, "invite_web_hook", [], asIs)).toThrow(
      expect.objectContaining({
        code: "handler_failed",
        message: expect.stringContaining("no handler answered"),
      }),
    );
    expect(() =>
      buildSpecAnswer(validators, "invite_web_hook", [{ accepted: "yes" }], asIs),
    ).toThrow(
      expect.objectContaining({ message: expect.stringContaining("/accepted must be boolean") }),
    );
  });

  it("answers an empty 200 to a webhook whose spec declares no answer, whatever handlers returned", () => {
    expect(buildSpecAnswer(validators, "other_web_hook", [{ accepted: "x" }], asIs)).toEqual({
      status: 200,
      headers: {},
      body: "",
    });
  });

  it("puts a handler's result where the vendor's answer holds it", () => {
    const wrapped = {
      invite_web_hook: Object.assign(
        (value: unknown): value is unknown => acceptAnswer((value as { result: unknown }).result),
        { errors: null },
      ),
    };
    const answer = buildSpecAnswer(wrapped, "invite_web_hook", [{ accepted: false }], (result) => ({
      result,
    }));
    expect(JSON.parse(answer.body)).toEqual({ result: { accepted: false } });
  });
});
