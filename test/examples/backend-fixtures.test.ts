import { expect, it } from "vitest";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
import { createTalkableWebhooks, type TalkablePayloads } from "talkable-emma-webhooks/talkable";
import { emmaDelivery, talkableDelivery, talkableFixture } from "talkable-emma-webhooks/testing";

// The code under test: a handler, and the receivers the app mounts.
const credits: { email: string; amount: string | number }[] = [];
function creditReferrer(payload: TalkablePayloads["referral_web_hook"]): void {
  if (payload.referrer?.email && payload.referrer.amount) {
    credits.push({ email: payload.referrer.email, amount: payload.referrer.amount });
  }
}
const talkable = createTalkableWebhooks({ key: "test-key" });
talkable.on("referral_web_hook", ({ payload }) => creditReferrer(payload));
const optedOut = new Set<number>();
const emma = createEmmaWebhooks({ token: "test-token" });
emma.on("member_optout", ({ data }) => {
  if (data.member_id != null) optedOut.add(data.member_id);
});

it("credits the referrer (fixture: the spec's example, with overrides)", () => {
  credits.length = 0;
  creditReferrer(
    talkableFixture("referral_web_hook", {
      referrer: { email: "ann@shop.example", amount: "25.00" },
    }),
  );
  expect(credits).toEqual([{ email: "ann@shop.example", amount: "25.00" }]);
});

it("answers a Talkable delivery, as sent on the wire, with 200", async () => {
  credits.length = 0;
  const response = await talkable.handle(
    talkableDelivery("referral_web_hook", {
      key: "test-key",
      overrides: { referrer: { amount: "9.00" } },
    }),
  );
  expect(response.status).toBe(200);
  expect(credits[0]?.amount).toBe("9.00");
  const forged = await talkable.handle(talkableDelivery("referral_web_hook", { key: "forged" }));
  expect(forged.status).toBe(401);
});

it("records an Emma opt-out", async () => {
  const response = await emma.handle(
    emmaDelivery("member_optout", { token: "test-token", overrides: { member_id: 7 } }),
  );
  expect(response.status).toBe(200);
  expect(optedOut.has(7)).toBe(true);
});
