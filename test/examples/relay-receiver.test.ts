import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { talkableReceiver } from "talkable-emma-webhooks/msw";
import { talkableFixture } from "talkable-emma-webhooks/testing";

// The code under test: a service that forwards Talkable webhooks to a shop's endpoint.
async function forwardReferral(endpoint: string, key: string, payload: unknown): Promise<number> {
  const body = new URLSearchParams({
    key,
    type: "referral_web_hook",
    payload: JSON.stringify(payload),
  });
  const response = await fetch(endpoint, { method: "POST", body });
  return response.status;
}

const shop = talkableReceiver({ url: "https://shop.example/webhooks/talkable", key: "shop-key" });
const server = setupServer(...shop.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => shop.reset()); // forgets deliveries and queued answers
afterAll(() => server.close());

it("forwards a referral the receiver accepts", async () => {
  const payload = talkableFixture("referral_web_hook");
  expect(await forwardReferral("https://shop.example/webhooks/talkable", "shop-key", payload)).toBe(
    200,
  );
  // Typed as referral deliveries: `payload` is TalkablePayloads["referral_web_hook"].
  expect(shop.deliveriesOf("referral_web_hook").map((event) => event.payload)).toEqual([payload]);
});

it("retries when the receiver answers 503", async () => {
  shop.answerNext(503); // the next delivery gets 503, unchecked and unrecorded
  const payload = talkableFixture("referral_web_hook");
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 3 && statuses.at(-1) !== 200; attempt++) {
    statuses.push(
      await forwardReferral("https://shop.example/webhooks/talkable", "shop-key", payload),
    );
  }
  expect(statuses).toEqual([503, 200]);
  expect(shop.deliveries).toHaveLength(1);
});

it("gets the receiver's 400 when the payload contradicts the spec", async () => {
  const broken = { ...talkableFixture("referral_web_hook"), campaign: "not an object" };
  expect(await forwardReferral("https://shop.example/webhooks/talkable", "shop-key", broken)).toBe(
    400,
  );
  expect(shop.deliveries).toEqual([]);
});
