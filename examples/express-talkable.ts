// Quick start: Talkable webhooks in an Express 5 app (type-checked by `npm run typecheck`).
import express from "express";
import { toNodeMiddleware } from "talkable-emma-webhooks/node";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

const webhooks = createTalkableWebhooks({
  // Two keys while rotating: the old one is still accepted until Talkable uses the new one.
  keys: [process.env["TALKABLE_KEY"] ?? "", process.env["TALKABLE_OLD_KEY"] ?? "unused"],
  site: "my-shop",
});

webhooks.on("referral_web_hook", async ({ payload }) => {
  // Talkable pays the referral rewards only after this handler finished and 200 went out.
  // Older payload shapes carry `referrer` instead of the reward lists.
  for (const reward of payload.advocate_rewards ?? (payload.referrer ? [payload.referrer] : [])) {
    console.log("credit", reward.email, reward.amount);
  }
});

webhooks.on("check_unsubscribe_web_hook", async ({ payload }) => ({
  unsubscribed: payload.recipient.email.endsWith("@unsubscribed.example"),
}));

webhooks.onError((error) => console.warn(error.code, error.message));

const app = express();
// Mount it before any body parser, or after one: both work.
app.post("/webhooks/talkable", toNodeMiddleware(webhooks));
app.listen(3000);
