import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  talkableBodyValidators,
  talkablePayloadValidators,
  talkableWebhookTypes,
  type TalkableWebhookType,
} from "talkable-emma-webhooks/talkable";
import {
  edit,
  everAbsent,
  members,
  pointer,
  readFixtureFolder,
  shape,
  type Json,
  type Steps,
} from "../support/json-variants.js";

// Payloads from older versions of Talkable's docs (see test/fixtures/history/README.md).
const rows = readFixtureFolder("history").map(({ file, value }) => {
  const type = talkableWebhookTypes.find((name) => file.startsWith(`${name}__`));
  if (type === undefined) throw new Error(`${file}: no webhook type in its name`);
  return { file, type, value };
});

function verdict(type: TalkableWebhookType, payload: unknown) {
  const validate = talkablePayloadValidators[type];
  const ok = validate(payload);
  return { ok, errors: ok ? [] : validate.errors };
}
const passes = { ok: true, errors: [] };

// The spec's rule, stated as the member names it covers: identifiers and sums of money may
// come as a JSON number or as text, whichever way one version of the docs showed them.
const identifier = /^(id|[a-z_]+_id|order_number|event_number|cached_slug)$/;
const money = /^(amount|[a-z_]+_amount|subtotal)$/;
const decimal = /^-?[0-9]+(\.[0-9]+)?$/;

/** The same value in the other JSON type, when the rule covers it; else undefined. */
function retyped(name: string | number, value: Json): Json | undefined {
  if (typeof name !== "string" || !(identifier.test(name) || money.test(name))) return undefined;
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && decimal.test(value)) return Number(value);
  return undefined;
}

const flips = (value: Json) =>
  members(value).flatMap(({ steps, value: leaf }) => {
    const next = retyped(steps.at(-1) ?? "", leaf);
    return next === undefined ? [] : [{ steps, next }];
  });

const absentByType = new Map(
  talkableWebhookTypes.map((type) => [
    type,
    everAbsent(rows.filter((row) => row.type === type).map((row) => row.value)),
  ]),
);
const removable = (type: TalkableWebhookType, value: Json): Steps[] =>
  members(value)
    .map(({ steps }) => steps)
    .filter((steps) => absentByType.get(type)?.has(shape(steps)));

describe("every documented older payload", () => {
  it("covers every webhook type", () => {
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(talkableWebhookTypes));
  });

  it.each(rows)("$file is accepted", ({ type, value }) => {
    expect(verdict(type, value)).toEqual(passes);
    const body = { key: "k", site: "s", type, payload: value, extras: {} };
    expect(talkableBodyValidators[type](body)).toBe(true);
  });
});

describe("identifiers and money accept the other JSON type too", () => {
  const cases = rows.flatMap(({ file, type, value }) =>
    flips(value).map(({ steps, next }) => ({ file, type, at: pointer(steps), steps, next, value })),
  );
  it("finds numbers and numeric strings to flip", () => {
    expect(cases.length).toBeGreaterThan(100);
  });
  it.each(cases)("$file $at as $next", ({ type, value, steps, next }) => {
    expect(verdict(type, edit(value, steps, next))).toEqual(passes);
  });
});

describe("a member some documented version lacks may be missing", () => {
  const cases = rows.flatMap(({ file, type, value }) =>
    removable(type, value).map((steps) => ({ file, type, at: pointer(steps), steps, value })),
  );
  it("finds members to remove", () => {
    expect(cases.length).toBeGreaterThan(100);
  });
  it.each(cases)("$file without $at", ({ type, value, steps }) => {
    expect(verdict(type, edit(value, steps, undefined))).toEqual(passes);
  });
});

describe("both rules at once, on random choices", () => {
  it("keeps every payload valid", () => {
    const row = fc.constantFrom(...rows).chain(({ type, value }) =>
      fc.record({
        type: fc.constant(type),
        value: fc.constant(value),
        flipped: fc.subarray(flips(value)),
        removed: fc.subarray(removable(type, value)),
      }),
    );
    fc.assert(
      fc.property(row, ({ type, value, flipped, removed }) => {
        // Flip first (a removal may take away the object a flip points into), then remove the
        // deepest members first, so that no removal looks for a member inside a removed one.
        const retypedValue = flipped.reduce<Json>((doc, f) => edit(doc, f.steps, f.next), value);
        const ordered = [...removed].sort((a, b) => b.length - a.length);
        const variant = ordered.reduce<Json>(
          (doc, steps) => edit(doc, steps, undefined),
          retypedValue,
        );
        expect(verdict(type, variant)).toEqual(passes);
      }),
      { numRuns: 300 },
    );
  });
});
