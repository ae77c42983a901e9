import { describe, expect, it } from "vitest";
import { emmaEventNames, emmaPayloadValidators } from "talkable-emma-webhooks/emma";
import { talkablePayloadValidators, talkableWebhookTypes } from "talkable-emma-webhooks/talkable";
import { emmaFixture, talkableFixture } from "talkable-emma-webhooks/testing";
import { emmaExampleNames, emmaExamples } from "../../generated/emma/examples.js";
import { talkableExampleNames, talkableExamples } from "../../generated/talkable/examples.js";
import { emmaExampleNamed, talkableExampleNamed } from "../support/wire.js";

const talkableCases = talkableWebhookTypes.flatMap((type) =>
  talkableExampleNames[type].map((example) => ({ type, example })),
);
const emmaCases = emmaEventNames.flatMap((event) =>
  emmaExampleNames[event].map((example) => ({ event, example })),
);

describe("talkableFixture", () => {
  it.each(talkableWebhookTypes)("%s: is the spec's first example's payload, valid", (type) => {
    const first = talkableExampleNames[type][0];
    const payload = talkableFixture(type);
    expect(payload).toEqual(talkableExampleNamed(type, first).value.payload);
    expect(talkablePayloadValidators[type](payload)).toBe(true);
  });

  it.each(talkableCases)("$type/$example: picks a named example", ({ type, example }) => {
    const expected = talkableExampleNamed(type, example).value.payload;
    expect(talkableFixture(type, undefined, { example })).toEqual(expected);
  });

  it("returns a fresh deep copy each call", () => {
    const first = talkableFixture("referral_web_hook");
    first.campaign.tag_names?.push("mutated");
    first.campaign.id = -1;
    expect(first.campaign.tag_names).toEqual(["default", "mutated"]);
    const second = talkableFixture("referral_web_hook");
    expect(second.campaign.tag_names).toEqual(["default"]);
    expect(second.campaign.id).toBe(
      talkableExamples.referral_web_hook.default.value.payload.campaign.id,
    );
    expect(second).not.toBe(first);
  });

  it("merges deep partial overrides, replacing arrays", () => {
    const payload = talkableFixture("referral_web_hook", {
      referrer: { amount: "25.00", person: { first_name: "Eve" } },
      campaign: { tag_names: ["vip"] },
    });
    const example = talkableExamples.referral_web_hook.default.value.payload;
    expect(payload.referrer?.amount).toBe("25.00");
    expect(payload.referrer?.person?.first_name).toBe("Eve");
    expect(payload.referrer?.person?.last_name).toBe(example.referrer?.person?.last_name);
    expect(payload.referrer?.email).toBe(example.referrer?.email);
    expect(payload.campaign.tag_names).toEqual(["vip"]);
    expect(payload.campaign.id).toBe(example.campaign.id);
    expect(talkablePayloadValidators.referral_web_hook(payload)).toBe(true);
  });

  it("names the missing example and the unknown type", () => {
    // Plain JavaScript callers are not stopped by the types.
    const unknownExample = JSON.parse('"nope"') as "default";
    expect(() =>
      talkableFixture("referral_web_hook", undefined, { example: unknownExample }),
    ).toThrow(/no example nope of referral_web_hook/);
    const unknownType = JSON.parse('"nope_web_hook"') as "referral_web_hook";
    expect(() => talkableFixture(unknownType)).toThrow(TypeError);
  });
});

describe("emmaFixture", () => {
  it.each(emmaEventNames)("%s: is the spec's first example's data, valid", (event) => {
    const first = emmaExampleNames[event][0];
    const data = emmaFixture(event);
    expect(data).toEqual(emmaExampleNamed(event, first).value.data);
    expect(emmaPayloadValidators[event](data)).toBe(true);
  });

  it.each(emmaCases)("$event/$example: picks a named example", ({ event, example }) => {
    const expected = emmaExampleNamed(event, example).value.data;
    expect(emmaFixture(event, undefined, { example })).toEqual(expected);
  });

  it("returns a fresh deep copy and merges overrides", () => {
    const first = emmaFixture("message_click", { member_id: 42 });
    expect(first.member_id).toBe(42);
    expect(first.link_id).toBe(emmaExamples.message_click.default.value.data.link_id);
    first.link_id = -5;
    expect(emmaFixture("message_click").link_id).toBe(
      emmaExamples.message_click.default.value.data.link_id,
    );
  });

  it("replaces arrays whole", () => {
    const data = emmaFixture("member_add_to_group", { member_ids: [1, 2, 3] });
    expect(data.member_ids).toEqual([1, 2, 3]);
  });
});
