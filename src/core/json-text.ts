import { WebhookError } from "./errors.js";

/**
 * Parses JSON text that must hold an object. `JSON.parse` creates `__proto__` as a plain own
 * property, so nothing parsed here can change a prototype.
 */
export function parseJsonObject(text: string, pointer: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const message = `${pointer || "the body"} is not valid JSON`;
    throw new WebhookError("malformed_body", message, { cause, details: [{ pointer, message }] });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const message = `${pointer || "the body"} must be a JSON object`;
    throw new WebhookError("malformed_body", message, { details: [{ pointer, message }] });
  }
  return value as Record<string, unknown>;
}
