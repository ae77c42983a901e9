import type { ReceivedAnswer } from "./answer-check.js";
import { CliUsageError } from "./io.js";
import { redactUrl } from "./redact.js";
import type { OutgoingDelivery } from "./wire-encoding.js";

/** The answer to a request, and how long it took. */
export interface TimedAnswer extends ReceivedAnswer {
  readonly statusText: string;
  readonly ms: number;
}

function causeCode(error: unknown): string {
  // fetch reports "fetch failed"; the socket's reason (ECONNREFUSED, ...) is its cause's code.
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  if (typeof cause === "object" && cause !== null && "code" in cause) return String(cause.code);
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** POSTs the exact bytes with their content type; an unreachable URL says what to check. */
export async function postDelivery(
  delivery: OutgoingDelivery,
  timeoutMs = 30_000,
): Promise<TimedAnswer> {
  const started = performance.now();
  try {
    const response = await fetch(delivery.url, {
      method: "POST",
      headers: { "content-type": delivery.contentType },
      // A copy typed as backed by an ArrayBuffer, which is what fetch's BodyInit accepts.
      body: new Uint8Array(delivery.body),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.text();
    return {
      status: response.status,
      statusText: response.statusText,
      contentType: response.headers.get("content-type"),
      body,
      ms: Math.round(performance.now() - started),
    };
  } catch (error) {
    throw new CliUsageError(
      `could not reach ${redactUrl(delivery.url)} (${causeCode(error)}); is the receiver running? ` +
        "Start one with `talkable-emma-webhooks listen`, or check --to",
      1,
    );
  }
}

/** A target URL with the recorded query's parameters added, where it does not set them. */
export function withQuery(target: URL, query: URLSearchParams): URL {
  const url = new URL(target);
  for (const [name, value] of query) {
    if (!url.searchParams.has(name)) url.searchParams.append(name, value);
  }
  return url;
}
