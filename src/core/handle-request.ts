import { WebhookError, errorResponse } from "./errors.js";
import type { HandlerRegistry } from "./handlers.js";
import { assertMediaType } from "./media-type.js";
import { readBodyText } from "./read-body.js";

/** What one vendor plugs into the shared request flow. */
export interface RequestFlow<E> {
  readonly mediaType: string;
  readonly maxBodyBytes: number;
  readonly handlers: HandlerRegistry;
  /** Authenticates, parses and validates; throws {@link WebhookError}. */
  parse(body: string, request: Request): E | Promise<E>;
  /** Runs the handlers and builds the 2xx answer; throws {@link WebhookError}. */
  dispatch(event: E): Promise<Response>;
}

function asWebhookError(error: unknown): WebhookError {
  if (error instanceof WebhookError) return error;
  return new WebhookError("handler_failed", "the delivery could not be processed", {
    cause: error,
  });
}

/**
 * read body → authenticate → parse → validate → dispatch → answer. The 2xx is built only
 * after every handler finished; every failure becomes its JSON error answer, never a throw.
 */
export async function handleRequest<E>(request: Request, flow: RequestFlow<E>): Promise<Response> {
  try {
    if (request.method !== "POST") {
      throw new WebhookError("method_not_allowed", `expected POST, got ${request.method}`);
    }
    assertMediaType(request.headers.get("content-type"), flow.mediaType);
    const body = await readBodyText(request, flow.maxBodyBytes);
    const event = await flow.parse(body, request);
    return await flow.dispatch(event);
  } catch (error) {
    const failure = asWebhookError(error);
    await flow.handlers.report(failure);
    const response = errorResponse(failure);
    if (failure.status === 405) response.headers.set("allow", "POST");
    return response;
  }
}
