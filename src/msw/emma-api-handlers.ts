import type { HttpHandler } from "msw";
import type { components } from "../../generated/emma/types.js";
import { emmaApiValidators } from "../../generated/emma/validators.js";
import { checkWebhookBody, type EmmaApiCredentials, notFoundBody } from "./emma-api-checks.js";
import { type EmmaApiInjection, type EmmaApiOperation, Injections } from "./emma-api-failures.js";
import { createEmmaApiHttp, type EmmaApiHttp } from "./emma-api-http.js";
import { type EmmaApiRequestRecord, type MockState, serve } from "./emma-api-serve.js";
import { EmmaApiStore, type EmmaWebhookSeed, exampleSeed } from "./emma-api-store.js";

/**
 * Options of {@link emmaApiHandlers}.
 *
 * @example
 * ```ts
 * import type { EmmaApiHandlersOptions } from "talkable-emma-webhooks/msw";
 * const options: EmmaApiHandlersOptions = {
 *   seed: [{ event: "member_signup", url: "https://shop.example/emma" }],
 *   accountId: 42,
 * };
 * ```
 */
export interface EmmaApiHandlersOptions {
  /** Where the mocked API lives (default `https://api.e2ma.net`). */
  readonly baseUrl?: string;
  /** Serve only this account (others get 401, as keys belong to one account). Default: any. */
  readonly accountId?: number;
  /** The only API keys accepted; without them, any non-empty HTTP Basic pair is accepted. */
  readonly credentials?: EmmaApiCredentials;
  /** The webhooks each account starts with (default: the spec's examples; `[]` for none). */
  readonly seed?: readonly EmmaWebhookSeed[];
}

/**
 * msw handlers for Emma's webhook management API (spread them into `setupServer` or
 * `setupWorker`), with the mock's state, failure injection and request log.
 *
 * @example
 * ```ts
 * import { emmaApiHandlers, type EmmaApiHandlers } from "talkable-emma-webhooks/msw";
 * const api: EmmaApiHandlers = emmaApiHandlers({ seed: [] });
 * api.inject("listWebhooks", { status: 500, times: 1 });
 * api.reset();
 * ```
 */
export interface EmmaApiHandlers extends Array<HttpHandler> {
  /** openapi-msw's typed `http` at this mock's base URL, for typed overrides (`server.use`). */
  readonly http: EmmaApiHttp;
  /** Every request the mock answered, in order (overrides installed with `server.use` excluded). */
  readonly requests: readonly EmmaApiRequestRecord[];
  /** Makes `operation` fail, fail at the network level, or answer late (see {@link EmmaApiInjection}). */
  inject(operation: EmmaApiOperation, injection: EmmaApiInjection): void;
  /**
   * A copy of an account's webhooks: `accountId`'s, else the served account's, else those of
   * every account used so far.
   */
  webhooks(accountId?: number): components["schemas"]["Webhook"][];
  /** Back to the seed, with no injections and an empty request log (for instance in `afterEach`). */
  reset(): void;
}

function collectionRoutes(http: EmmaApiHttp, state: MockState): HttpHandler[] {
  const path = "/{account_id}/webhooks";
  const { store } = state;
  return [
    http.get(path, (info) =>
      serve(state, "listWebhooks", info, (id) => info.response(200).json(store.account(id).list())),
    ),
    http.post(path, (info) =>
      serve(state, "createWebhook", info, (id, text) => {
        const validate = emmaApiValidators.createWebhook.request;
        const checked = checkWebhookBody(text, validate, store.eventNames);
        if ("error" in checked) return info.response(400).json(checked.error);
        return info.response(200).json(store.account(id).create(checked.body));
      }),
    ),
    http.delete(path, (info) =>
      serve(state, "deleteAllWebhooks", info, (id) => {
        store.account(id).deleteAll();
        return info.response(200).json(true);
      }),
    ),
  ];
}

function webhookIdOf(text: string): number {
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : Number.NaN;
}

