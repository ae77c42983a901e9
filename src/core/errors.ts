/** The package name every error message starts with. */
export const packageName = "talkable-emma-webhooks";

/**
 * Every way a delivery can be refused or fail, with the HTTP status the receiver answers.
 * The codes are stable: match on them, never on messages. Every status that is not 2xx makes
 * the vendors send the delivery again; 400, 401, 413 and 415 will fail the same way next time.
 * Answers written before the whole body arrived (413, 408) close the connection.
 */
export const errorStatuses = {
  method_not_allowed: 405,
  unsupported_media_type: 415,
  body_too_large: 413,
  body_timeout: 408,
  malformed_url: 400,
  malformed_body: 400,
  unauthorized: 401,
  unknown_webhook: 400,
  invalid_payload: 400,
  delivery_in_progress: 409,
  handler_failed: 500,
  body_already_parsed: 500,
  handler_timeout: 503,
  handoff_failed: 503,
  client_aborted: 499,
} as const;

/** A stable error code (see the README's error table). */
export type WebhookErrorCode = keyof typeof errorStatuses;

/** One precise reason, pointing at the offending field where there is one. */
export interface WebhookErrorDetail {
  /** JSON pointer (RFC 6901) into the decoded delivery, e.g. `/payload/campaign/id`. */
  readonly pointer: string;
  readonly message: string;
}

/** Options of {@link WebhookError}. */
export interface WebhookErrorOptions {
  readonly details?: readonly WebhookErrorDetail[];
  readonly cause?: unknown;
}

/**
 * The one error type of the package: a stable `code`, the HTTP `status` that code answers,
 * and `details` with JSON pointers where the problem is in a field.
 *
 * @example
 * ```ts
 * import { WebhookError } from "talkable-emma-webhooks/talkable";
 * try {
 *   await webhooks.verifyAndParse(body);
 * } catch (error) {
 *   if (error instanceof WebhookError && error.code === "unauthorized") console.warn("forged");
 * }
 * ```
 */
export class WebhookError extends Error {
  override readonly name = "WebhookError";
  readonly code: WebhookErrorCode;
  readonly status: (typeof errorStatuses)[WebhookErrorCode];
  readonly details: readonly WebhookErrorDetail[];

  constructor(code: WebhookErrorCode, message: string, options: WebhookErrorOptions = {}) {
    super(
      `${packageName}: ${message}`,
      options.cause === undefined ? {} : { cause: options.cause },
    );
    this.code = code;
    this.status = errorStatuses[code];
    this.details = options.details ?? [];
  }
}

/** The JSON body of every error answer: `{"error": {"code", "message", "details"?}}`. */
export interface ErrorBody {
  readonly error: {
    readonly code: WebhookErrorCode;
    readonly message: string;
    readonly details?: readonly WebhookErrorDetail[];
  };
}

/**
 * Every authentication failure is answered alike, so an unauthenticated caller learns nothing
 * (not which site slugs exist, not whether the key or the token was wrong); the precise reason
 * goes to `onError` only.
 */
const unauthorizedMessage = `${packageName}: the delivery could not be authenticated`;

/** The JSON error body of an answer. Messages never contain secrets: none are ever put in them. */
export function errorBody(error: WebhookError): ErrorBody {
  if (error.code === "unauthorized") {
    return { error: { code: error.code, message: unauthorizedMessage } };
  }
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details.length > 0 ? { details: error.details } : {}),
    },
  };
}
