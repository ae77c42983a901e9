import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEmmaWebhooks, emmaBodyValidators } from "talkable-emma-webhooks/emma";
import {
  createTalkableWebhooks,
  talkablePayloadValidators,
  type TalkableEventOf,
  type TalkableWebhookType,
} from "talkable-emma-webhooks/talkable";
import {
  freeStringLeaves,
  type JsonPath,
  wireText,
  withLeaves,
} from "../support/payload-variations.js";
import {
  emmaExampleRows,
  encodeEmmaBody,
  encodeTalkableBody,
  formContentType,
  jsonContentType,
  talkableExampleRows,
} from "../support/wire.js";

const numRuns = 200;
const key = "tk-property-key";
const token = "em-property-token";

const talkableCases = talkableExampleRows().map((row) => {
  const validate = talkablePayloadValidators[row.type];
  const paths = freeStringLeaves(row.value.payload, (candidate) => validate(candidate));
  return { row, validate, paths };
});

const emmaCases = emmaExampleRows().map((row) => {
  const validate = emmaBodyValidators[row.event];
  return { row, validate, paths: freeStringLeaves(row.value, (candidate) => validate(candidate)) };
});

/** For each case, texts for every one of its free leaves. */
function withTexts<C extends { readonly paths: readonly JsonPath[] }>(cases: readonly C[]) {
  return fc
    .constantFrom(...cases)
    .chain((item) =>
      fc.tuple(
        fc.constant(item),
        fc.array(wireText, { minLength: item.paths.length, maxLength: item.paths.length }),
      ),
    );
}

describe("valid payloads survive the wire unchanged", () => {
  it("finds free text in the examples to vary", () => {
    expect(talkableCases.every(({ paths }) => paths.length > 0)).toBe(true);
    expect(emmaCases.filter(({ paths }) => paths.length > 0).length).toBeGreaterThan(10);
  });

  it("Talkable: form encode → handle() → the handler sees the same payload", async () => {
    const webhooks = createTalkableWebhooks({ key });
    const seen: TalkableEventOf<TalkableWebhookType>[] = [];
    webhooks.onAny((event) => {
      seen.push(event);
    });
    webhooks.on("check_unsubscribe_web_hook", () => ({ unsubscribed: false }));
    await fc.assert(
      fc.asyncProperty(withTexts(talkableCases), async ([{ row, validate, paths }, texts]) => {
        const payload = withLeaves(row.value.payload, paths, texts);
        fc.pre(validate(payload));
        seen.length = 0;
        const body = encodeTalkableBody({ ...row.value, payload }, { key });
        const headers = { "content-type": formContentType };
        const response = await webhooks.handle(
          new Request("http://127.0.0.1/talkable", { method: "POST", headers, body }),
        );
        expect(response.status, await response.text()).toBe(200);
        expect(seen.map((event) => [event.type, event.payload])).toEqual([[row.type, payload]]);
      }),
      { numRuns },
    );
  });

  it("Talkable: keys and sites with any characters authenticate", async () => {
    const [first] = talkableCases;
    if (!first) throw new Error("no Talkable example");
    // A key or site must hold something besides whitespace: anything else throws at creation.
    const secret = wireText.filter((text) => text.trim().length > 0);
    await fc.assert(
      fc.asyncProperty(secret, secret, async (anyKey, site) => {
        const webhooks = createTalkableWebhooks({ key: anyKey, site });
        const body = encodeTalkableBody(first.row.value, { key: anyKey, site });
        const event = await webhooks.verifyAndParse(body);
        expect([event.site, event.payload]).toEqual([site, first.row.value.payload]);
      }),
      { numRuns },
    );
  });

  it("Emma: JSON → handle() → the handler sees the same delivery", async () => {
    const webhooks = createEmmaWebhooks({ token, accountId: 1759 });
    const seen: unknown[] = [];
    webhooks.onAny(({ event_name, data, extras }) => {
      seen.push({ event_name, data, ...extras });
    });
    const varied = emmaCases.filter(({ paths }) => paths.length > 0);
    await fc.assert(
      fc.asyncProperty(withTexts(varied), async ([{ row, validate, paths }, texts]) => {
        const delivery = withLeaves(row.value, paths, texts);
        fc.pre(validate(delivery));
        seen.length = 0;
        const response = await webhooks.handle(
          new Request(`http://127.0.0.1/emma?token=${token}`, {
            method: "POST",
            headers: { "content-type": jsonContentType },
            body: encodeEmmaBody(delivery),
          }),
        );
        expect(response.status, await response.text()).toBe(200);
        expect(seen).toEqual([delivery]);
      }),
      { numRuns },
    );
  });
});
