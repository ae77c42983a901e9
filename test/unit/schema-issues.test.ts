import { describe, expect, it } from "vitest";
import type { CompiledValidator, ValidationIssue } from "../../src/core/compiled-validator.js";
import { WebhookError } from "../../src/core/errors.js";
import { assertValid } from "../../src/core/schema-issues.js";
import { talkablePayloadValidators } from "talkable-emma-webhooks/talkable";

/** A validator that always fails with `issues`, as the generated ones report them. */
function failingWith(issues: readonly ValidationIssue[] | null): CompiledValidator<never> {
  const validate: CompiledValidator<never> = (data: unknown): data is never => {
    void data;
    return false;
  };
  validate.errors = issues;
  return validate;
}

const passing: CompiledValidator<{ readonly ok: true }> = (data): data is { readonly ok: true } =>
  typeof data === "object" && data !== null && "ok" in data;

function refusal(validate: CompiledValidator<unknown>, prefix: string): WebhookError {
  try {
    assertValid(validate, {}, prefix, "the thing");
  } catch (error) {
    if (error instanceof WebhookError) return error;
    throw error;
  }
  throw new Error("the value was accepted");
}

const issue = (overrides: Partial<ValidationIssue>): ValidationIssue => ({
  instancePath: "",
  schemaPath: "#/type",
  keyword: "type",
  params: {},
  ...overrides,
});

describe("assertValid", () => {
  it("returns quietly when the value is valid", () => {
    expect(() => assertValid(passing, { ok: true }, "/payload", "the payload")).not.toThrow();
  });

  it("points at a missing member itself, escaping ~ and / in its name", () => {
    const error = refusal(
      failingWith([
        issue({
          instancePath: "/campaign",
          keyword: "required",
          params: { missingProperty: "a/b~c" },
        }),
      ]),
      "/payload",
    );
    expect(error.code).toBe("invalid_payload");
    expect(error.details).toEqual([
      { pointer: "/payload/campaign/a~1b~0c", message: "/payload/campaign/a~1b~0c is required" },
    ]);
    expect(error.message).toBe(
      "talkable-emma-webhooks: the thing contradicts the spec: /payload/campaign/a~1b~0c is required",
    );
  });

  it("points at the offending value with the validator's message", () => {
    const error = refusal(
      failingWith([
        issue({ instancePath: "/data/member_id", message: "must be integer" }),
        issue({ instancePath: "/data/x", keyword: "enum" }),
      ]),
      "",
    );
    expect(error.details).toEqual([
      { pointer: "/data/member_id", message: "/data/member_id must be integer" },
      { pointer: "/data/x", message: "/data/x fails enum" },
    ]);
  });

  it("names the root as / and falls back when a required issue names no member", () => {
    const error = refusal(
      failingWith([issue({ keyword: "required", message: "must have it" })]),
      "",
    );
    expect(error.details).toEqual([{ pointer: "", message: "/ must have it" }]);
  });

  it("still refuses when the validator reports no issue", () => {
    const error = refusal(failingWith(null), "/payload");
    expect(error.details).toEqual([]);
    expect(error.message).toBe(
      "talkable-emma-webhooks: the thing contradicts the spec: does not match the schema",
    );
  });

  it("turns a generated validator's issue into a pointer into the delivery", () => {
    const error = refusal(talkablePayloadValidators.referral_web_hook, "/payload");
    expect(error.details[0]?.pointer).toMatch(/^\/payload\/\w+$/);
    expect(error.details[0]?.message).toMatch(/is required$/);
  });
});
