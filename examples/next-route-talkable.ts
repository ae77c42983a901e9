// Quick start: a Next.js App Router route (app/webhooks/talkable/route.ts), or any Fetch handler.
import { createTalkableWebhooks, type TalkableWebhooks } from "talkable-emma-webhooks/talkable";

// Made on the first request, not at import: `next build` imports every route, and the key
// belongs to the server's environment, not to the build's.
let webhooks: TalkableWebhooks | undefined;

function receiver(): TalkableWebhooks {
  if (webhooks) return webhooks;
  const key = process.env["TALKABLE_KEY"];
  if (!key) throw new Error("TALKABLE_KEY is not set");
  webhooks = createTalkableWebhooks({ key });
  webhooks.on("create_coupon_web_hook", async ({ payload }) => {
    // Talkable counts the coupon only once this answered 2xx: create it first.
    console.log("create coupon", payload.coupon_code);
  });
  return webhooks;
}

export async function POST(request: Request): Promise<Response> {
  return receiver().handle(request);
}

// The route owns its path for every method: GET and the others get the receiver's JSON 405
// with `Allow: POST` (Next answers unexported methods with an empty 405 of its own).
export { POST as GET, POST as PUT, POST as PATCH, POST as DELETE, POST as OPTIONS };
