// A frontend page under test: it lists the account's Emma webhooks. The README's browser
// example is this file; browser-mocks.test.ts bundles it, serves it and checks what it shows.
import { setupWorker } from "msw/browser";
import { createEmmaClient } from "talkable-emma-webhooks/emma/client";
import { emmaApiHandlers, emmaApiHttp } from "talkable-emma-webhooks/msw";

const api = emmaApiHandlers({
  seed: [{ event: "member_signup", url: "https://shop.example/emma?token=t" }],
});
const worker = setupWorker(...api);
await worker.start({ quiet: true, onUnhandledRequest: "error" });

const emma = createEmmaClient({ accountId: 42, publicKey: "demo-pub", privateKey: "demo-priv" });

// What the page shows: the webhooks, or Emma's error.
async function showWebhooks(step: string): Promise<void> {
  const { data, error } = await emma.listWebhooks();
  const list = document.createElement("ul");
  list.dataset["step"] = step;
  const lines = error ? [`Could not load webhooks: ${error.error}`] : data.map((w) => w.url);
  for (const line of lines)
    list.append(Object.assign(document.createElement("li"), { textContent: line }));
  document.body.append(list);
}

// Seeded, plus one created by the page.
await emma.createWebhook({ event: "message_click", url: "https://shop.example/from-the-browser" });
await showWebhooks("seeded");

// A typed override (openapi-msw), then back to the mock.
worker.use(
  emmaApiHttp.get("/{account_id}/webhooks", ({ response }) =>
    response(200).json([
      {
        webhook_id: 7,
        account_id: 42,
        event: "member_optout",
        method: "POST",
        url: "https://shop.example/optout",
      },
    ]),
  ),
);
await showWebhooks("override");
worker.resetHandlers();

// An injected failure with the spec's error body.
api.inject("listWebhooks", { status: 401, times: 1 });
await showWebhooks("failure");

// One reset: back to the seed.
api.reset();
await showWebhooks("reset");
document.body.dataset["state"] = "ready";
