import { emmaApiExamples } from "../../generated/emma/api-examples.js";
import type { components } from "../../generated/emma/types.js";
import type { CompiledValidator } from "../core/compiled-validator.js";
import { WebhookError, type WebhookErrorDetail } from "../core/errors.js";
import { assertValid } from "../core/schema-issues.js";

/**
 * The spec's `ErrorResponse`, with the JSON-pointer `details` the mock adds to a 400 (the
 * schema is open, so the extra field still conforms).
 */
export type EmmaApiErrorBody = components["schemas"]["ErrorResponse"] & {
  readonly details?: readonly WebhookErrorDetail[];
};

/** API keys the mock accepts; without them, any non-empty pair is accepted. */
export interface EmmaApiCredentials {
  readonly publicKey: string;
  readonly privateKey: string;
}

export const unauthorizedBody: EmmaApiErrorBody = emmaApiExamples.listWebhooks["401"].default;
const invalidEventMessage = emmaApiExamples.createWebhook["400"].default.error;

export function notFoundBody(id: string): EmmaApiErrorBody {
  return { error: `Unable to find webhook with id ${id.slice(0, 32)}.` };
}

function decodeBasic(header: string | null): [string, string] | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return undefined;
  try {
    const binary = atob(match[1]);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const colon = text.indexOf(":");
    return colon === -1 ? undefined : [text.slice(0, colon), text.slice(colon + 1)];
  } catch {
    return undefined;
  }
}

/** HTTP Basic with a non-empty public and private key (the configured ones, when given). */
export function isAuthorized(
  request: Request,
  credentials: EmmaApiCredentials | undefined,
): boolean {
  const pair = decodeBasic(request.headers.get("authorization"));
  if (!pair || pair[0] === "" || pair[1] === "") return false;
  return !credentials || (pair[0] === credentials.publicKey && pair[1] === credentials.privateKey);
}

function invalid(message: string, pointer: string): EmmaApiErrorBody {
  return { error: message, details: [{ pointer, message: `${pointer || "/"} ${message}` }] };
}

/**
 * Checks a create or update body: JSON, the spec's schema, a URL that is an absolute URI
 * (`format: uri`, which the compiled validators leave as an annotation), and an event Emma
 * lists. Returns the 400 body, or undefined when the body is acceptable.
 */
export function checkWebhookBody<T>(
  text: string,
  validate: CompiledValidator<T>,
  eventNames: ReadonlySet<string>,
): { readonly body: T } | { readonly error: EmmaApiErrorBody } {
  let value: unknown;
  try {
    value = JSON.parse(text);
    assertValid(validate, value, "", "the request body");
  } catch (error) {
    if (error instanceof WebhookError)
      return { error: { error: error.message, details: error.details } };
    return { error: invalid("The request body is not valid JSON.", "") };
  }
  const fields: { readonly url?: unknown; readonly event?: unknown } = value ?? {};
  if (typeof fields.url === "string" && !URL.canParse(fields.url)) {
    return { error: invalid("The url is not an absolute URI.", "/url") };
  }
  if (typeof fields.event === "string" && !eventNames.has(fields.event)) {
    return { error: invalid(invalidEventMessage, "/event") };
  }
  return { body: value };
}
