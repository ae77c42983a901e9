import { http, HttpResponse, type HttpHandler } from "msw";
import type { components, operations } from "../../generated/emma/types.js";
import { emmaApiValidators } from "../../generated/emma/validators.js";
import {
  checkWebhookBody,
  type EmmaApiCredentials,
  type EmmaApiErrorBody,
  isAuthorized,
  notFoundBody,
  unauthorizedBody,
} from "./emma-api-checks.js";
import { emmaDefaultBaseUrl } from "../emma/client/base-url.js";
import { EmmaApiStore } from "./emma-api-store.js";

/**
 * Options of {@link emmaApiHandlers}.
 *
 * @example
 * ```ts
 * import type { EmmaApiHandlersOptions } from "talkable-emma-webhooks/msw";
 * const options: EmmaApiHandlersOptions = { accountId: 1759, credentials: { publicKey: "pub", privateKey: "priv" } };
 * ```
 */
export interface EmmaApiHandlersOptions {
  /** Where the mocked API lives (default `https://api.e2ma.net`). */
  readonly baseUrl?: string;
  /** The one account served (default: the spec example's account, 1759); others get 401. */
  readonly accountId?: number;
  /** The only API keys accepted; without them, any non-empty HTTP Basic pair is accepted. */
  readonly credentials?: EmmaApiCredentials;
}

/**
 * msw handlers for Emma's webhook management API, with the mock's state.
 *
 * @example
 * ```ts
 * import { emmaApiHandlers, type EmmaApiHandlers } from "talkable-emma-webhooks/msw";
 * const api: EmmaApiHandlers = emmaApiHandlers();
 * api.reset();
 * ```
 */
export interface EmmaApiHandlers extends Array<HttpHandler> {
  /** Restores the spec's example webhooks (for instance in `afterEach`). */
  reset(): void;
  /** A copy of the webhooks the mock holds now. */
  webhooks(): components["schemas"]["Webhook"][];
}

/** Every JSON body operation `Op` may answer, by the spec. */
type Answer<Op extends keyof operations> = {
  [S in keyof operations[Op]["responses"]]: operations[Op]["responses"][S] extends {
    content: { "application/json": infer Body };
  }
    ? Body
    : never;
}[keyof operations[Op]["responses"]];

interface AccountParams {
  account_id: string;
}
interface WebhookParams {
  account_id: string;
  webhook_id: string;
}

interface Context {
  readonly store: EmmaApiStore;
  readonly credentials: EmmaApiCredentials | undefined;
}

const deny = () => HttpResponse.json<EmmaApiErrorBody>(unauthorizedBody, { status: 401 });
const notFound = (id: string) =>
  HttpResponse.json<EmmaApiErrorBody>(notFoundBody(id), { status: 404 });
const badRequest = (body: EmmaApiErrorBody) =>
  HttpResponse.json<EmmaApiErrorBody>(body, { status: 400 });

/** The account id when the request may act on it; keys are for one account, so others get 401. */
function accountOf(request: Request, params: AccountParams, context: Context): number | undefined {
  if (!isAuthorized(request, context.credentials)) return undefined;
  if (!/^\d+$/.test(params.account_id)) return undefined;
  const id = Number(params.account_id);
  const served = context.store.accountId;
  return served === undefined || id === served ? id : undefined;
}

function webhookIdOf(params: WebhookParams, store: EmmaApiStore): number | undefined {
  if (!/^\d+$/.test(params.webhook_id)) return undefined;
  const id = Number(params.webhook_id);
  return store.get(id) ? id : undefined;
}

