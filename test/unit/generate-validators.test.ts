import { describe, expect, it } from "vitest";
import { emmaBodyValidators } from "talkable-emma-webhooks/emma";
import { talkableBodyValidators, talkablePayloadValidators } from "talkable-emma-webhooks/talkable";
import { WebhookError } from "../../src/core/errors.js";
import { assertValid } from "../../src/core/schema-issues.js";
import { talkableExamples } from "../../generated/talkable/examples.js";
import { emmaExampleRows, talkableExampleRows } from "../support/wire.js";

const talkableCases = talkableExampleRows();
const emmaCases = emmaExampleRows();

/** A referral payload with three unrelated problems: a wrong type, a missing field, a bad item. */
function brokenReferral(): Record<string, unknown> {
  const valid = structuredClone(talkableExamples.referral_web_hook.default.value.payload);
  const broken: Record<string, unknown> = {
    ...valid,
    campaign: { ...valid.campaign, id: true },
  };
  delete broken["offer"];
  broken["advocate_rewards"] = [42];
  return broken;
}

describe("generated validators after a failure", () => {
  const validate = talkablePayloadValidators.referral_web_hook;

  it("list every problem in errors, not only the first", () => {
    expect(validate(brokenReferral())).toBe(false);
    const found = (validate.errors ?? []).map((issue) => `${issue.keyword} ${issue.instancePath}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "type /campaign/id",
        "required ",
        expect.stringMatching(/^type \/advocate_rewards\/\d+$/),
      ]),
    );
  });

  it("give every problem to consumers of errors (assertValid's details)", () => {
    let refusal: unknown;
    try {
      assertValid(validate, brokenReferral(), "/payload", "the payload");
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(WebhookError);
    const pointers = (refusal as WebhookError).details.map((detail) => detail.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/payload/campaign/id", "/payload/offer"]));
    expect(pointers.length).toBeGreaterThanOrEqual(3);
  });

  it("report only the first problem of a huge value, in linear time", () => {
    // Collecting every problem is quadratic in their number; a megabyte of bad items must not
    // stall the process, so past a size the first problem is all a failed call reports.
    const huge = { ...brokenReferral(), advocate_rewards: new Array(500_000).fill(1) };
    expect(validate(huge)).toBe(false);
    expect(validate.errors).toHaveLength(1);
  });

  it("clear errors on the next valid call", () => {
    validate(brokenReferral());
    expect(validate(talkableExamples.referral_web_hook.default.value.payload)).toBe(true);
    expect(validate.errors).toBeNull();
  });
});

describe("generated validators as Standard Schemas (~standard)", () => {
  it.each(talkableCases)("Talkable $type example $name validates to itself", ({ type, value }) => {
    const standard = talkableBodyValidators[type]["~standard"];
    expect(standard).toMatchObject({ version: 1, vendor: "talkable-emma-webhooks" });
    expect(standard.validate(value)).toEqual({ value });
  });

  it.each(emmaCases)("Emma $event example $name validates to itself", ({ event, value }) => {
    expect(emmaBodyValidators[event]["~standard"].validate(value)).toEqual({ value });
  });

  it("reports every problem with a message and a path of keys and array indexes", () => {
    const result =
      talkablePayloadValidators.referral_web_hook["~standard"].validate(brokenReferral());
    expect(result.issues).toBeDefined();
    const paths = (result.issues ?? []).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining([["campaign", "id"], ["offer"]]));
    expect(paths).toContainEqual(["advocate_rewards", 0]);
    for (const issue of result.issues ?? []) expect(issue.message).toMatch(/\w/);
  });

  it("reports a value that is not an object at the root path", () => {
    const result = emmaBodyValidators.member_signup["~standard"].validate("not a body");
    expect(result.issues?.[0]).toEqual({ message: "must be object", path: [] });
  });
});
