import { type WebhookError, errorBody } from "./errors.js";

/**
 * A receiver's answer as plain data, so each adapter writes it its own way (a Fetch `Response`,
 * or straight to a Node `ServerResponse`) without building the other.
 */
export interface WebhookAnswer {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body text, `""` for none. */
  readonly body: string;
}

const jsonHeaders = { "content-type": "application/json" } as const;

/** A 200 without a body: what a delivery that needs no JSON answer gets. */
export const emptyAnswer: WebhookAnswer = { status: 200, headers: {}, body: "" };

/** A 200 carrying JSON. */
export function jsonAnswer(value: unknown): WebhookAnswer {
  return { status: 200, headers: jsonHeaders, body: JSON.stringify(value) };
}

/** The JSON error answer of a refused or failed delivery. */
export function errorAnswer(error: WebhookError): WebhookAnswer {
  const headers: Record<string, string> = { ...jsonHeaders };
  if (error.code === "method_not_allowed") headers["allow"] = "POST";
  if (error.status === 503) headers["retry-after"] = "60";
  return { status: error.status, headers, body: JSON.stringify(errorBody(error)) };
}

function hasMembers(record: Readonly<Record<string, string>>): boolean {
  for (const _name in record) return true;
  return false;
}

/** The answer as a Fetch `Response`. */
export function toResponse(answer: WebhookAnswer): Response {
  const body = answer.body === "" ? null : answer.body;
  // Headers made from an empty record still cost their making.
  if (!hasMembers(answer.headers)) return new Response(body, { status: answer.status });
  return new Response(body, { status: answer.status, headers: answer.headers });
}