function collectionHandlers(base: string, context: Context): HttpHandler[] {
  const path = `${base}/:account_id/webhooks`;
  const { store } = context;
  return [
    http.get<AccountParams, never, Answer<"listWebhooks">>(path, ({ request, params }) =>
      accountOf(request, params, context) === undefined ? deny() : HttpResponse.json(store.list()),
    ),
    http.post<AccountParams, never, Answer<"createWebhook">>(path, async ({ request, params }) => {
      const account = accountOf(request, params, context);
      if (account === undefined) return deny();
      const validate = emmaApiValidators.createWebhook.request;
      const checked = checkWebhookBody(await request.text(), validate, store.eventNames);
      if ("error" in checked) return badRequest(checked.error);
      return HttpResponse.json(store.create(checked.body, account));
    }),
    http.delete<AccountParams, never, Answer<"deleteAllWebhooks">>(path, ({ request, params }) => {
      if (accountOf(request, params, context) === undefined) return deny();
      store.deleteAll();
      return HttpResponse.json(true);
    }),
  ];
}

function memberHandlers(base: string, context: Context): HttpHandler[] {
  const path = `${base}/:account_id/webhooks/:webhook_id`;
  const { store } = context;
  return [
    http.get<WebhookParams, never, Answer<"getWebhook">>(path, ({ request, params }) => {
      if (accountOf(request, params, context) === undefined) return deny();
      const id = webhookIdOf(params, store);
      const webhook = id === undefined ? undefined : store.get(id);
      return webhook ? HttpResponse.json(webhook) : notFound(params.webhook_id);
    }),
    http.put<WebhookParams, never, Answer<"updateWebhook">>(path, async ({ request, params }) => {
      if (accountOf(request, params, context) === undefined) return deny();
      const id = webhookIdOf(params, store);
      if (id === undefined) return notFound(params.webhook_id);
      const validate = emmaApiValidators.updateWebhook.request;
      const checked = checkWebhookBody(await request.text(), validate, store.eventNames);
      if ("error" in checked) return badRequest(checked.error);
      store.update(id, checked.body);
      return HttpResponse.json(id);
    }),
    http.delete<WebhookParams, never, Answer<"deleteWebhook">>(path, ({ request, params }) => {
      if (accountOf(request, params, context) === undefined) return deny();
      const id = webhookIdOf(params, store);
      return id !== undefined && store.delete(id)
        ? HttpResponse.json(true)
        : notFound(params.webhook_id);
    }),
  ];
}

/**
 * A stateful in-memory mock of Emma's webhook management API, seeded from the spec's examples:
 * list, get, create (new id: one more than the highest so far), update, delete one, delete all
 * and the event list behave as documented. Every request needs HTTP Basic API keys (401
 * otherwise, and for another account than the one served); unknown webhook ids get 404; create
 * and update bodies that contradict the spec, or name an event Emma does not list, get 400 with
 * JSON-pointer `details`. Every answer conforms to the spec.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { createEmmaClient } from "talkable-emma-webhooks/emma/client";
 * import { emmaApiHandlers } from "talkable-emma-webhooks/msw";
 *
 * const api = emmaApiHandlers();
 * const server = setupServer(...api);
 * server.listen();
 * const emma = createEmmaClient({ accountId: 1759, publicKey: "pub", privateKey: "priv" });
 * const { data } = await emma.listWebhooks(); // the spec's two example webhooks
 * api.reset();
 * ```
 */
export function emmaApiHandlers(options: EmmaApiHandlersOptions = {}): EmmaApiHandlers {
  const base = (options.baseUrl ?? emmaDefaultBaseUrl).replace(/\/+$/, "");
  const context: Context = {
    store: new EmmaApiStore(options.accountId),
    credentials: options.credentials,
  };
  const events = http.get<AccountParams, never, Answer<"listWebhookEvents">>(
    `${base}/:account_id/webhooks/events`,
    ({ request, params }) =>
      accountOf(request, params, context) === undefined
        ? deny()
        : HttpResponse.json(context.store.events()),
  );
  // The event list goes first: `/webhooks/events` would otherwise match `/webhooks/:webhook_id`.
  const handlers = [events, ...memberHandlers(base, context), ...collectionHandlers(base, context)];
  return Object.assign(handlers, {
    reset: () => context.store.reset(),
    webhooks: () => context.store.list(),
  });
}
