import { type BodyDeadline, readWithDeadline } from "./body-deadline.js";
import { WebhookError } from "./errors.js";
import { assertTextWithinLimit, bodyTooLarge, decodeUtf8 } from "./read-body.js";

/** Request headers as Fetch (`Headers`) or Node (`IncomingMessage.headers`) carries them. */
export type IncomingHeaders =
  Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Reads the body under `limit` bytes (refusing a larger one with 413 as soon as it is seen),
 * and stops at `deadline`. The receivers always pass one, and answer 408 `body_timeout` at it
 * whatever the reader does; it is optional only so that a reader can be called without one.
 * Called only once the method, media type and URL-borne credentials were checked.
 */
export type BodyReader = (limit: number, deadline?: BodyDeadline) => Promise<Uint8Array | string>;

/**
 * One HTTP request as any adapter sees it: what `receive` takes.
 *
 * @example
 * ```ts
 * import type { IncomingDelivery } from "talkable-emma-webhooks/talkable";
 * const delivery: IncomingDelivery = {
 *   method: "POST",
 *   url: "/webhooks/talkable",
 *   headers: { "content-type": "application/x-www-form-urlencoded" },
 *   body: "key=...&site=my-shop&type=referral_web_hook&payload=...",
 * };
 * ```
 */
export interface IncomingDelivery {
  readonly method: string;
  /** The request target as received (`/hooks?token=...`) or an absolute URL. */
  readonly url: string;
  readonly headers: IncomingHeaders;
  /** The raw body: bytes, text, or a reader that streams it under the receiver's limit. */
  readonly body: Uint8Array | string | BodyReader;
  /** Aborts when the sender hangs up; handlers see it through their `signal`. */
  readonly signal?: AbortSignal;
  /**
   * Whether the sender hung up, when that is cheaper to ask than making `signal` (the Node
   * adapter makes its signal only if a handler reads one).
   */
  readonly hungUp?: () => boolean;
  /**
   * Keeps the runtime alive for work that goes on after the answer (drift reports): a Worker's
   * `ctx.waitUntil`, or an adapter that must await it before it may answer (Lambda freezes
   * its sandbox as soon as the handler resolves).
   */
  readonly waitUntil?: ((work: Promise<unknown>) => void) | undefined;
}

/** What authentication may look at before the body is read. */
export interface RequestHead {
  header(name: string): string | undefined;
  query(name: string): string | undefined;
}

/** A head that carries nothing: what a raw body comes with. */
export const emptyHead: RequestHead = { header: () => undefined, query: () => undefined };

function headerLookup(headers: IncomingHeaders): (name: string) => string | undefined {
  if (headers instanceof Headers) return (name) => headers.get(name) ?? undefined;
  return (name) => {
    const value = headers[name];
    return typeof value === "string" || value === undefined ? value : value.join(", ");
  };
}

function searchOf(url: string): URLSearchParams {
  try {
    return new URL(url, "http://localhost").searchParams;
  } catch (cause) {
    throw new WebhookError("malformed_url", "the request URL cannot be parsed", { cause });
  }
}

/**
 * Whether no URL parser can refuse `url`: a target that starts with one `/`, not followed by
 * another slash, a backslash, or a tab or line break (which parsers drop first), is a path, and
 * paths, queries and fragments are never refused, only escaped.
 */
function isPlainPath(url: string): boolean {
  if (url.charCodeAt(0) !== 0x2f) return false;
  const second = url.charCodeAt(1);
  return (
    second !== 0x2f && second !== 0x5c && second !== 0x09 && second !== 0x0a && second !== 0x0d
  );
}

/**
 * The request head. A target no URL parser accepts is refused at once with 400; the query is
 * parsed once, when a credential is first looked for in it (Talkable's never are).
 */
export function readHead(delivery: IncomingDelivery): RequestHead {
  const { url } = delivery;
  let search = isPlainPath(url) ? undefined : searchOf(url);
  return {
    header: headerLookup(delivery.headers),
    query: (name) => (search ??= searchOf(url)).get(name) ?? undefined,
  };
}

/**
 * Reads the body as UTF-8 text under the limit, whatever form the adapter gave it in. A reader
 * runs under a deadline of `timeoutMs` from now; bytes or text in hand are complete already.
 */
export async function readBodyText(
  delivery: IncomingDelivery,
  head: RequestHead,
  limit: number,
  timeoutMs: number,
): Promise<string> {
  const declared = head.header("content-length");
  if (declared !== undefined && Number(declared) > limit) throw bodyTooLarge(limit);
  const { body } = delivery;
  let content: Uint8Array | string;
  try {
    content = typeof body === "function" ? await readWithDeadline(body, limit, timeoutMs) : body;
  } catch (error) {
    if (error instanceof WebhookError) throw error;
    throw new WebhookError("client_aborted", "the sender hung up before the body ended", {
      cause: error,
    });
  }
  return givenBodyText(content, limit);
}

/** A body given whole, as bytes or text, as UTF-8 text under the limit; no promise involved. */
export function givenBodyText(content: Uint8Array | string, limit: number): string {
  if (typeof content === "string") {
    assertTextWithinLimit(content, limit);
    return content;
  }
  if (content.byteLength > limit) throw bodyTooLarge(limit);
  return decodeUtf8(content);
}
