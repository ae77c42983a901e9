import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createEmmaClient, type EmmaClient } from "talkable-emma-webhooks/emma/client";
import { emmaApiHandlers, emmaApiHttp } from "talkable-emma-webhooks/msw";

// The code under test: what a settings page shows.
async function webhookSummary(emma: EmmaClient): Promise<string[]> {
  const { data, error } = await emma.listWebhooks();
  if (error) return [`Could not load webhooks: ${error.error}`];
  return data.map((webhook) => `${webhook.event} → ${webhook.url}`);
}

// Every account starts with the seed (default: the spec's example webhooks; `[]` for none).
const api = emmaApiHandlers({
  seed: [{ event: "member_signup", url: "https://shop.example/emma?token=t" }],
});
const server = setupServer(...api);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers(); // drops the test's server.use() overrides
  api.reset(); // back to the seed, no injected failures, an empty request log
});
afterAll(() => server.close());

const emma = createEmmaClient({ accountId: 42, publicKey: "test-pub", privateKey: "test-priv" });

it("lists the seeded webhooks and the ones the page creates", async () => {
  await emma.createWebhook({ event: "message_click", url: "https://shop.example/clicks" });
  expect(await webhookSummary(emma)).toEqual([
    "member_signup → https://shop.example/emma?token=t",
    "message_click → https://shop.example/clicks",
  ]);
  expect(api.requests.map(({ operation, status }) => `${operation} ${status}`)).toEqual([
    "createWebhook 200",
    "listWebhooks 200",
  ]);
});

it("shows what a typed override answers", async () => {
  server.use(
    // openapi-msw: only the spec's paths, and only bodies the spec allows for each status.
    emmaApiHttp.get("/{account_id}/webhooks", ({ params, response }) =>
      response(200).json([
        {
          webhook_id: 7,
          account_id: Number(params.account_id),
          event: "member_optout",
          method: "POST",
          url: "https://shop.example/optout",
        },
      ]),
    ),
  );
  expect(await webhookSummary(emma)).toEqual(["member_optout → https://shop.example/optout"]);
});

it("shows Emma's error, and fails loudly when the network does", async () => {
  api.inject("listWebhooks", { status: 401, times: 1 }); // with the spec's 401 body
  expect(await webhookSummary(emma)).toEqual(["Could not load webhooks: Authorization failed."]);
  api.inject("listWebhooks", { networkError: true });
  await expect(webhookSummary(emma)).rejects.toThrow(TypeError);
});
