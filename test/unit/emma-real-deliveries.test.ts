import { describe, expect, it } from "vitest";
import {
  emmaBodyValidators,
  emmaEventNames,
  emmaPayloadValidators,
  type EmmaEventName,
} from "talkable-emma-webhooks/emma";
import { emmaExamples } from "../../generated/emma/examples.js";
import { edit, pointer, readFixtureFolder, type Json } from "../support/json-variants.js";

// Deliveries shaped like Emma's real ones (see test/fixtures/emma-real/README.md).
const real = readFixtureFolder("emma-real").map(({ file, value }) => {
  const event = emmaEventNames.find((name) => file.startsWith(`${name}__`));
  if (event === undefined) throw new Error(`${file}: no event name in its name`);
  return { source: file, event, value };
});
// The spec's own examples: the variants below are applied to them as well.
const examples = emmaEventNames.flatMap((event) =>
  Object.entries(emmaExamples[event]).map(([name, { value }]) => ({
    source: `${event}/${name}`,
    event,
    value: structuredClone(value) as Json,
  })),
);
const deliveries = [...real, ...examples];

function verdict(event: EmmaEventName, body: Json) {
  const validate = emmaBodyValidators[event];
  const ok = validate(body);
  return { ok, errors: ok ? [] : validate.errors };
}
const passes = { ok: true, errors: [] };

const dataOf = (body: Json): Record<string, Json> => {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return {};
  const data = body["data"];
  return data !== null && typeof data === "object" && !Array.isArray(data) ? data : {};
};

describe("deliveries shaped like Emma's real ones", () => {
  it("include the captured delivery and cover several events", () => {
    expect(real.map((row) => row.source)).toContain("member_add__hutsoninc-captured.json");
    expect(new Set(real.map((row) => row.event)).size).toBeGreaterThan(8);
  });

  it.each(real)("$source is accepted, body and data", ({ event, value }) => {
    expect(verdict(event, value)).toEqual(passes);
    expect(emmaPayloadValidators[event](dataOf(value))).toBe(true);
  });
});

describe("what a real delivery may do to any event", () => {
  const members = deliveries.flatMap(({ source, event, value }) =>
    Object.keys(dataOf(value)).map((name) => ({ source, event, value, name })),
  );

  it.each(members)("$source: data.$name may be null", ({ event, value, name }) => {
    expect(verdict(event, edit(value, ["data", name], null))).toEqual(passes);
  });

  it.each(members)("$source: data.$name may be missing", ({ event, value, name }) => {
    expect(verdict(event, edit(value, ["data", name], undefined))).toEqual(passes);
  });

  it.each(deliveries)("$source: data may be an empty object", ({ event, value }) => {
    expect(verdict(event, edit(value, ["data"], {}))).toEqual(passes);
  });

  it.each(deliveries)("$source: members beside and inside data are kept", ({ event, value }) => {
    const beside = edit(value, ["resource_url"], "https://api.e2ma.net/1759/members/1");
    const inside = edit(beside, ["data", "undocumented"], { nested: [1, "two", null] });
    expect(verdict(event, inside)).toEqual(passes);
  });

  const stamps = deliveries.filter(({ value }) => "timestamp" in dataOf(value));
  it("finds timestamps to rewrite", () => {
    expect(stamps.length).toBeGreaterThan(15);
  });
  it.each(
    stamps.flatMap((row) =>
      ["@D:2017-12-21T11:01:11", "2017-12-21T11:01:11Z", "2017-12-21T11:01:11.123-05:00"].map(
        (stamp) => ({ ...row, stamp }),
      ),
    ),
  )("$source: timestamp $stamp is kept as text", ({ event, value, stamp }) => {
    expect(verdict(event, edit(value, ["data", "timestamp"], stamp))).toEqual(passes);
  });
});

describe("what still contradicts the contract", () => {
  const captured = real.find((row) => row.source === "member_add__hutsoninc-captured.json");
  if (captured === undefined) throw new Error("the captured delivery is missing");
  const { value } = captured;

  it.each([
    [["data", "member_id"], "1160010079", "/data/member_id"],
    [["data", "account_id"], "1743199", "/data/account_id"],
    [["data", "signup_form_id"], "none", "/data/signup_form_id"],
    [["data", "timestamp"], 1513854071, "/data/timestamp"],
    [["data"], null, "/data"],
    [["event_name"], "member_update", "/event_name"],
  ] as const)("%j = %j fails at %s", (steps, next, at) => {
    const validate = emmaBodyValidators.member_add;
    expect(validate(edit(value, steps, next))).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe(at);
  });

  it.each(["event_name", "data"])("a body without %s fails", (name) => {
    const validate = emmaBodyValidators.member_add;
    expect(validate(edit(value, [name], undefined))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: "required", instancePath: "" });
    expect(pointer([name])).toBe(`/${String(validate.errors?.[0]?.params["missingProperty"])}`);
  });
});
