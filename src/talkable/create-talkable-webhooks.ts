import { emptyHead } from "../core/incoming.js";
import { createReceiver } from "../core/receiver.js";
import type { VendorFlow } from "../core/vendor-flow.js";
import { buildTalkableAnswer } from "./answer.js";
import { findTalkableDrift } from "./drift.js";
import { parseTalkableDelivery, recheckTalkableEvent } from "./parse-delivery.js";
import { resolveTalkableSettings, type TalkableSettings } from "./settings.js";
import type { TalkableEvent, TalkableWebhooks, TalkableWebhooksOptions } from "./types.js";

/** What Talkable differs in: a form body, the key inside it, and answers from the spec. */
function talkableFlow(settings: TalkableSettings): VendorFlow<TalkableEvent> {
  const secrets = [...settings.keys.values()].flat();
  return {
    vendor: "talkable",
    mediaType: "application/x-www-form-urlencoded",
    // The key travels in the body: nothing to check before it is read.
    authenticateHead: () => undefined,
    parse: (body) => parseTalkableDelivery(body, settings),
    recheck: recheckTalkableEvent,
    nameOf: (event) => event.type,
    isQuestion: (event) => event.type === "check_unsubscribe_web_hook",
    answer: buildTalkableAnswer,
    drift: (event) => findTalkableDrift(event, secrets),
  };
}

/**
 * Creates a Talkable webhook receiver. Deliveries are authenticated by the site's security key
 * (compared in constant time, several accepted while rotating), parsed from the form body
 * (properly encoded or as `curl --data` sends it, never altering a value), and validated
 * against the spec before any handler sees them. A bad setup (no key, an empty or
 * whitespace-only key) throws here, not at the first delivery.
 *
 * @example
 * ```ts
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 *
 * const webhooks = createTalkableWebhooks({ key: process.env["TALKABLE_KEY"]!, site: "my-shop" });
 * webhooks.on("referral_web_hook", async ({ id, payload }) => {
 *   console.log("reward", id, payload.referrer?.email);
 * });
 * webhooks.on("check_unsubscribe_web_hook", async ({ payload }) => ({
 *   unsubscribed: payload.recipient.email.endsWith("@example.org"),
 * }));
 * // In any Fetch server (Next.js route, Hono, Bun, Deno):
 * export const POST = (request: Request) => webhooks.handle(request);
 * ```
 */
export function createTalkableWebhooks(options: TalkableWebhooksOptions): TalkableWebhooks {
  const settings = resolveTalkableSettings(options);
  return createReceiver(talkableFlow(settings), settings, () => emptyHead);
}
