import { describe, expect, it } from "vitest";
import {
  talkablePayloadValidators,
  talkableWebhookTypes,
  type TalkableWebhookType,
} from "talkable-emma-webhooks/talkable";
import { edit, members, pointer, readFixtureFolder } from "../support/json-variants.js";

const rows = readFixtureFolder("history").map(({ file, value }) => {
  const type = talkableWebhookTypes.find((name) => file.startsWith(`${name}__`));
  if (type === undefined) throw new Error(`${file}: no webhook type in its name`);
  return { file, type, value };
});

// Every timestamp of the documented payloads: the members whose text reads as one.
const looksLikeTime = /^\d{4}-\d{2}-\d{2}T/;
const stamps = rows.flatMap(({ file, type, value }) =>
  members(value).flatMap(({ steps, value: leaf }) =>
    typeof leaf === "string" && looksLikeTime.test(leaf)
      ? [{ file, type, value, steps, at: pointer(steps), leaf }]
      : [],
  ),
);

function firstIssue(type: TalkableWebhookType, payload: unknown) {
  const validate = talkablePayloadValidators[type];
  return validate(payload) ? undefined : validate.errors?.[0];
}

describe("Talkable timestamps", () => {
  it("finds the documented timestamps", () => {
    expect(stamps.length).toBeGreaterThan(50);
  });

  // The form every documented version uses, and the other ISO 8601 forms with an offset.
  it.each([
    "2018-09-14T23:57:18.734+03:00",
    "2014-08-13T11:14:08.835-07:00",
    "2018-09-14T20:57:18Z",
    "2018-09-14T20:57:18.734123Z",
    "2018-09-14T23:57:18+0300",
    "2018-09-14T23:57+03:00",
  ])("accepts %s", (text) => {
    const stamp = stamps[0];
    if (stamp === undefined) throw new Error("no timestamp in the fixtures");
    expect(firstIssue(stamp.type, edit(stamp.value, stamp.steps, text))).toBeUndefined();
  });

  // A raw `+` read as a space, a lost offset, impossible fields, other notations.
  const corruptions: [string, (text: string) => string][] = [
    ["its offset sign read as a space", (text) => text.replace(/[+-](\d\d:\d\d)$/, " $1")],
    ["its offset lost", (text) => text.replace(/([+-]\d\d:\d\d|Z)$/, "")],
    ["month 13", (text) => text.replace(/^(\d{4})-\d\d/, "$1-13")],
    ["a space for the T", (text) => text.replace("T", " ")],
    ["Emma's @D: notation", (text) => `@D:${text.slice(0, 19)}`],
    ["free text", () => "yesterday"],
  ];
  const cases = corruptions.flatMap(([name, corrupt]) =>
    stamps.map((stamp) => ({ ...stamp, name, text: corrupt(stamp.leaf) })),
  );

  it.each(cases)("$file $at with $name ($text) fails there", ({ type, value, steps, at, text }) => {
    const issue = firstIssue(type, edit(value, steps, text));
    expect(issue).toMatchObject({ instancePath: at, keyword: "pattern" });
  });

  it("refuses the corrupted value the issue reports, with its pointer", () => {
    const referral = rows.find((row) => row.file === "referral_web_hook__1900f6f.json");
    if (referral === undefined) throw new Error("fixture missing");
    const steps = ["referred", "person", "subscribed_at"];
    const payload = edit(referral.value, steps, "2018-09-14T23:57:18.734 03:00");
    expect(firstIssue("referral_web_hook", payload)).toMatchObject({
      instancePath: "/referred/person/subscribed_at",
      keyword: "pattern",
    });
  });
});
