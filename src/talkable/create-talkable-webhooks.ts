import type { TalkableWebhookType } from "../../generated/talkable/webhooks.js";
import { type ErrorHandler, HandlerRegistry } from "../core/handlers.js";
import { handleRequest, type RequestFlow } from "../core/handle-request.js";
import { assertMediaType } from "../core/media-type.js";
import { assertTextWithinLimit } from "../core/read-body.js";
import { buildTalkableAnswer } from "./answer.js";
import { parseTalkableDelivery } from "./parse-delivery.js";
import { resolveTalkableSettings, type TalkableSettings } from "./settings.js";
import type {
  TalkableEvent,
  TalkableHandler,
  TalkableWebhooks,
  TalkableWebhooksOptions,
} from "./types.js";

const formMediaType = "application/x-www-form-urlencoded";

class TalkableReceiver implements TalkableWebhooks, RequestFlow<TalkableEvent> {
  readonly mediaType = formMediaType;
  readonly handlers = new HandlerRegistry();
  readonly maxBodyBytes: number;
  readonly #settings: TalkableSettings;

  constructor(options: TalkableWebhooksOptions) {
    this.#settings = resolveTalkableSettings(options);
    this.maxBodyBytes = this.#settings.maxBodyBytes;
  }

  on<K extends TalkableWebhookType>(type: K, handler: TalkableHandler<K>): void {
    this.handlers.add(type, handler);
  }

  onAny(handler: (event: TalkableEvent) => void | Promise<void>): void {
    this.handlers.addAny(handler);
  }

  onError(handler: ErrorHandler): void {
    this.handlers.addError(handler);
  }

  handle(request: Request): Promise<Response> {
    return handleRequest(request, this);
  }

  parse(body: string): TalkableEvent {
    return parseTalkableDelivery(body, this.#settings);
  }

  async dispatch(event: TalkableEvent): Promise<Response> {
    const results = await this.handlers.run(event.type, event);
    return buildTalkableAnswer(event, results);
  }

  async verifyAndParse(
    body: string,
    options: { readonly contentType?: string } = {},
  ): Promise<TalkableEvent> {
    if (options.contentType !== undefined) assertMediaType(options.contentType, formMediaType);
    assertTextWithinLimit(body, this.maxBodyBytes);
    return this.parse(body);
  }
}

/**
 * Creates a Talkable webhook receiver. Deliveries are authenticated by the site's security key
 * (compared in constant time, several accepted while rotating), parsed from the form body
 * (properly encoded or as `curl --data` sends it), and validated against the spec before any
 * handler sees them.
 *
 * @example
 * ```ts
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 *
 * const webhooks = createTalkableWebhooks({ keys: [process.env.TALKABLE_KEY ?? ""], site: "my-shop" });
 * webhooks.on("referral_web_hook", async ({ payload }) => {
 *   console.log("reward", payload.referrer?.email);
 * });
 * webhooks.on("check_unsubscribe_web_hook", async ({ payload }) => ({
 *   unsubscribed: payload.recipient.email.endsWith("@example.org"),
 * }));
 * // In any Fetch server (Next.js route, Hono, Bun, Deno):
 * export const POST = (request: Request) => webhooks.handle(request);
 * ```
 */
export function createTalkableWebhooks(options: TalkableWebhooksOptions): TalkableWebhooks {
  return new TalkableReceiver(options);
}