function memberRoutes(http: EmmaApiHttp, state: MockState): HttpHandler[] {
  const path = "/{account_id}/webhooks/{webhook_id}";
  const { store } = state;
  return [
    http.get(path, (info) =>
      serve(state, "getWebhook", info, (id) => {
        const webhook = store.account(id).get(webhookIdOf(info.params.webhook_id));
        if (!webhook) return info.response(404).json(notFoundBody(info.params.webhook_id));
        return info.response(200).json(webhook);
      }),
    ),
    http.put(path, (info) =>
      serve(state, "updateWebhook", info, (id, text) => {
        const account = store.account(id);
        const webhookId = webhookIdOf(info.params.webhook_id);
        if (!account.get(webhookId))
          return info.response(404).json(notFoundBody(info.params.webhook_id));
        const validate = emmaApiValidators.updateWebhook.request;
        const checked = checkWebhookBody(text, validate, store.eventNames);
        if ("error" in checked) return info.response(400).json(checked.error);
        account.update(webhookId, checked.body);
        return info.response(200).json(webhookId);
      }),
    ),
    http.delete(path, (info) =>
      serve(state, "deleteWebhook", info, (id) =>
        store.account(id).delete(webhookIdOf(info.params.webhook_id))
          ? info.response(200).json(true)
          : info.response(404).json(notFoundBody(info.params.webhook_id)),
      ),
    ),
  ];
}

/**
 * A stateful in-memory mock of Emma's webhook management API, built on openapi-msw with the
 * spec's `paths`: list, get, create (new id: one more than the highest so far), update, delete
 * one, delete all and the event list behave as documented. Each account has its own webhooks,
 * starting from `seed` (default: the spec's two examples). Every request needs HTTP Basic API
 * keys (401 otherwise, and for another account than `accountId` when one is set); unknown
 * webhook ids get 404; create and update bodies that contradict the spec, or name an event Emma
 * does not list, get 400 with JSON-pointer `details`. Every answer conforms to the spec.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { createEmmaClient } from "talkable-emma-webhooks/emma/client";
 * import { emmaApiHandlers } from "talkable-emma-webhooks/msw";
 *
 * const api = emmaApiHandlers({ seed: [{ event: "member_signup", url: "https://shop.example/emma" }] });
 * const server = setupServer(...api);
 * server.listen();
 * const emma = createEmmaClient({ accountId: 42, publicKey: "pub", privateKey: "priv" });
 * const { data } = await emma.listWebhooks(); // the seeded webhook, with id 1, of account 42
 * api.inject("listWebhooks", { status: 503, times: 1 }); // the next list answers 503
 * api.reset(); // back to the seed, no injections, empty request log
 * ```
 */
export function emmaApiHandlers(options: EmmaApiHandlersOptions = {}): EmmaApiHandlers {
  const http = createEmmaApiHttp(options.baseUrl);
  const state: MockState = {
    store: new EmmaApiStore(options.seed ?? exampleSeed),
    injections: new Injections(),
    log: [],
    accountId: options.accountId,
    credentials: options.credentials,
  };
  const events = http.get("/{account_id}/webhooks/events", (info) =>
    serve(state, "listWebhookEvents", info, () => info.response(200).json(state.store.events())),
  );
  // The event list goes first: `/webhooks/events` would otherwise match `/webhooks/{webhook_id}`.
  const handlers = [events, ...memberRoutes(http, state), ...collectionRoutes(http, state)];
  return Object.assign(handlers, {
    http,
    requests: state.log,
    inject: (operation: EmmaApiOperation, injection: EmmaApiInjection) =>
      state.injections.set(operation, injection),
    webhooks: (accountId?: number) => {
      const id = accountId ?? state.accountId;
      if (id !== undefined) return state.store.account(id).list();
      return state.store.accounts().flatMap((account) => account.list());
    },
    reset: () => {
      state.store.reset();
      state.injections.clear();
      state.log.length = 0;
    },
  });
}
