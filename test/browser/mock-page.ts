// A frontend page under test: it lists the account's Emma webhooks. The README's browser
// example is this file; browser-mocks.test.ts bundles it, serves it and checks what it shows.
import { setupWorker } from "msw/browser";
import { createEmmaClient } from "talkable-emma-webhooks/emma/client";
import { emmaApiHandlers } from "talkable-emma-webhooks/msw";

const worker = setupWorker(...emmaApiHandlers());
await worker.start({ quiet: true, onUnhandledRequest: "error" });

const emma = createEmmaClient({
  accountId: 1759,
  publicKey: "demo-public",
  privateKey: "demo-private",
});
await emma.createWebhook({
  event: "member_signup",
  url: "https://shop.example/emma?token=from-the-browser",
});
const { data, error } = await emma.listWebhooks();

const list = document.createElement("ul");
list.id = "webhooks";
for (const webhook of data ?? []) {
  const item = document.createElement("li");
  item.dataset["id"] = String(webhook.webhook_id);
  item.textContent = webhook.url;
  list.append(item);
}
document.body.append(list);
document.body.dataset["state"] = error ? `error: ${error.error}` : "ready";
