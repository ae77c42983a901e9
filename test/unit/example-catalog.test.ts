import { describe, expect, it } from "vitest";
import { emmaApiValidators, emmaEventNames } from "talkable-emma-webhooks/emma";
import { talkableAnswerValidators, talkableWebhookTypes } from "talkable-emma-webhooks/talkable";
import { emmaApiExamples } from "../../generated/emma/api-examples.js";
import { emmaExampleNames, emmaExamples } from "../../generated/emma/examples.js";
import {
  talkableAnswerExamples,
  talkableExampleNames,
  talkableExamples,
} from "../../generated/talkable/examples.js";
import { emmaExamplesOf, talkableExamplesOf } from "../support/wire.js";

const keysOf = (value: object) => Object.keys(value);

describe("Talkable example catalog", () => {
  it("has every webhook type, in the spec's order", () => {
    expect(keysOf(talkableExamples)).toEqual([...talkableWebhookTypes]);
    expect(keysOf(talkableExampleNames)).toEqual([...talkableWebhookTypes]);
  });

  it.each(talkableWebhookTypes)("%s: names its examples, default first", (type) => {
    const names = keysOf(talkableExamples[type]);
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual([...talkableExampleNames[type]]);
    expect(names[0]).toBe(talkableExampleNames[type][0]);
  });

  const examples = talkableWebhookTypes.flatMap((type) =>
    talkableExamplesOf(type).map(([name, example]) => ({ type, name, example })),
  );
  it.each(examples)("$type/$name: body type is the webhook key", ({ type, example }) => {
    expect(example.value.type).toBe(type);
    expect(example.summary).not.toBe("");
  });

  it("has one reward example per documented reason, each carrying that reason", () => {
    const rewards = talkableExamples.reward_web_hook;
    expect(keysOf(rewards)).toEqual(["signup", "shared", "click", "referrer", "referred"]);
    for (const [name, { value }] of Object.entries(rewards)) {
      expect(value.payload.reward.reason).toBe(name);
    }
  });

  it("has answer examples for exactly the webhooks that expect an answer", () => {
    expect(keysOf(talkableAnswerExamples)).toEqual(keysOf(talkableAnswerValidators));
    expect(keysOf(talkableAnswerExamples.check_unsubscribe_web_hook).length).toBeGreaterThan(0);
  });
});

describe("Emma example catalog", () => {
  it("has every event, in the spec's order", () => {
    expect(keysOf(emmaExamples)).toEqual([...emmaEventNames]);
    expect(keysOf(emmaExampleNames)).toEqual([...emmaEventNames]);
  });

  it.each(emmaEventNames)("%s: names its examples, default first", (event) => {
    const names = keysOf(emmaExamples[event]);
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual([...emmaExampleNames[event]]);
    expect(names[0]).toBe(emmaExampleNames[event][0]);
  });

  const examples = emmaEventNames.flatMap((event) =>
    emmaExamplesOf(event).map(([name, example]) => ({ event, name, example })),
  );
  it.each(examples)("$event/$name: event_name is the event key", ({ event, example }) => {
    expect(example.value.event_name).toBe(event);
  });

  it("has management API examples for every operation and body a validator exists for", () => {
    expect(keysOf(emmaApiExamples)).toEqual(keysOf(emmaApiValidators));
    const bodies = (catalog: object) =>
      Object.entries(catalog).flatMap(([operation, kinds]: [string, object]) =>
        keysOf(kinds).map((kind) => `${operation} ${kind}`),
      );
    expect(bodies(emmaApiExamples)).toEqual(bodies(emmaApiValidators));
  });
});
