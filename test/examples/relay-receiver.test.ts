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
afterEach(() => shop.clear());
afterAll(() => server.close());

it("forwards a referral the receiver accepts", async () => {
  const payload = talkableFixture("referral_web_hook");
  expect(await forwardReferral("https://shop.example/webhooks/talkable", "shop-key", payload)).toBe(
    200,
  );
  expect(shop.deliveries).toMatchObject([{ type: "referral_web_hook", site: undefined, payload }]);
});

it("gets the receiver's 400 when the payload contradicts the spec", async () => {
  const broken = { ...talkableFixture("referral_web_hook"), campaign: "not an object" };
  expect(await forwardReferral("https://shop.example/webhooks/talkable", "shop-key", broken)).toBe(
    400,
  );
  expect(shop.deliveries).toEqual([]);
});
