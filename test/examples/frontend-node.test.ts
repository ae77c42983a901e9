import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createEmmaClient, type EmmaClient } from "talkable-emma-webhooks/emma/client";
import { emmaApiHandlers } from "talkable-emma-webhooks/msw";

// The code under test: what a settings page shows.
async function webhookSummary(emma: EmmaClient): Promise<string[]> {
  const { data, error } = await emma.listWebhooks();
  if (error) return [`Could not load webhooks: ${error.error}`];
  return data.map((webhook) => `${webhook.event} → ${webhook.url}`);
}

const api = emmaApiHandlers(); // seeded with the spec's example webhooks of account 1759
const server = setupServer(...api);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  api.reset(); // back to the spec's examples
});
afterAll(() => server.close());

const emma = createEmmaClient({
  accountId: 1759,
  publicKey: "test-public",
  privateKey: "test-private",
});

it("lists the account's webhooks", async () => {
  await emma.createWebhook({ event: "member_signup", url: "https://shop.example/emma?token=t" });
  expect(await webhookSummary(emma)).toEqual([
    "message_click → https://hooks.example.com/emma?token=q7Xv2kR9mT4wZ8pL3nB6yH1cF5dJ0sGa",
    "member_signup → https://hooks.example.com/emma?token=q7Xv2kR9mT4wZ8pL3nB6yH1cF5dJ0sGa",
    "member_signup → https://shop.example/emma?token=t",
  ]);
});

it("shows Emma's error", async () => {
  server.use(
    http.get("https://api.e2ma.net/:account/webhooks", () =>
      HttpResponse.json({ error: "Authorization failed." }, { status: 401 }),
    ),
  );
  expect(await webhookSummary(emma)).toEqual(["Could not load webhooks: Authorization failed."]);
});
