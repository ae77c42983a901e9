import createClient from "openapi-fetch";
import type { paths } from "../../../generated/emma/types.js";
import { basicAuthorization } from "./basic-auth.js";
import { emmaDefaultBaseUrl } from "./base-url.js";
import type { EmmaClient, EmmaClientOptions, EmmaRequestOptions } from "./types.js";

function checkOptions(options: EmmaClientOptions): void {
  if (!Number.isInteger(options.accountId) || options.accountId <= 0) {
    throw new TypeError("talkable-emma-webhooks: accountId must be a positive integer");
  }
  for (const name of ["publicKey", "privateKey"] as const) {
    if (typeof options[name] !== "string" || options[name] === "") {
      throw new TypeError(`talkable-emma-webhooks: ${name} must be a non-empty string`);
    }
  }
}

/** Only `signal` is passed on, and only when given (exact optional properties). */
const init = (options: EmmaRequestOptions | undefined) =>
  options?.signal ? { signal: options.signal } : {};

/**
 * Creates a typed client of Emma's webhook management API on openapi-fetch, authenticated
 * with HTTP Basic (public key, private key). Every method resolves to openapi-fetch's
 * `{ data, error, response }` and never throws on an HTTP status. It runs wherever Fetch
 * does (browsers, Node, edge runtimes) and calls the global `fetch` at request time, so msw
 * and other fetch mocks apply even when the client was created first.
 *
 * @example
 * ```ts
 * import { createEmmaClient } from "talkable-emma-webhooks/emma/client";
 *
 * const emma = createEmmaClient({
 *   accountId: 1759,
 *   publicKey: process.env.EMMA_PUBLIC_KEY ?? "",
 *   privateKey: process.env.EMMA_PRIVATE_KEY ?? "",
 * });
 * const { data: id, error } = await emma.createWebhook({
 *   event: "message_click",
 *   url: "https://shop.example/webhooks/emma?token=long-random-secret",
 * });
 * if (error) throw new Error(error.error);
 * console.log("registered webhook", id);
 * ```
 */
export function createEmmaClient(options: EmmaClientOptions): EmmaClient {
  checkOptions(options);
  const custom = options.fetch;
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? emmaDefaultBaseUrl,
    headers: { Authorization: basicAuthorization(options.publicKey, options.privateKey) },
    fetch: (request) => (custom ? custom(request) : globalThis.fetch(request)),
  });
  const account = { account_id: options.accountId };
  const one = (webhook_id: number) => ({ path: { ...account, webhook_id } });
  return {
    client,
    listWebhooks: (o) =>
      client.GET("/{account_id}/webhooks", { params: { path: account }, ...init(o) }),
    getWebhook: (id, o) =>
      client.GET("/{account_id}/webhooks/{webhook_id}", { params: one(id), ...init(o) }),
    listEvents: (o) =>
      client.GET("/{account_id}/webhooks/events", { params: { path: account }, ...init(o) }),
    createWebhook: (body, o) =>
      client.POST("/{account_id}/webhooks", { params: { path: account }, body, ...init(o) }),
    updateWebhook: (id, body, o) =>
      client.PUT("/{account_id}/webhooks/{webhook_id}", { params: one(id), body, ...init(o) }),
    deleteWebhook: (id, o) =>
      client.DELETE("/{account_id}/webhooks/{webhook_id}", { params: one(id), ...init(o) }),
    deleteAllWebhooks: (o) =>
      client.DELETE("/{account_id}/webhooks", { params: { path: account }, ...init(o) }),
  };
}
