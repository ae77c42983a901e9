import { describe, expect, it } from "vitest";
import type { TalkableEvent } from "talkable-emma-webhooks/talkable";
import { buildTalkableAnswer } from "../../src/talkable/answer.js";
import { firstTalkableExample } from "../support/wire.js";

const check = {
  type: "check_unsubscribe_web_hook",
  site: "shop",
  payload: firstTalkableExample("check_unsubscribe_web_hook").payload,
  extras: undefined,
} satisfies TalkableEvent;

const referral = {
  type: "referral_web_hook",
  site: "shop",
  payload: firstTalkableExample("referral_web_hook").payload,
  extras: undefined,
} satisfies TalkableEvent;

describe("buildTalkableAnswer", () => {
  it("answers 200 with no body to webhooks that expect no answer, whatever handlers returned", async () => {
    const response = buildTalkableAnswer(referral, [{ unsubscribed: true }, "ignored"]);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });

  it.each([
    [[{ unsubscribed: false }], false],
    [[{ unsubscribed: true }], true],
    [[{ unsubscribed: false }, { unsubscribed: true }], true],
    [[{ unsubscribed: true }, { unsubscribed: false }], true],
    [[{ unsubscribed: false }, { unsubscribed: false }], false],
  ])("answers Check Unsubscribe %j with unsubscribed: %s", async (results, unsubscribed) => {
    const response = buildTalkableAnswer(check, results);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json\b/);
    expect(await response.text()).toBe(JSON.stringify({ result: { unsubscribed } }));
  });

  it("fails a Check Unsubscribe that no handler answered", () => {
    expect(() => buildTalkableAnswer(check, [])).toThrow(
      expect.objectContaining({ code: "handler_failed", status: 500 }),
    );
  });

  it.each([[undefined], [{}], [{ unsubscribed: "yes" }], [null], [true]])(
    "fails a Check Unsubscribe answered with %j",
    (result) => {
      expect(() => buildTalkableAnswer(check, [{ unsubscribed: true }, result])).toThrow(
        expect.objectContaining({
          code: "handler_failed",
          message:
            "talkable-emma-webhooks: a check_unsubscribe_web_hook handler must return { unsubscribed: boolean }",
        }),
      );
    },
  );
});
