import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WebhookError, createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
import { parseFormFields } from "../../src/core/form-fields.js";

const key = "tk-linear-key";
const webhooks = createTalkableWebhooks({ key, maxBodyBytes: 2 * 1024 * 1024 });
const unique = new Set(["key", "site", "type", "payload", "extras"]);
const jsonFields = new Set(["payload", "extras"]);

/** The characters a form scanner treats specially, and a few that it does not. */
const special = fc.constantFrom("{", "[", "}", "]", "&", "=", "%", '"', "\\", "+", "a", "2");
/** A short unit of them, optionally behind a field name that may hold raw JSON. */
const unit = fc
  .tuple(
    fc.constantFrom("", "payload=", "extras=", "a=", "key="),
    fc.array(special, { minLength: 1, maxLength: 6 }),
  )
  .map(([name, chars]) => name + chars.join(""));

/**
 * Quadratic scanning took minutes on 1 MB of `a={&` (issue #8); linear scanning takes
 * milliseconds. These bodies grow to 1 MB: with a rescan anywhere they would exceed the test
 * timeout many times over. No timing is asserted, only that every body is answered.
 */
describe("form parsing stays linear in the body's size, whatever its shape", () => {
  it.each([16, 256, 1024])("answers repeated hostile units of %i kB", async (kilobytes) => {
    await fc.assert(
      fc.asyncProperty(unit, async (piece) => {
        const body = piece.repeat(Math.ceil((kilobytes * 1024) / piece.length));
        const outcome = await webhooks.verifyAndParse(body).catch((error: unknown) => error);
        expect(outcome).toBeInstanceOf(WebhookError);
      }),
      { numRuns: kilobytes === 1024 ? 12 : 40 },
    );
  });

  it("splits the shapes of the original report in one pass each", () => {
    for (const piece of ["a={&", "&", "=", "%", "payload=[", 'x={"&', '\\"']) {
      const body = piece.repeat(Math.ceil((1024 * 1024) / piece.length));
      let outcome: unknown;
      try {
        outcome = parseFormFields(body, { unique, jsonFields, wanted: unique });
      } catch (error) {
        outcome = error;
      }
      expect(outcome instanceof Map || outcome instanceof WebhookError).toBe(true);
    }
  });
});
