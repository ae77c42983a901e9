import { describe, expect, it } from "vitest";
import {
  emmaApiValidators,
  emmaBodyValidators,
  emmaEventNames,
  emmaPayloadValidators,
  type CompiledValidator,
  type ValidationIssue,
} from "talkable-emma-webhooks/emma";
import {
  talkableAnswerValidators,
  talkableBodyValidators,
  talkablePayloadValidators,
  talkableWebhookTypes,
  type TalkableAnswers,
  type TalkableWebhookType,
} from "talkable-emma-webhooks/talkable";
import { emmaApiExamples } from "../../generated/emma/api-examples.js";
import { emmaExamples } from "../../generated/emma/examples.js";
import { talkableAnswerExamples, talkableExamples } from "../../generated/talkable/examples.js";
import { readReferenceJson, readSeedCurl } from "../support/reference-samples.js";
import { emmaExamplesOf, talkableExamplesOf } from "../support/wire.js";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** The validator's verdict and issues, compared as one value so failures show the issues. */
function verdict(validate: CompiledValidator<unknown>, value: unknown) {
  const ok = validate(value);
  return { ok, errors: ok ? [] : (validate.errors ?? []) };
}
const passes = { ok: true, errors: [] };

/** Where the issue points: the missing field itself for `required`, else the bad value. */
function pointerOf(issue: ValidationIssue | undefined): string | undefined {
  const missing = issue?.params["missingProperty"];
  const field = issue?.keyword === "required" && typeof missing === "string" ? `/${missing}` : "";
  return issue && `${issue.instancePath}${field}`;
}

