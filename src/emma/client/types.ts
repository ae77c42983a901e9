import type { Client, FetchResponse } from "openapi-fetch";
import type { components, operations, paths } from "../../../generated/emma/types.js";
import type { EmmaEventName } from "../../../generated/emma/webhooks.js";

/**
 * The event a webhook subscribes to: the events the spec describes, `mailing_start` (which Emma
 * lists without documenting its payload), or any other name Emma adds. Editors suggest the
 * known names; Emma (and the msw mock) answer an unknown one with 400.
 *
 * @example
 * ```ts
 * import type { EmmaWebhookEventName } from "talkable-emma-webhooks/emma/client";
 * const event: EmmaWebhookEventName = "member_signup";
 * ```
 */
export type EmmaWebhookEventName = EmmaEventName | "mailing_start" | (string & {});

type WithEventName<T> = T extends { event?: unknown }
  ? Omit<T, "event"> &
      (undefined extends T["event"]
        ? { event?: EmmaWebhookEventName }
        : { event: EmmaWebhookEventName })
  : T;

/**
 * Options of {@link createEmmaClient}: the account and its API keys (HTTP Basic: public key as
 * user, private key as password).
 *
 * @example
 * ```ts
 * import type { EmmaClientOptions } from "talkable-emma-webhooks/emma/client";
 * const options: EmmaClientOptions = { accountId: 1759, publicKey: "pub", privateKey: "priv" };
 * ```
 */
export interface EmmaClientOptions {
  readonly accountId: number;
  readonly publicKey: string;
  readonly privateKey: string;
  /** Default `https://api.e2ma.net`, the spec's server. */
  readonly baseUrl?: string;
  /** A fetch to use instead of the global one (looked up at each call, so mocks apply). */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/**
 * What every client method resolves to: openapi-fetch's `{ data, error, response }`, with
 * `data` typed by the spec's 2xx body of the operation and `error` by its other bodies.
 *
 * @example
 * ```ts
 * import type { EmmaResult } from "talkable-emma-webhooks/emma/client";
 * async function urls(result: Promise<EmmaResult<"listWebhooks">>) {
 *   const { data, error } = await result;
 *   return error ? [] : data.map((webhook) => webhook.url);
 * }
 * ```
 */
export type EmmaResult<Op extends keyof operations> = FetchResponse<
  operations[Op],
  Record<never, never>,
  `${string}/${string}`
>;

/**
 * Per-call options of the client's methods.
 *
 * @example
 * ```ts
 * import type { EmmaRequestOptions } from "talkable-emma-webhooks/emma/client";
 * const options: EmmaRequestOptions = { signal: AbortSignal.timeout(5_000) };
 * ```
 */
export interface EmmaRequestOptions {
  /** Aborts the request (React effects, timeouts). */
  readonly signal?: AbortSignal;
}

/**
 * A typed client of Emma's webhook management API. Methods never throw on an HTTP status:
 * check `error` (or `response.status`). They reject only when fetch itself fails (network).
 *
 * @example
 * ```ts
 * import { createEmmaClient } from "talkable-emma-webhooks/emma/client";
 * const emma = createEmmaClient({ accountId: 1759, publicKey: "pub", privateKey: "priv" });
 * const { data, error } = await emma.getWebhook(88);
 * if (error) console.warn(error.error);
 * else console.log(data.url);
 * ```
 */
export interface EmmaClient {
  /** The underlying openapi-fetch client, with auth and base URL set, for anything else. */
  readonly client: Client<paths, `${string}/${string}`>;
  /** `GET /{account_id}/webhooks`: the account's webhooks. */
  listWebhooks(options?: EmmaRequestOptions): Promise<EmmaResult<"listWebhooks">>;
  /** `GET /{account_id}/webhooks/{webhook_id}`: one webhook (404 when unknown). */
  getWebhook(webhookId: number, options?: EmmaRequestOptions): Promise<EmmaResult<"getWebhook">>;
  /** `GET /{account_id}/webhooks/events`: the events a webhook can subscribe to. */
  listEvents(options?: EmmaRequestOptions): Promise<EmmaResult<"listWebhookEvents">>;
  /** `POST /{account_id}/webhooks`: registers a webhook; `data` is its new id. */
  createWebhook(
    webhook: WithEventName<components["schemas"]["WebhookCreate"]>,
    options?: EmmaRequestOptions,
  ): Promise<EmmaResult<"createWebhook">>;
  /** `PUT /{account_id}/webhooks/{webhook_id}`: changes the given fields; `data` is the id. */
  updateWebhook(
    webhookId: number,
    fields: WithEventName<components["schemas"]["WebhookUpdate"]>,
    options?: EmmaRequestOptions,
  ): Promise<EmmaResult<"updateWebhook">>;
  /** `DELETE /{account_id}/webhooks/{webhook_id}`: `data` is `true`. */
  deleteWebhook(
    webhookId: number,
    options?: EmmaRequestOptions,
  ): Promise<EmmaResult<"deleteWebhook">>;
  /** `DELETE /{account_id}/webhooks`: removes every webhook; `data` is `true`. */
  deleteAllWebhooks(options?: EmmaRequestOptions): Promise<EmmaResult<"deleteAllWebhooks">>;
}
