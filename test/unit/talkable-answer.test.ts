import { describe, expect, it } from "vitest";
import type { TalkableEvent } from "talkable-emma-webhooks/talkable";
import { buildTalkableAnswer } from "../../src/talkable/answer.js";
import { firstTalkableExample } from "../support/wire.js";

const check = {
  id: "d1",
  type: "check_unsubscribe_web_hook",
  site: "shop",
  payload: firstTalkableExample("check_unsubscribe_web_hook").payload,
  extras: undefined,
  test: false,
  fields: undefined,
} satisfies TalkableEvent;

const referral = {
  id: "d2",
  type: "referral_web_hook",
  site: "shop",
  payload: firstTalkableExample("referral_web_hook").payload,
  extras: undefined,
  test: false,
  fields: undefined,
} satisfies TalkableEvent;

describe("buildTalkableAnswer", () => {
  it("answers 200 with no body to webhooks that expect no answer, whatever handlers returned", () => {
    const answer = buildTalkableAnswer(referral, [{ unsubscribed: true }, "ignored"]);
    expect(answer).toEqual({ status: 200, headers: {}, body: "" });
  });

  it.each([
    [[{ unsubscribed: false }], false],
    [[{ unsubscribed: true }], true],
    [[{ unsubscribed: false }, { unsubscribed: true }], true],
    [[{ unsubscribed: true }, { unsubscribed: false }], true],
    [[{ unsubscribed: false }, { unsubscribed: false }], false],
  ])("answers Check Unsubscribe %j with unsubscribed: %s", (results, unsubscribed) => {
    const answer = buildTalkableAnswer(check, results);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toMatch(/^application\/json\b/);
    expect(answer.body).toBe(JSON.stringify({ result: { unsubscribed } }));
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
          message: expect.stringMatching(
            /^talkable-emma-webhooks: a check_unsubscribe_web_hook handler returned an answer the spec does not allow/,
          ) as string,
        }),
      );
    },
  );
});