const remove = Symbol("removed");
/** A deep copy of `base` with the value at JSON pointer `pointer` replaced (or removed). */
function edited(base: unknown, pointer: string, replacement: unknown): unknown {
  const copy = structuredClone(base);
  const keys = pointer.split("/").slice(1);
  const last = keys.pop();
  const parent = keys.reduce<unknown>(
    (node, key) => (isRecord(node) ? node[key] : undefined),
    copy,
  );
  if (!isRecord(parent) || last === undefined) throw new Error(`nothing at ${pointer}`);
  if (replacement === remove) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const talkableType = (name: string) => talkableWebhookTypes.find((type) => type === name);
const emmaEvent = (name: unknown) => emmaEventNames.find((event) => event === name);
const hasAnswer = (type: TalkableWebhookType): type is keyof TalkableAnswers =>
  Object.hasOwn(talkableAnswerValidators, type);

describe("spec examples", () => {
  const talkableCases = talkableWebhookTypes.flatMap((type) =>
    talkableExamplesOf(type).map(([name, { value }]) => ({ type, name, value })),
  );
  it.each(talkableCases)("Talkable $type/$name: body and payload", ({ type, value }) => {
    expect(verdict(talkableBodyValidators[type], value)).toEqual(passes);
    expect(verdict(talkablePayloadValidators[type], value.payload)).toEqual(passes);
  });

  const emmaCases = emmaEventNames.flatMap((event) =>
    emmaExamplesOf(event).map(([name, { value }]) => ({ event, name, value })),
  );
  it.each(emmaCases)("Emma $event/$name: body and data", ({ event, value }) => {
    expect(verdict(emmaBodyValidators[event], value)).toEqual(passes);
    expect(verdict(emmaPayloadValidators[event], value.data)).toEqual(passes);
  });

  const answerCases = talkableWebhookTypes.filter(hasAnswer).flatMap((type) =>
    Object.entries(talkableAnswerExamples[type]).map(([name, { value }]) => ({
      type,
      name,
      value,
    })),
  );
  it.each(answerCases)("Talkable $type answer $name", ({ type, value }) => {
    expect(verdict(talkableAnswerValidators[type], value)).toEqual(passes);
    expect(talkableAnswerValidators[type]({ result: { unsubscribed: "no" } })).toBe(false);
  });

  const apiValidators = Object.entries(emmaApiValidators) as [
    string,
    Readonly<Record<string, CompiledValidator<unknown>>>,
  ][];
  const apiExamples = Object.entries(emmaApiExamples) as [
    string,
    Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  ][];
  const apiCases = apiExamples.flatMap(([operation, bodies]) =>
    Object.entries(bodies).flatMap(([body, named]) =>
      Object.entries(named).map(([name, value]) => ({ operation, body, name, value })),
    ),
  );
  it.each(apiCases)("Emma API $operation $body/$name", ({ operation, body, value }) => {
    const validate = apiValidators.find(([op]) => op === operation)?.[1][body];
    if (validate === undefined) throw new Error(`no validator for ${operation} ${body}`);
    expect(verdict(validate, value)).toEqual(passes);
  });
});

describe("vendor reference samples", () => {
  const talkableSamples = readReferenceJson("talkable/samples/");
  it("has one Talkable sample per webhook type", () => {
    expect(talkableSamples.map(({ file }) => file)).toEqual(
      [...talkableWebhookTypes].sort().map((type) => `${type}.json`),
    );
  });
  it.each(talkableSamples)("Talkable $file passes its payload validator", ({ file, value }) => {
    const type = talkableType(file.replace(/\.json$/, ""));
    if (type === undefined) throw new Error(`${file} names no webhook type`);
    expect(verdict(talkablePayloadValidators[type], value)).toEqual(passes);
  });

  const emmaSamples = readReferenceJson("emma/").map((sample) => ({
    ...sample,
    event: emmaEvent(isRecord(sample.value) ? sample.value["event_name"] : undefined),
  }));
  it("has an Emma sample of every event", () => {
    expect(new Set(emmaSamples.map(({ event }) => event))).toEqual(new Set(emmaEventNames));
  });
  it.each(emmaSamples)("Emma $file passes its body validator", ({ event, value }) => {
    if (event === undefined) throw new Error("the sample names no known event");
    expect(verdict(emmaBodyValidators[event], value)).toEqual(passes);
  });

  const seeds = [
    { seed: "000", type: "post_share_web_hook", declared: undefined },
    { seed: "001", type: "referral_web_hook", declared: "referral_web_hook" },
    { seed: "003", type: "check_unsubscribe_web_hook", declared: "check_unsubscribe_web_hook" },
  ] as const;
  it.each(seeds)("seed $seed cURL payload passes $type", ({ seed, type, declared }) => {
    const curl = readSeedCurl(seed);
    expect(curl.type).toBe(declared);
    expect(verdict(talkablePayloadValidators[type], curl.payload)).toEqual(passes);
  });
});

/** What the edited cases below break or stretch: a validator and the spec example it checks. */
const subjects = {
  referral: [
    talkablePayloadValidators.referral_web_hook,
    talkableExamples.referral_web_hook.default.value.payload,
  ],
  referralBody: [
    talkableBodyValidators.referral_web_hook,
    talkableExamples.referral_web_hook.default.value,
  ],
  shareBody: [
    talkableBodyValidators.post_share_web_hook,
    talkableExamples.post_share_web_hook.default.value,
  ],
  checkUnsubscribe: [
    talkablePayloadValidators.check_unsubscribe_web_hook,
    talkableExamples.check_unsubscribe_web_hook.default.value.payload,
  ],
  clickBody: [emmaBodyValidators.message_click, emmaExamples.message_click.default.value],
  clickData: [emmaPayloadValidators.message_click, emmaExamples.message_click.default.value.data],
  addToGroup: [
    emmaBodyValidators.member_add_to_group,
    emmaExamples.member_add_to_group.default.value,
  ],
} satisfies Record<string, readonly [CompiledValidator<unknown>, unknown]>;
type Subject = keyof typeof subjects;

function check(subject: Subject, at: string, replacement: unknown) {
  const [validate, base] = subjects[subject];
  return { validate, ok: validate(edited(base, at, replacement)) };
}

describe("contradictions fail with a JSON pointer to the field", () => {
  const cases: [Subject, string, unknown, string, string][] = [
    ["referral", "/campaign/id", remove, "required", "/campaign"],
    ["clickBody", "/data", remove, "required", ""],
    ["clickData", "/member_id", "200061", "type", "/member_id"],
    ["referral", "/campaign/id", true, "type", "/campaign/id"],
    ["clickBody", "/data/account_id", "1759", "type", "/data/account_id"],
    ["referralBody", "/type", "reward_web_hook", "const", "/type"],
    ["referral", "/referrer/amount", "five", "pattern", "/referrer/amount"],
  ];
  it.each(cases)("%s %s = %o: %s at %o", (subject, at, replacement, keyword, instancePath) => {
    const { validate, ok } = check(subject, at, replacement);
    expect(ok).toBe(false);
    const first = validate.errors?.[0];
    expect(first).toMatchObject({ keyword, instancePath });
    expect(pointerOf(first)).toBe(at);
  });

  it("a message_open body fails message_click's validator at /event_name", () => {
    const validate = emmaBodyValidators.message_click;
    expect(validate(emmaExamples.message_open.default.value)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: "const", instancePath: "/event_name" });
  });

  it("member_ids 'some' (neither a list nor 'all') fails at /data/member_ids", () => {
    const { validate, ok } = check("addToGroup", "/data/member_ids", "some");
    expect(ok).toBe(false);
    expect(validate.errors?.length).toBeGreaterThan(0);
    expect(validate.errors?.every((issue) => issue.instancePath === "/data/member_ids")).toBe(true);
  });

  it("an origin of an unknown type fails at /referred_origin", () => {
    const { validate, ok } = check("referral", "/referred_origin/type", "Coupon");
    expect(ok).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/referred_origin/type");
    expect(validate.errors?.at(-1)).toMatchObject({
      keyword: "oneOf",
      instancePath: "/referred_origin",
    });
  });
});

describe("documented variations, unknown fields and open enum values pass", () => {
  const cases: [Subject, string, unknown][] = [
    ["addToGroup", "/data/member_ids", "all"],
    ["referral", "/referrer/amount", "5.00"],
    ["referral", "/referrer/amount", 10.0],
    ["referral", "/referrer/amount", null],
    ["shareBody", "/surprise", "x"],
    ["referral", "/surprise", { nested: true }],
    ["referral", "/campaign/surprise", 1],
    ["referral", "/referrer/person/surprise", [1]],
    ["clickBody", "/surprise", 1],
    ["clickBody", "/data/surprise", "x"],
    ["shareBody", "/payload/share_type", "carrier_pigeon"],
    ["checkUnsubscribe", "/email_type", "new_kind"],
    ["referral", "/referred_origin/traffic_source", "newsletter"],
  ];
  it.each(cases)("%s %s = %o", (subject, at, replacement) => {
    const [validate, base] = subjects[subject];
    expect(verdict(validate, edited(base, at, replacement))).toEqual(passes);
  });
});
