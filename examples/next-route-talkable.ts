// Quick start: a Next.js App Router route (app/webhooks/talkable/route.ts), or any handler
// that takes a Fetch Request and returns a Response.
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

const key = process.env["TALKABLE_KEY"];
if (!key) throw new Error("TALKABLE_KEY is not set");
const webhooks = createTalkableWebhooks({ key });

webhooks.on("create_coupon_web_hook", async ({ payload }) => {
  // Talkable counts the coupon only once this answered 2xx: create it first.
  console.log("create coupon", payload.coupon_code);
});

export async function POST(request: Request): Promise<Response> {
  return webhooks.handle(request);
}
