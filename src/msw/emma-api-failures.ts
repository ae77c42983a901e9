import { emmaApiExamples } from "../../generated/emma/api-examples.js";
import type { EmmaApiErrorBody } from "./emma-api-checks.js";

/**
 * The operations of Emma's webhook management API, by the spec's `operationId`.
 *
 * @example
 * ```ts
 * import type { EmmaApiOperation } from "talkable-emma-webhooks/msw";
 * const operation: EmmaApiOperation = "listWebhooks";
 * ```
 */
export type EmmaApiOperation = keyof typeof emmaApiExamples;

/**
 * HTTP error statuses an injected failure may answer with (RFC 9110, plus 429).
 *
 * @example
 * ```ts
 * import type { EmmaApiErrorStatus } from "talkable-emma-webhooks/msw";
 * const status: EmmaApiErrorStatus = 503;
 * ```
 */
export type EmmaApiErrorStatus =
  400 | 401 | 403 | 404 | 405 | 408 | 409 | 413 | 415 | 422 | 429 | 500 | 502 | 503 | 504;

/** How many requests an injection applies to (default: every one, until `reset()`). */
interface Times {
  readonly times?: number;
  /** Wait this long before answering (or failing). */
  readonly delayMs?: number;
}

/**
 * What {@link EmmaApiHandlers.inject} makes one operation do instead of its normal answer:
 * answer an error status with the spec's error body (`{ error }`: the spec's example message
 * for a status the operation documents, the status text otherwise, or `error`), fail at the
 * network level (fetch rejects), or only answer late.
 *
 * @example
 * ```ts
 * import type { EmmaApiInjection } from "talkable-emma-webhooks/msw";
 * const outage: EmmaApiInjection = { status: 503, times: 1 };
 * const offline: EmmaApiInjection = { networkError: true };
 * const slow: EmmaApiInjection = { delayMs: 2_000 };
 * ```
 */
export type EmmaApiInjection =
  | (Times & { readonly status: EmmaApiErrorStatus; readonly error?: string })
  | (Times & { readonly networkError: true })
  | (Times & { readonly delayMs: number });

const statusTexts: Readonly<Record<EmmaApiErrorStatus, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** The body of an injected error: the spec's example for this operation and status, if any. */
export function injectedErrorBody(
  operation: EmmaApiOperation,
  status: EmmaApiErrorStatus,
  error: string | undefined,
): EmmaApiErrorBody {
  if (error !== undefined) return { error };
  const documented: Readonly<Record<string, { readonly default: unknown }>> =
    emmaApiExamples[operation];
  const example = documented[String(status)]?.default;
  const message =
    typeof example === "object" && example !== null && "error" in example ? example.error : null;
  return { error: typeof message === "string" ? message : statusTexts[status] };
}

/** The injections in force, by operation; each counts down its `times`. */
export class Injections {
  readonly #byOperation = new Map<
    EmmaApiOperation,
    { injection: EmmaApiInjection; left: number }
  >();

  set(operation: EmmaApiOperation, injection: EmmaApiInjection): void {
    const left = injection.times ?? Number.POSITIVE_INFINITY;
    if (!(left >= 1)) throw new RangeError("talkable-emma-webhooks: times must be 1 or more");
    this.#byOperation.set(operation, { injection, left });
  }

  /** The injection for this request, if any (and one fewer left). */
  take(operation: EmmaApiOperation): EmmaApiInjection | undefined {
    const entry = this.#byOperation.get(operation);
    if (!entry) return undefined;
    entry.left -= 1;
    if (entry.left <= 0) this.#byOperation.delete(operation);
    return entry.injection;
  }

  clear(): void {
    this.#byOperation.clear();
  }
}
