import { describe, expect, it } from "vitest";
import { nonBlankList as secretList } from "../../src/core/receiver-options.js";
import { matchesAnySecret } from "../../src/core/secret.js";

describe("matchesAnySecret", () => {
  const secret = "s3cr3t-key-value";

  it.each([
    ["the same secret", secret, true],
    ["a different first character", `x${secret.slice(1)}`, false],
    ["a different last character", `${secret.slice(0, -1)}x`, false],
    ["a prefix", secret.slice(0, 5), false],
    ["a longer string starting with it", `${secret}x`, false],
    ["an empty string", "", false],
    ["the secret in another case", secret.toUpperCase(), false],
  ])("with %s answers %s", (_name, received, expected) => {
    expect(matchesAnySecret(received, [secret])).toBe(expected);
  });

  it("accepts any of several secrets (rotation) and refuses others", () => {
    expect(matchesAnySecret("old", ["new", "old"])).toBe(true);
    expect(matchesAnySecret("new", ["new", "old"])).toBe(true);
    expect(matchesAnySecret("older", ["new", "old"])).toBe(false);
  });

  it("accepts nothing when no secret is configured", () => {
    expect(matchesAnySecret("", [])).toBe(false);
    expect(matchesAnySecret("anything", [])).toBe(false);
  });

  it("compares text beyond ASCII exactly", () => {
    expect(matchesAnySecret("clé🔑", ["clé🔑"])).toBe(true);
    expect(matchesAnySecret("cle🔑", ["clé🔑"])).toBe(false);
  });
});

describe("secretList", () => {
  it("turns undefined, one secret or a list into a fresh list", () => {
    const given = ["a", "b"];
    expect(secretList(undefined, "key")).toEqual([]);
    expect(secretList("a", "key")).toEqual(["a"]);
    const list = secretList(given, "key");
    expect(list).toEqual(given);
    expect(list).not.toBe(given);
  });

  it.each([
    ["an empty string", ""],
    ["a list holding an empty string", ["a", ""]],
    ["a list holding a number", JSON.parse("[1]") as string[]],
    ["whitespace only", " \n\t"],
  ])("refuses %s", (_name, value) => {
    expect(() => secretList(value, "token")).toThrow(
      new TypeError(
        "talkable-emma-webhooks: every token must be a non-empty string, not only whitespace",
      ),
    );
  });
});
