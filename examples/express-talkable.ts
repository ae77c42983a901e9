// Quick start: Talkable webhooks in an Express 5 app (type-checked by `npm run typecheck`).
import express from "express";
import { toNodeMiddleware } from "talkable-emma-webhooks/node";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

// Two keys while rotating: the old one is still accepted until Talkable uses the new one.
// An unset, empty or blank key throws here, at start-up: there is never a fallback key.
const keys = [process.env["TALKABLE_KEY"], process.env["TALKABLE_OLD_KEY"]].filter(
  (key) => key !== undefined,
);
const webhooks = createTalkableWebhooks({ keys, site: "my-shop" });

webhooks.on("referral_web_hook", async ({ id, payload }, { signal }) => {
  // Talkable pays the referral rewards only after this handler finished and 200 went out.
  // `id` is the same for every retry of this delivery: use it as the idempotency key.
  // Older payload shapes carry `referrer` instead of the reward lists.
  for (const reward of payload.advocate_rewards ?? (payload.referrer ? [payload.referrer] : [])) {
    console.log("credit", id, reward.email, reward.amount, signal.aborted);
  }
});

webhooks.on("check_unsubscribe_web_hook", async ({ payload }) => ({
  unsubscribed: payload.recipient.email.endsWith("@unsubscribed.example"),
}));

webhooks.onError((error) => console.warn(error.code, error.message));

const app = express();
// Mount it before any body parser (or give it express.raw()): it reads the raw bytes itself.
// app.all, not app.post: the receiver owns its path for every method (a GET gets its JSON 405).
app.all("/webhooks/talkable", toNodeMiddleware(webhooks));
app.use(express.json());
app.listen(3000);
