import type {
  TalkableAnswers,
  TalkablePayloads,
  TalkableWebhookType,
} from "../../generated/talkable/webhooks.js";
import type { WebhookAnswer } from "../core/answer.js";
import type { HandoffDelivery } from "../core/handoff.js";
import type { DriftReport } from "../core/drift.js";
import type { DriftHandler, ErrorHandler, HandlerContext } from "../core/handlers.js";
import type { HandleContext } from "../core/fetch-delivery.js";
import type { IncomingDelivery } from "../core/incoming.js";
import type { ReceiverOptions } from "../core/receiver-options.js";

/**
 * One authenticated, validated Talkable delivery of webhook type `K`.
 *
 * @example
 * ```ts
 * import type { TalkableEventOf } from "talkable-emma-webhooks/talkable";
 * function pay(event: TalkableEventOf<"referral_web_hook">) {
 *   return event.payload.referrer?.amount;
 * }
 * ```
 */
export interface TalkableEventOf<K extends TalkableWebhookType> {
  /**
   * The delivery id: the same for every retry of one delivery, different for any other. Use it
   * as the idempotency key (a SHA-256 hex of the vendor, type, site and payload as received).
   */
  readonly id: string;
  /** The wire `type` field (or the receiver's configured type when the delivery omits it). */
  readonly type: K;
  /**
   * The delivery's site: the slug it names, else the site whose key matched (per-site keys),
   * else the one configured `site`; undefined when none of these tells.
   */
  readonly site: string | undefined;
  /** The decoded and validated `payload` field, exactly as sent. */
  readonly payload: TalkablePayloads[K];
  /** The decoded `extras` field, when the delivery has one. */
  readonly extras: Readonly<Record<string, unknown>> | undefined;
  /**
   * A test send (Talkable's Deliver Sample): the delivery has a `test` field whose value is
   * not a false one (`test=true`, `1`, `on`, ...; empty, `0`, `false`, `f`, `no`, `n`, `off`
   * are false). Pay no reward and send no email for it.
   */
  readonly test: boolean;
  /**
   * Top-level form fields beside `key`, `site`, `type`, `test`, `payload` and `extras`, as
   * decoded text, when the delivery has any: nothing the sender adds is dropped.
   */
  readonly fields: Readonly<Record<string, string>> | undefined;
}

/**
 * Any Talkable delivery: a union discriminated by `type`, so `if (event.type === ...)`
 * narrows `event.payload`.
 *
 * @example
 * ```ts
 * import type { TalkableEvent } from "talkable-emma-webhooks/talkable";
 * function log(event: TalkableEvent) {
 *   if (event.type === "post_share_web_hook") console.log(event.payload.share_type);
 * }
 * ```
 */
export type TalkableEvent = { [K in TalkableWebhookType]: TalkableEventOf<K> }[TalkableWebhookType];

/**
 * What an `onDrift` handler of a Talkable receiver gets: findings point into the form body
 * (`/payload/...`, `/extras/...`, `/<field>`).
 *
 * @example
 * ```ts
 * import type { TalkableDriftReport } from "talkable-emma-webhooks/talkable";
 * const pointers = (report: TalkableDriftReport) => report.findings.map((f) => f.pointer);
 * ```
 */
export type TalkableDriftReport = DriftReport<"talkable", TalkableWebhookType>;

/**
 * What a handler of `K` must return: the inner `result` of the spec's JSON answer for webhooks
 * that expect one (Check Unsubscribe: `{ unsubscribed: boolean }`), nothing otherwise.
 *
 * @example
 * ```ts
 * import type { TalkableHandlerResult } from "talkable-emma-webhooks/talkable";
 * const answer: TalkableHandlerResult<"check_unsubscribe_web_hook"> = { unsubscribed: false };
 * ```
 */
export type TalkableHandlerResult<K extends TalkableWebhookType> = K extends keyof TalkableAnswers
  ? TalkableAnswers[K]["result"]
  : void;

