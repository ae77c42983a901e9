/** The package name every error message starts with. */
export const packageName = "talkable-emma-webhooks";

/**
 * Every way a delivery can be refused, with the HTTP status the receiver answers.
 * The codes are stable: match on them, never on messages.
 */
export const errorStatuses = {
  method_not_allowed: 405,
  unsupported_media_type: 415,
  body_too_large: 413,
  malformed_body: 400,
  unauthorized: 401,
  unknown_webhook: 400,
  invalid_payload: 400,
  handler_failed: 500,
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

/** Turns an error into its answer. Messages never contain secrets: none are ever put in them. */
export function errorResponse(error: WebhookError): Response {
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details.length > 0 ? { details: error.details } : {}),
    },
  };
  return Response.json(body, { status: error.status });
}
