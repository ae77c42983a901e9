import type { RequestHead } from "../core/incoming.js";
import { createReceiver } from "../core/receiver.js";
import type { VendorFlow } from "../core/vendor-flow.js";
import { buildEmmaAnswer } from "./answer.js";
import { authenticateEmma } from "./authenticate.js";
import { findEmmaDrift } from "./drift.js";
import { parseEmmaDelivery, recheckEmmaEvent } from "./parse-delivery.js";
import { resolveEmmaSettings, type EmmaSettings } from "./settings.js";
import type { EmmaEvent, EmmaVerifyOptions, EmmaWebhooks, EmmaWebhooksOptions } from "./types.js";

/** What Emma differs in: a JSON body, a token in the URL or a header, and no answer body. */
function emmaFlow(settings: EmmaSettings): VendorFlow<EmmaEvent> {
  return {
    vendor: "emma",
    mediaType: "application/json",
    authenticateHead: (head) => authenticateEmma(head, settings),
    parse: (body) => parseEmmaDelivery(body, settings),
    recheck: recheckEmmaEvent,
    nameOf: (event) => event.event_name,
    isQuestion: () => false,
    answer: buildEmmaAnswer,
    drift: (event) => findEmmaDrift(event, settings.tokens),
  };
}

/** The token given to `verifyAndParse`, wherever this receiver expects it. */
function tokenHead(token: string | null | undefined): RequestHead {
  return { header: () => token ?? undefined, query: () => token ?? undefined };
}

/**
 * Creates an Emma webhook receiver. Emma signs nothing: register your callback URL with a long
 * random `token` query parameter (or have a proxy add a header) and give the same secret here;
 * it is compared in constant time before the body is even read. A bad setup (no token, an
 * empty or whitespace-only token) throws here, not at the first delivery.
 *
 * @example
 * ```ts
 * import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
 *
 * const webhooks = createEmmaWebhooks({ token: process.env["EMMA_WEBHOOK_TOKEN"]!, accountId: 1759 });
 * webhooks.on("message_click", async ({ id, data }) => {
 *   console.log(id, data.member_id, "clicked link", data.link_id);
 * });
 * export const POST = (request: Request) => webhooks.handle(request);
 * ```
 */
export function createEmmaWebhooks(options: EmmaWebhooksOptions): EmmaWebhooks {
  const settings = resolveEmmaSettings(options);
  return createReceiver(emmaFlow(settings), settings, (given?: EmmaVerifyOptions) =>
    tokenHead(given?.token),
  );
}