/**
 * A handler for webhook type `K`. Its second argument carries a `signal` that aborts at the
 * receiver's deadline or when the sender hangs up.
 *
 * @example
 * ```ts
 * import type { TalkableHandler } from "talkable-emma-webhooks/talkable";
 * const onReferral: TalkableHandler<"referral_web_hook"> = async (event, { signal }) => {
 *   await fetch("https://ledger.example/rewards", { method: "POST", body: event.id, signal });
 * };
 * ```
 */
export type TalkableHandler<K extends TalkableWebhookType> = (
  event: TalkableEventOf<K>,
  context: HandlerContext,
) => TalkableHandlerResult<K> | Promise<TalkableHandlerResult<K>>;

/** The options shared by both ways of giving keys. */
interface TalkableCommonOptions extends ReceiverOptions {
  /** Site slug(s) this endpoint accepts; deliveries naming another site get 401. */
  readonly site?: string | readonly string[];
  /** The one webhook type this endpoint serves, used when a delivery has no `type` field. */
  readonly type?: TalkableWebhookType;
}

/**
 * Options of {@link createTalkableWebhooks}: the site's security key (`key`), or several
 * (`keys`) while a key is being rotated, or a map from site slug to that site's key(s).
 * An empty or whitespace-only key throws at creation.
 *
 * @example
 * ```ts
 * import type { TalkableWebhooksOptions } from "talkable-emma-webhooks/talkable";
 * const options: TalkableWebhooksOptions = { keys: { shop: "k1", "shop-staging": ["k2", "k3"] } };
 * ```
 */
export type TalkableWebhooksOptions = TalkableCommonOptions &
  (
    | { readonly key: string; readonly keys?: never }
    | {
        readonly key?: never;
        readonly keys: readonly string[] | Readonly<Record<string, string | readonly string[]>>;
      }
    | { readonly key?: never; readonly keys?: never; readonly allowUnauthenticated: true }
  );

/**
 * A Talkable receiver: register handlers, then give it requests (or raw bodies).
 *
 * @example
 * ```ts
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 * const webhooks = createTalkableWebhooks({ key: process.env["TALKABLE_KEY"]! });
 * webhooks.on("check_unsubscribe_web_hook", () => ({ unsubscribed: false }));
 * export const POST = (request: Request) => webhooks.handle(request);
 * ```
 */
export interface TalkableWebhooks {
  /** Adds a handler for one webhook type; several run in the order they were added. */
  on<K extends TalkableWebhookType>(type: K, handler: TalkableHandler<K>): void;
  /** Adds a handler that sees every delivery, after the type's own handlers. */
  onAny(handler: (event: TalkableEvent, context: HandlerContext) => void | Promise<void>): void;
  /** Adds a handler told about every refused or failed delivery (for logs and metrics). */
  onError(handler: ErrorHandler): void;
  /**
   * Adds a handler told, after a 2xx answer, what an accepted delivery carries that the spec
   * does not describe. It never changes nor delays the answer; without one nothing is computed.
   */
  onDrift(handler: DriftHandler<TalkableDriftReport>): void;
  /** Answers a Fetch `Request`: 2xx only after every handler finished, else a JSON error. */
  /**
   * Answers a Fetch request. `context` is the runtime's second argument where it has
   * `waitUntil` (a Cloudflare Worker's `ctx`): drift reports then finish after the answer.
   */
  handle(request: Request, context?: HandleContext): Promise<Response>;
  /** Answers a request given as method, URL, headers and body (what adapters call). */
  receive(delivery: IncomingDelivery): Promise<WebhookAnswer>;
  /** Authenticates, parses and validates a raw form body; throws `WebhookError`. */
  verifyAndParse(
    body: string | Uint8Array,
    options?: { readonly contentType?: string },
  ): Promise<TalkableEvent>;
  /**
   * Runs the handlers on an event this receiver verified earlier (a queue worker calls it):
   * checks it again, honours `idempotency` and `handlerTimeoutMs`; throws `WebhookError`.
   */
  run(
    event: TalkableEvent | HandoffDelivery["event"],
    options?: { readonly signal?: AbortSignal },
  ): Promise<void>;
}
