import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  WebhookError,
  createTalkableWebhooks,
  talkablePayloadValidators,
  talkableWebhookTypes,
} from "talkable-emma-webhooks/talkable";
import {
  anyBody,
  anyContentType,
  anyHeaders,
  anyMethod,
  expectNoPollution,
  expectRefusal,
  failOnUnhandledRejections,
  fieldValues,
  formBody,
  jsonPollution,
  requestOf,
} from "../support/hostile-input.js";
import { firstTalkableExample, formContentType } from "../support/wire.js";

const numRuns = 200;
const key = "tk-hostile-key";
const url = "http://127.0.0.1/talkable";

failOnUnhandledRejections();

function recordingReceiver(options: { readonly site?: string } = {}) {
  const webhooks = createTalkableWebhooks({ key, ...options });
  const reached: unknown[] = [];
  webhooks.onAny((event) => {
    reached.push(event);
  });
  webhooks.on("check_unsubscribe_web_hook", () => ({ unsubscribed: true }));
  return { webhooks, reached };
}

describe("Talkable receiver under hostile input", () => {
  it("refuses arbitrary requests with a 4xx, never reaching a handler", async () => {
    const { webhooks, reached } = recordingReceiver({ site: "shop" });
    await fc.assert(
      fc.asyncProperty(
        anyMethod,
        anyContentType,
        anyHeaders,
        anyBody,
        async (method, contentType, headers, body) => {
          const request = requestOf(url, { method, contentType, headers, body });
          fc.pre(request !== undefined);
          await expectRefusal(await webhooks.handle(request));
          expect(reached).toEqual([]);
          expectNoPollution();
        },
      ),
      { numRuns },
    );
  });

  it("reaches a handler with the right key only when the payload matches the schema", async () => {
    const { webhooks, reached } = recordingReceiver();
    const example = firstTalkableExample("referral_web_hook").payload;
    const polluting = fc
      .constantFrom(...jsonPollution)
      .map((text) => JSON.stringify({ ...example, ...JSON.parse(text) }));
    const payloads = fc.oneof(fieldValues, { arbitrary: polluting, weight: 2 });
    const types = fc.oneof(
      { arbitrary: fc.constant("referral_web_hook" as const), weight: 2 },
      fc.constantFrom(...talkableWebhookTypes),
    );
    await fc.assert(
      fc.asyncProperty(types, payloads, formBody, async (type, payload, rest) => {
        reached.length = 0;
        const body = `${new URLSearchParams({ key, type, payload }).toString()}&${rest}`;
        const request = requestOf(url, {
          method: "POST",
          contentType: formContentType,
          headers: {},
          body,
        });
        fc.pre(request !== undefined);
        const response = await webhooks.handle(request);
        if (response.status === 200) {
          const parsed: unknown = JSON.parse(payload);
          expect(talkablePayloadValidators[type](parsed)).toBe(true);
          expect(reached).toEqual([expect.objectContaining({ type, payload: parsed })]);
        } else {
          await expectRefusal(response);
          expect(reached).toEqual([]);
        }
        expectNoPollution();
      }),
      { numRuns },
    );
  });

  it("makes verifyAndParse throw nothing but WebhookError", async () => {
    const { webhooks } = recordingReceiver();
    const bodies = fc.oneof(formBody, fc.string({ unit: "binary", maxLength: 200 }));
    await fc.assert(
      fc.asyncProperty(
        bodies,
        fc.option(anyContentType, { nil: undefined }),
        async (body, contentType) => {
          const outcome = await webhooks
            .verifyAndParse(body, contentType === undefined ? {} : { contentType })
            .then(
              () => "accepted",
              (error: unknown) => error,
            );
          if (outcome !== "accepted") expect(outcome).toBeInstanceOf(WebhookError);
          expectNoPollution();
        },
      ),
      { numRuns },
    );
  });
});
