import type { EmmaEventName } from "../../generated/emma/webhooks.js";
import { type ErrorHandler, HandlerRegistry } from "../core/handlers.js";
import { handleRequest, type RequestFlow } from "../core/handle-request.js";
import { assertMediaType } from "../core/media-type.js";
import { assertTextWithinLimit, resolveMaxBodyBytes } from "../core/read-body.js";
import { secretList } from "../core/secret.js";
import { authenticateEmma, type EmmaSettings, parseEmmaDelivery } from "./parse-delivery.js";
import type {
  EmmaEvent,
  EmmaHandler,
  EmmaVerifyOptions,
  EmmaWebhooks,
  EmmaWebhooksOptions,
} from "./types.js";

const jsonMediaType = "application/json";

function resolveEmmaSettings(options: EmmaWebhooksOptions): EmmaSettings {
  const tokens = secretList(options.token, "token");
  const allowUnauthenticated = options.allowUnauthenticated === true;
  if (tokens.length === 0 && !allowUnauthenticated) {
    throw new TypeError(
      "talkable-emma-webhooks: give `token` (or `allowUnauthenticated: true` for local use only)",
    );
  }
  const ids = options.accountId === undefined ? undefined : [options.accountId].flat();
  if (ids?.some((id) => !Number.isInteger(id))) {
    throw new TypeError("talkable-emma-webhooks: accountId must be an integer");
  }
  const maxBodyBytes = resolveMaxBodyBytes(options.maxBodyBytes);
  return {
    tokens,
    tokenHeader: options.tokenHeader?.toLowerCase(),
    accountIds: ids ? new Set(ids) : undefined,
    allowUnauthenticated,
    maxBodyBytes,
  };
}

class EmmaReceiver implements EmmaWebhooks, RequestFlow<EmmaEvent> {
  readonly mediaType = jsonMediaType;
  readonly handlers = new HandlerRegistry();
  readonly maxBodyBytes: number;
  readonly #settings: EmmaSettings;

  constructor(options: EmmaWebhooksOptions) {
    this.#settings = resolveEmmaSettings(options);
    this.maxBodyBytes = this.#settings.maxBodyBytes;
  }

  on<K extends EmmaEventName>(event: K, handler: EmmaHandler<K>): void {
    this.handlers.add(event, handler);
  }

  onAny(handler: (event: EmmaEvent) => void | Promise<void>): void {
    this.handlers.addAny(handler);
  }

  onError(handler: ErrorHandler): void {
    this.handlers.addError(handler);
  }

  handle(request: Request): Promise<Response> {
    return handleRequest(request, this);
  }

  parse(body: string, request: Request): EmmaEvent {
    const header = this.#settings.tokenHeader;
    const token = header
      ? request.headers.get(header)
      : new URL(request.url).searchParams.get("token");
    authenticateEmma(token, this.#settings);
    return parseEmmaDelivery(body, this.#settings);
  }

  async dispatch(event: EmmaEvent): Promise<Response> {
    await this.handlers.run(event.event_name, event);
    return new Response(null, { status: 200 });
  }

  async verifyAndParse(body: string, options: EmmaVerifyOptions = {}): Promise<EmmaEvent> {
    if (options.contentType !== undefined) assertMediaType(options.contentType, jsonMediaType);
    assertTextWithinLimit(body, this.maxBodyBytes);
    authenticateEmma(options.token, this.#settings);
    return parseEmmaDelivery(body, this.#settings);
  }
}

/**
 * Creates an Emma webhook receiver. Emma signs nothing: register your callback URL with a long
 * random `token` query parameter (or have a proxy add a header) and give the same secret here;
 * it is compared in constant time before the body is parsed.
 *
 * @example
 * ```ts
 * import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
 *
 * const webhooks = createEmmaWebhooks({ token: process.env.EMMA_WEBHOOK_TOKEN ?? "", accountId: 1759 });
 * webhooks.on("message_click", async ({ data }) => {
 *   console.log(data.member_id, "clicked link", data.link_id);
 * });
 * export const POST = (request: Request) => webhooks.handle(request);
 * ```
 */
export function createEmmaWebhooks(options: EmmaWebhooksOptions): EmmaWebhooks {
  return new EmmaReceiver(options);
}
