import { afterEach, describe, expect, it } from "vitest";
import { emmaFixture, talkableFixture } from "talkable-emma-webhooks/testing";
import { mergeOverrides } from "../../src/testing/deep-merge.js";

interface Shape {
  readonly name: string;
  readonly nested: { readonly count: number; readonly label: string | null };
  readonly tags: readonly string[];
  readonly optional?: { readonly flag: boolean };
}

const base = (): Shape => ({ name: "base", nested: { count: 1, label: "one" }, tags: ["a", "b"] });

afterEach(() => {
  // A failed test must not leave a polluted prototype behind for the next ones.
  for (const key of ["polluted", "hacked"]) Reflect.deleteProperty(Object.prototype, key);
});

describe("mergeOverrides", () => {
  it("merges objects key by key and keeps what the overrides leave out", () => {
    expect(mergeOverrides(base(), { nested: { count: 2 } })).toEqual({
      name: "base",
      nested: { count: 2, label: "one" },
      tags: ["a", "b"],
    });
  });

  it("replaces arrays whole, scalars, and null", () => {
    const merged = mergeOverrides(base(), { tags: ["z"], name: "x", nested: { label: null } });
    expect(merged).toEqual({ name: "x", nested: { count: 1, label: null }, tags: ["z"] });
  });

  it("adds objects the base does not have, as copies", () => {
    const optional = { flag: true };
    const merged = mergeOverrides(base(), { optional });
    expect(merged.optional).toEqual({ flag: true });
    expect(merged.optional).not.toBe(optional);
  });

  it("keeps the base value for undefined and returns the base itself without overrides", () => {
    const value = base();
    expect(mergeOverrides(value, undefined)).toBe(value);
    const withUndefined: Record<string, unknown> = { name: undefined };
    expect(mergeOverrides<Record<string, unknown>>({ ...value }, withUndefined)["name"]).toBe(
      "base",
    );
  });

  it("shares no object with the overrides", () => {
    const tags = ["q"];
    const merged = mergeOverrides(base(), { tags });
    tags.push("mutated");
    expect(merged.tags).toEqual(["q"]);
  });

  it("ignores __proto__, constructor and prototype keys from JSON overrides", () => {
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"hacked":true}},"prototype":{"hacked":true},"nested":{"__proto__":{"polluted":true},"count":5}}',
    ) as Record<string, unknown>;
    const merged = mergeOverrides<Record<string, unknown>>({ ...base() }, hostile);
    expect(Reflect.get(Object.prototype, "polluted")).toBeUndefined();
    expect(Reflect.get(Object.prototype, "hacked")).toBeUndefined();
    expect(Reflect.get({}, "polluted")).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged).sort()).toEqual(["name", "nested", "tags"]);
    expect(merged["nested"]).toEqual({ count: 5, label: "one" });
  });

  it("protects the fixtures too", () => {
    const hostile = JSON.parse('{"__proto__":{"polluted":"yes"},"member_id":9}') as {
      member_id: number;
    };
    const data = emmaFixture("member_signup", hostile);
    expect(data.member_id).toBe(9);
    expect(Reflect.get(Object.prototype, "polluted")).toBeUndefined();
    const payload = talkableFixture(
      "referral_web_hook",
      JSON.parse('{"constructor":{"prototype":{"hacked":1}}}') as Parameters<
        typeof talkableFixture<"referral_web_hook">
      >[1],
    );
    expect(Reflect.get(Object.prototype, "hacked")).toBeUndefined();
    expect(payload.constructor).toBe(Object);
  });
});
