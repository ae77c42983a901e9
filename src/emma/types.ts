import type { EmmaEventName, EmmaPayloads } from "../../generated/emma/webhooks.js";
import type { WebhookAnswer } from "../core/answer.js";
import type { HandoffDelivery } from "../core/handoff.js";
import type { DriftReport } from "../core/drift.js";
import type { DriftHandler, ErrorHandler, HandlerContext } from "../core/handlers.js";
import type { HandleContext } from "../core/fetch-delivery.js";
import type { IncomingDelivery } from "../core/incoming.js";
import type { ReceiverOptions } from "../core/receiver-options.js";

/**
 * One authenticated, validated Emma delivery of event `K`, as Emma sends it.
 *
 * @example
 * ```ts
 * import type { EmmaEventOf } from "talkable-emma-webhooks/emma";
 * const memberOf = (event: EmmaEventOf<"message_click">) => event.data.member_id;
 * ```
 */
export interface EmmaEventOf<K extends EmmaEventName> {
  /**
   * The delivery id: the same for every retry of one delivery, different for any other. Use it
   * as the idempotency key (a SHA-256 hex of the vendor, event and body as received).
   */
  readonly id: string;
  readonly event_name: K;
  readonly data: EmmaPayloads[K];
  /** Members the delivery carries beside `event_name` and `data`, when it has any. */
  readonly extras: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Any Emma delivery: a union discriminated by `event_name`.
 *
 * @example
 * ```ts
 * import type { EmmaEvent } from "talkable-emma-webhooks/emma";
 * function log(event: EmmaEvent) {
 *   if (event.event_name === "message_click") console.log(event.data.link_id);
 * }
 * ```
 */
export type EmmaEvent = { [K in EmmaEventName]: EmmaEventOf<K> }[EmmaEventName];

/**
 * What an `onDrift` handler of an Emma receiver gets: findings point into the JSON body
 * (`/data/...`, or a member beside `event_name` and `data`).
 *
 * @example
 * ```ts
 * import type { EmmaDriftReport } from "talkable-emma-webhooks/emma";
 * const pointers = (report: EmmaDriftReport) => report.findings.map((f) => f.pointer);
 * ```
 */
export type EmmaDriftReport = DriftReport<"emma", EmmaEventName>;

/**
 * A handler for event `K`.
 *
 * @example
 * ```ts
 * import type { EmmaHandler } from "talkable-emma-webhooks/emma";
 * const onOptout: EmmaHandler<"member_optout"> = ({ data }) => console.log(data.member_id);
 * ```
 */
export type EmmaHandler<K extends EmmaEventName> = (
  event: EmmaEventOf<K>,
  context: HandlerContext,
) => void | Promise<void>;

/**
 * Options of {@link createEmmaWebhooks}. Emma signs nothing, so the receiver authenticates
 * with a long random secret you put in the callback URL you register (`?token=...`), or in a
 * header a proxy adds (`tokenHeader`). Several tokens are accepted while rotating.
 *
 * @example
 * ```ts
 * import type { EmmaWebhooksOptions } from "talkable-emma-webhooks/emma";
 * const options: EmmaWebhooksOptions = { token: ["new-secret", "old-secret"], accountId: 1759 };
 * ```
 */
export interface EmmaWebhooksOptions extends ReceiverOptions {
  /** The secret(s) expected in the `token` query parameter (or in `tokenHeader`). */
  readonly token?: string | readonly string[];
  /** Read the token from this request header instead of the `token` query parameter. */
  readonly tokenHeader?: string;
  /** Accept only deliveries whose `data.account_id`, when present, is one of these. */
  readonly accountId?: number | readonly number[];
}

/** Per-call options of `verifyAndParse`. */
export interface EmmaVerifyOptions {
  readonly contentType?: string;
  /** The token that came with the delivery (from its URL or header). */
  readonly token?: string | null;
}

/**
 * An Emma receiver: register handlers, then give it requests (or raw bodies).
 *
 * @example
 * ```ts
 * import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
 * const webhooks = createEmmaWebhooks({ token: process.env["EMMA_WEBHOOK_TOKEN"]! });
 * webhooks.on("member_signup", ({ data }) => console.log(data.member_id));
 * export const POST = (request: Request) => webhooks.handle(request);
 * ```
 */
export interface EmmaWebhooks {
  /** Adds a handler for one event; several run in the order they were added. */
  on<K extends EmmaEventName>(event: K, handler: EmmaHandler<K>): void;
  /** Adds a handler that sees every delivery, after the event's own handlers. */
  onAny(handler: (event: EmmaEvent, context: HandlerContext) => void | Promise<void>): void;
  /** Adds a handler told about every refused or failed delivery. */
  onError(handler: ErrorHandler): void;
  /**
   * Adds a handler told, after a 2xx answer, what an accepted delivery carries that the spec
   * does not describe. It never changes nor delays the answer; without one nothing is computed.
   */
  onDrift(handler: DriftHandler<EmmaDriftReport>): void;
  /** Answers a Fetch `Request`: 2xx only after every handler finished, else a JSON error. */
  /**
   * Answers a Fetch request. `context` is the runtime's second argument where it has
   * `waitUntil` (a Cloudflare Worker's `ctx`): drift reports then finish after the answer.
   */
  handle(request: Request, context?: HandleContext): Promise<Response>;
  /** Answers a request given as method, URL, headers and body (what adapters call). */
  receive(delivery: IncomingDelivery): Promise<WebhookAnswer>;
  /** Authenticates, parses and validates a raw JSON body; throws `WebhookError`. */
  verifyAndParse(body: string | Uint8Array, options?: EmmaVerifyOptions): Promise<EmmaEvent>;
  /**
   * Runs the handlers on an event this receiver verified earlier (a queue worker calls it):
   * checks it again, honours `idempotency` and `handlerTimeoutMs`; throws `WebhookError`.
   */
  run(
    event: EmmaEvent | HandoffDelivery["event"],
    options?: { readonly signal?: AbortSignal },
  ): Promise<void>;
}
