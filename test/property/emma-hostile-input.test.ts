import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type EmmaEventName,
  WebhookError,
  createEmmaWebhooks,
  emmaBodyValidators,
  emmaEventNames,
} from "talkable-emma-webhooks/emma";
import {
  anyBody,
  anyContentType,
  anyHeaders,
  anyMethod,
  expectNoPollution,
  expectRefusal,
  failOnUnhandledRejections,
  jsonPollution,
  requestOf,
} from "../support/hostile-input.js";
import { wireText } from "../support/payload-variations.js";
import { firstEmmaExample } from "../support/wire.js";

const numRuns = 200;
const token = "em-hostile-token";
const url = "http://127.0.0.1/emma";
const example = firstEmmaExample("message_click");

failOnUnhandledRejections();

/** Arbitrary bodies, random deliveries of known events, and polluting copies of an example. */
const deliveries = fc.oneof(
  anyBody,
  fc
    .record({
      event_name: fc.oneof(fc.constantFrom(...emmaEventNames), wireText),
      data: fc.jsonValue(),
    })
    .map((value) => JSON.stringify(value)),
  fc
    .constantFrom(...jsonPollution)
    .map((text) => JSON.stringify({ ...example, ...JSON.parse(text) })),
  fc.constant(
    JSON.stringify(example).replace('"data":{', '"data":{"__proto__":{"polluted":true},'),
  ),
);

function eventNameOf(value: unknown): EmmaEventName | undefined {
  const name: unknown =
    typeof value === "object" && value !== null ? Reflect.get(value, "event_name") : undefined;
  return emmaEventNames.find((known) => known === name);
}

describe("Emma receiver under hostile input", () => {
  it("never answers 5xx, and reaches a handler only with a valid delivery and the right token", async () => {
    const webhooks = createEmmaWebhooks({ token, accountId: 1759 });
    const reached: unknown[] = [];
    webhooks.onAny((event) => {
      reached.push(event);
    });
    const tokens = fc.oneof(fc.constant(token), wireText);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          method: anyMethod,
          contentType: anyContentType,
          headers: anyHeaders,
          body: deliveries,
        }),
        tokens,
        async (init, given) => {
          reached.length = 0;
          const request = requestOf(`${url}?token=${encodeURIComponent(given)}`, init);
          fc.pre(request !== undefined);
          const response = await webhooks.handle(request);
          if (response.status === 200) {
            const text =
              typeof init.body === "string" ? init.body : new TextDecoder().decode(init.body);
            const parsed: unknown = JSON.parse(text);
            const name = eventNameOf(parsed);
            expect(given).toBe(token);
            expect(name !== undefined && emmaBodyValidators[name](parsed)).toBe(true);
            // The event is the delivery with its id, members beside the two in `extras`.
            const { event_name, data, ...rest } = parsed as Record<string, unknown>;
            const extras = Object.keys(rest).length > 0 ? rest : undefined;
            const id: unknown = expect.any(String);
            expect(reached).toEqual([{ id, event_name, data, extras }]);
          } else {
            await expectRefusal(response);
            expect(reached).toEqual([]);
          }
          expectNoPollution();
        },
      ),
      { numRuns },
    );
  });

  it("makes verifyAndParse throw nothing but WebhookError", async () => {
    const webhooks = createEmmaWebhooks({ token, accountId: 1759 });
    const bodies = deliveries.map((body) =>
      typeof body === "string" ? body : new TextDecoder().decode(body),
    );
    await fc.assert(
      fc.asyncProperty(bodies, fc.oneof(fc.constant(token), wireText), async (body, given) => {
        const outcome = await webhooks.verifyAndParse(body, { token: given }).then(
          () => "accepted",
          (error: unknown) => error,
        );
        if (outcome !== "accepted") expect(outcome).toBeInstanceOf(WebhookError);
        expectNoPollution();
      }),
      { numRuns },
    );
  });
});
