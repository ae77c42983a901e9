import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { emmaReceiver, talkableReceiver } from "talkable-emma-webhooks/msw";
import { emmaDelivery, talkableDelivery } from "talkable-emma-webhooks/testing";

const talkableUrl = "https://relay.test/webhooks/talkable";
const emmaUrl = "https://relay.test/webhooks/emma";

async function statusOf(handlers: Parameters<typeof getResponse>[0], request: Request) {
  const response = await getResponse(handlers, request);
  if (!response) throw new Error(`no mock handled ${request.url}`);
  return response.status;
}

describe("mock receivers: answerNext, deliveriesOf and reset", () => {
  it("talkableReceiver answers queued statuses first, then accepts the retry", async () => {
    const mock = talkableReceiver({ url: talkableUrl, key: "k" });
    mock.answerNext(503, 2);
    const send = () =>
      statusOf(
        mock.handlers,
        talkableDelivery("referral_web_hook", { key: "k", url: talkableUrl }),
      );
    expect([await send(), await send(), await send()]).toEqual([503, 503, 200]);
    expect(mock.deliveries).toHaveLength(1);
  });

  it("talkableReceiver types deliveries by webhook type", async () => {
    const mock = talkableReceiver({ url: talkableUrl });
    await statusOf(
      mock.handlers,
      talkableDelivery("referral_web_hook", { key: "k", url: talkableUrl }),
    );
    await statusOf(
      mock.handlers,
      talkableDelivery("reward_web_hook", { key: "k", url: talkableUrl }),
    );
    const referrals = mock.deliveriesOf("referral_web_hook");
    expect(referrals.map((event) => event.type)).toEqual(["referral_web_hook"]);
    expect(referrals[0]?.payload.referrer?.email).toBeTypeOf("string");
    expect(mock.deliveriesOf("reward_web_hook")).toHaveLength(1);
  });

  it("emmaReceiver answers queued statuses, types deliveries, and reset forgets both", async () => {
    const mock = emmaReceiver({ url: `${emmaUrl}?token=t` });
    mock.answerNext(500);
    const send = () =>
      statusOf(mock.handlers, emmaDelivery("member_optout", { token: "t", url: emmaUrl }));
    expect([await send(), await send()]).toEqual([500, 200]);
    expect(mock.deliveriesOf("member_optout")[0]?.data.member_id).toBeTypeOf("number");
    expect(mock.deliveriesOf("member_signup")).toEqual([]);
    mock.answerNext(502);
    mock.reset();
    expect(mock.deliveries).toEqual([]);
    expect(await send()).toBe(200);
  });

  it("refuses statuses and counts that make no sense", () => {
    const mock = talkableReceiver({ url: talkableUrl });
    expect(() => mock.answerNext(99)).toThrow(RangeError);
    expect(() => mock.answerNext(503, 0)).toThrow(RangeError);
  });
});
