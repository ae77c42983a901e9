import { type DefaultBodyType, delay, HttpResponse } from "msw";
import {
  type EmmaApiCredentials,
  type EmmaApiErrorBody,
  isAuthorized,
  unauthorizedBody,
} from "./emma-api-checks.js";
import { type EmmaApiOperation, injectedErrorBody, type Injections } from "./emma-api-failures.js";
import type { EmmaApiStore } from "./emma-api-store.js";

/**
 * One request the mock answered, in the request log.
 *
 * @example
 * ```ts
 * import type { EmmaApiRequestRecord } from "talkable-emma-webhooks/msw";
 * const created = (log: readonly EmmaApiRequestRecord[]) =>
 *   log.filter((entry) => entry.operation === "createWebhook" && entry.status === 200);
 * ```
 */
export interface EmmaApiRequestRecord {
  readonly operation: EmmaApiOperation;
  readonly method: string;
  readonly url: string;
  /** The account in the path (undefined when it is not a positive integer). */
  readonly accountId: number | undefined;
  /** The JSON request body, parsed (the raw text when it is not JSON; undefined when empty). */
  readonly body: unknown;
  /** The status answered, or `"network-error"` for an injected network failure. */
  readonly status: number | "network-error";
}

/** What the routes share: state, injections, the log and the options about accounts. */
export interface MockState {
  readonly store: EmmaApiStore;
  readonly injections: Injections;
  readonly log: EmmaApiRequestRecord[];
  readonly accountId: number | undefined;
  readonly credentials: EmmaApiCredentials | undefined;
}

/** The part of openapi-msw's resolver info a route passes on. */
export interface RouteInfo<Body extends DefaultBodyType> {
  readonly request: Request;
  readonly params: { readonly account_id: string };
  readonly response: { untyped(response: Response): HttpResponse<Body> };
}

function parseAccount(text: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : undefined;
}

function parseBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Runs one route: applies an injected delay or failure, checks the keys and the account (Emma's
 * keys belong to one account, so another account gets 401), then answers with the request's
 * body text, and logs it all.
 */
export async function serve<Body extends DefaultBodyType>(
  state: MockState,
  operation: EmmaApiOperation,
  info: RouteInfo<Body>,
  answer: (accountId: number, body: string) => HttpResponse<Body> | Promise<HttpResponse<Body>>,
): Promise<HttpResponse<Body>> {
  const { request } = info;
  const accountId = parseAccount(info.params.account_id);
  const base = { operation, method: request.method, url: request.url, accountId };
  const text = await request.text();
  const record = { ...base, body: parseBody(text) };
  const injection = state.injections.take(operation);
  if (injection?.delayMs !== undefined) await delay(injection.delayMs);
  if (injection && "networkError" in injection) {
    state.log.push({ ...record, status: "network-error" });
    return info.response.untyped(HttpResponse.error());
  }
  let response: HttpResponse<Body>;
  if (injection && "status" in injection) {
    const body = injectedErrorBody(operation, injection.status, injection.error);
    response = info.response.untyped(HttpResponse.json(body, { status: injection.status }));
  } else if (
    accountId === undefined ||
    !isAuthorized(request, state.credentials) ||
    (state.accountId !== undefined && state.accountId !== accountId)
  ) {
    const denied = HttpResponse.json<EmmaApiErrorBody>(unauthorizedBody, { status: 401 });
    response = info.response.untyped(denied);
  } else {
    state.store.account(accountId); // the account is now in use, even if the answer is a 400
    response = await answer(accountId, text);
  }
  state.log.push({ ...record, status: response.status });
  return response;
}
