import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WebhookError } from "../../src/core/errors.js";
import { decodeFormComponent, isRawFormText } from "../../src/core/percent-decode.js";

/** The rule as one expression: what isRawFormText must answer, found its faster way. */
// eslint-disable-next-line no-control-regex -- controls are exactly what encoders never leave raw
const neverLeftRaw = /[\u0000-\u0020"<>[\\\]^`{|}\u007f-\uffff]/;

describe("isRawFormText", () => {
  it("answers as the character class does for every UTF-16 code unit, anywhere in a text", () => {
    const misses: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      for (const text of [character, `a%2B${character}`, `${character}+b`]) {
        if (isRawFormText(text) !== neverLeftRaw.test(text)) misses.push(code);
      }
    }
    expect(misses).toEqual([]);
  });

  it("answers as the character class does for any text", () => {
    const texts = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.constantFrom(..."ab+%2B{} \t\u007f\u00e9\ud83c") }),
    );
    fc.assert(
      fc.property(texts, (text) => isRawFormText(text) === neverLeftRaw.test(text)),
      { numRuns: 1000 },
    );
  });

  it("answers for texts longer than its reused buffer", () => {
    const long = "a%2B".repeat(40_000);
    expect(isRawFormText(long)).toBe(false);
    expect(isRawFormText(`${long}\u00e9`)).toBe(true);
    expect(isRawFormText(`${long}{`)).toBe(true);
  });
});

/** The slowest sure way: `+` is a space, each `%XX` a byte, anything else itself; strict UTF-8. */
function decodeBytes(raw: string): string {
  const bytes: number[] = [];
  for (let index = 0; index < raw.length;) {
    const hex = raw.slice(index + 1, index + 3);
    if (raw[index] === "%" && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 3;
    } else {
      bytes.push(raw[index] === "+" ? 0x20 : raw.charCodeAt(index));
      index += 1;
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    throw new WebhookError("malformed_body", "not UTF-8");
  }
}

describe("decodeFormComponent", () => {
  it.each([
    ["plain text", "referral_web_hook", "referral_web_hook"],
    ["empty text", "", ""],
    ["a plus, which is a space", "a+b", "a b"],
    ["%2B, which is a plus", "a%2Bb", "a+b"],
    ["%20 and + together", "a%20b+c", "a b c"],
    ["lower-case escapes", "%7b%22a%22%3a1%7d", '{"a":1}'],
    ["escaped UTF-8", "Zo%C3%AB%20%F0%9F%8E%81", "Zoë 🎁"],
    ["%25, which is a percent sign", "10%25", "10%"],
    ["raw UTF-8 characters", "Zoë 🎁", "Zoë 🎁"],
    ["a % that starts no escape", "10% off", "10% off"],
    ["a % at the end", "100%", "100%"],
    ["a % before non-hex digits", "%zz%4", "%zz%4"],
    ["a stray % next to real escapes", "10%%20off%21", "10% off!"],
    ["escaped UTF-8 in tolerant mode", "50%+Zo%C3%AB", "50% Zoë"],
    ["a %2B beside a plus", "a+b%2Bc", "a b+c"],
    ["pluses around a lower-case %2b", "+%2b+", " + "],
    ["as many %2B as +", "%2B+%2B+", "+ + "],
  ])("decodes %s", (_name, raw, decoded) => {
    expect(decodeFormComponent(raw)).toBe(decoded);
  });

  it("decodes any form-encoded text as a byte-by-byte decoder does", () => {
    const pieces = [
      "a",
      "+",
      "%2B",
      "%2b",
      "%20",
      "%25",
      "%C3%A9",
      "%F0%9F%8E%81",
      "%",
      "%C3",
      "z",
    ];
    const texts = fc
      .array(fc.constantFrom(...pieces), { maxLength: 24 })
      .map((parts) => parts.join(""));
    const outcome = (decode: (raw: string) => string, raw: string) => {
      try {
        return decode(raw);
      } catch (error) {
        return error instanceof WebhookError ? `refused: ${error.code}` : "threw";
      }
    };
    fc.assert(
      fc.property(texts, (raw) => outcome(decodeFormComponent, raw) === outcome(decodeBytes, raw)),
      { numRuns: 2000 },
    );
  });

  // Every form encoder escapes these, so text holding one was sent raw (`curl --data`):
  // decoding it would turn its `+` into a space and its `%2B` into a plus.
  it.each([
    ["a plus in raw JSON", '{"phone_number":"+12025551111"}'],
    ["a timestamp offset in raw JSON", '{"at":"2018-09-14T23:57:18.734+03:00"}'],
    ["a percent escape look-alike in raw JSON", '{"q":"a%2Bb 100%"}'],
    ["a stray % next to a space", "10% off%20today%21"],
    ["a plus beside a space", "1+1 = 2"],
    ["raw UTF-8 beside a plus", "Zoë+🎁"],
    ["a brace beside a plus", "{a+b}"],
    ["a tab", "a\t+b"],
  ])("takes %s verbatim", (_name, raw) => {
    expect(decodeFormComponent(raw)).toBe(raw);
  });

  it.each(["~", "'", "(", ")", "!", "*", "-", ".", "_", ":", "/", "?", "@", ",", ";", "$"])(
    "still decodes text whose %s some encoders leave raw",
    (character) => {
      expect(decodeFormComponent(`a${character}b+c%2B`)).toBe(`a${character}b c+`);
    },
  );

  it.each([
    ["a lone continuation byte", "%80"],
    ["a truncated sequence", "%E2%82"],
    ["an invalid sequence next to a stray %", "10%%C3%28"],
    ["an overlong encoding", "%C0%AF"],
  ])("refuses percent-escapes that are not UTF-8: %s", (_name, raw) => {
    let caught: unknown;
    try {
      decodeFormComponent(raw);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WebhookError);
    expect(caught).toMatchObject({
      code: "malformed_body",
      message: "talkable-emma-webhooks: a form field has percent-escapes that are not UTF-8",
    });
  });
});
