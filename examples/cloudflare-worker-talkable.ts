// Quick start: a Cloudflare Worker (src/index.ts of a wrangler project), no nodejs_compat needed.
import { createTalkableWebhooks, type TalkableWebhooks } from "talkable-emma-webhooks/talkable";

interface Env {
  /** `npx wrangler secret put TALKABLE_KEY` */
  readonly TALKABLE_KEY: string;
}

/** The part of the Worker's third argument the receiver uses (`@cloudflare/workers-types`). */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

function createReceiver(env: Env): TalkableWebhooks {
  const webhooks = createTalkableWebhooks({ key: env.TALKABLE_KEY });
  webhooks.on("referral_web_hook", async ({ id, payload }) => {
    // The 200 goes out once this finished: no ctx.waitUntil, the answer waits for the handler.
    console.log("referral", id, payload.referrer?.email);
  });
  webhooks.on("check_unsubscribe_web_hook", async ({ payload }) => ({
    unsubscribed: payload.recipient.email.endsWith("@unsubscribed.example"),
  }));
  return webhooks;
}

// Secrets arrive with the first request: the receiver is made then, once per isolate.
let webhooks: TalkableWebhooks | undefined;

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    webhooks ??= createReceiver(env);
    // With ctx, onDrift reports (if you add a handler) finish after the answer: ctx.waitUntil.
    return webhooks.handle(request, ctx);
  },
};
