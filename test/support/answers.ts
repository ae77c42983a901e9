import { expect } from "vitest";
import type { ErrorBody, WebhookErrorCode } from "talkable-emma-webhooks/talkable";
import type { RawAnswer } from "./raw-post.js";

/** Reads a fetch `Response` into the same shape {@link rawPost} gives. */
export async function readAnswer(response: Response): Promise<RawAnswer> {
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? undefined,
    text: await response.text(),
  };
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/** POSTs `body` with fetch; `contentType: null` sends bytes, so no Content-Type is added. */
export async function post(
  url: string,
  body: string | Uint8Array<ArrayBuffer>,
  contentType: string | null,
  headers: Readonly<Record<string, string>> = {},
): Promise<RawAnswer> {
  const bytes = typeof body === "string" && contentType === null ? utf8(body) : body;
  const response = await fetch(url, {
    method: "POST",
    headers: contentType === null ? headers : { ...headers, "content-type": contentType },
    body: bytes,
  });
  return readAnswer(response);
}

/**
 * Asserts an error answer: its status, JSON content type, the exact `{"error": {...}}` shape
 * with its code, and that none of `secrets` appears anywhere in it. Returns the parsed body.
 */
export function expectError(
  answer: RawAnswer,
  status: number,
  code: WebhookErrorCode,
  secrets: readonly string[],
): ErrorBody {
  for (const secret of secrets) expect(answer.text).not.toContain(secret);
  expect(answer.status, answer.text).toBe(status);
  expect(answer.contentType).toMatch(/^application\/json\b/);
  const body: unknown = JSON.parse(answer.text);
  expect(body).toEqual({
    error: {
      code,
      message: expect.stringMatching(/^talkable-emma-webhooks: \S/) as unknown,
      ...(answer.text.includes('"details"') ? { details: expect.any(Array) as unknown } : {}),
    },
  });
  return body as ErrorBody;
}

/** The JSON pointers of an error body's details. */
export function pointersOf(body: ErrorBody): string[] {
  return (body.error.details ?? []).map((detail) => detail.pointer);
}
