import { type WebhookAnswer, errorAnswer, toResponse } from "./answer.js";
import { alreadyDone, runClaimed } from "./claimed-run.js";
import { type OuterSignal, runWithDeadline } from "./deadline.js";
import { withDeliveryId } from "./delivery-id.js";
import { FetchDelivery, type HandleContext } from "./fetch-delivery.js";
import type { DeliveryHandoff } from "./handoff.js";
import { WebhookError } from "./errors.js";
import {
  type DriftHandler,
  type ErrorHandler,
  type HandlerContext,
  HandlerRegistry,
} from "./handlers.js";
import {
  type IncomingDelivery,
  type RequestHead,
  givenBodyText,
  readBodyText,
  readHead,
} from "./incoming.js";
import { assertMediaType } from "./media-type.js";
import type { ReceiverSettings } from "./receiver-options.js";
import type { VendorFlow } from "./vendor-flow.js";

type AnyHandler = (event: never, context: HandlerContext) => unknown;

/** What `verifyAndParse` takes beside the body; a vendor adds its own (Emma: `token`). */
export interface VerifyOptions {
  readonly contentType?: string;
}

/**
 * The one receiver mechanism both vendors' receivers are made of. Its methods are what the
 * public `TalkableWebhooks` and `EmmaWebhooks` declare, more loosely typed: the vendor's
 * interface narrows them, and nothing else is reachable at run time.
 */
export interface CoreReceiver<E, O extends VerifyOptions> {
  on(name: string, handler: AnyHandler): void;
  onAny(handler: AnyHandler): void;
  onError(handler: ErrorHandler): void;
  onDrift(handler: (report: never) => unknown): void;
  handle(request: Request, context?: HandleContext): Promise<Response>;
  receive(delivery: IncomingDelivery): Promise<WebhookAnswer>;
  verifyAndParse(body: string | Uint8Array, options?: O): Promise<E>;
  run(event: unknown, options?: { readonly signal?: AbortSignal }): Promise<void>;
}

const accepted: WebhookAnswer = { status: 202, headers: {}, body: "" };

function senderLeft(delivery: IncomingDelivery): boolean {
  return delivery.hungUp ? delivery.hungUp() : delivery.signal?.aborted === true;
}

function hungUp(cause?: unknown): WebhookError {
  const message = "the sender hung up before the answer; it will send the delivery again";
  return new WebhookError("client_aborted", message, { cause });
}

function asWebhookError(error: unknown): WebhookError {
  if (error instanceof WebhookError) return error;
  return new WebhookError("handler_failed", "the delivery could not be processed", {
    cause: error,
  });
}

/**
 * Builds a receiver from what one vendor supplies. The flow of every delivery:
 * method → URL → media type → URL/header credentials → body (under the limit) → body
 * credentials, parse, validate → delivery id → question inline | queue hand-off | idempotency
 * claim → handlers under a deadline → answer. A 2xx is built only after the handlers finished
 * or the queue acknowledged the job; every failure becomes its JSON error answer, never a throw.
 */
export function createReceiver<E extends { readonly id: string }, O extends VerifyOptions>(
  flow: VendorFlow<E>,
  settings: ReceiverSettings,
  verifyHead: (options: O | undefined) => RequestHead,
): CoreReceiver<E, O> {
  const registry = new HandlerRegistry();
  // Long enough for handlers that stop at their deadline's signal to settle after it; short
  // enough that a crashed process does not block the sender's retries for long.
  const leaseMs = settings.handlerTimeoutMs * 2 + 1_000;

  function toEvent(body: string, head: RequestHead): E | Promise<E> {
    const { event, idParts } = flow.parse(body, head);
    // `E` is the vendor's event with `id`, which TypeScript cannot see through an `Omit`.
    return withDeliveryId(event, idParts) as unknown as E | Promise<E>;
  }

  /** Runs the handlers; stays synchronous while they do (see {@link runWithDeadline}). */
  function runInline(
    event: E,
    outer?: OuterSignal,
    onStart?: (running: Promise<unknown>) => void,
  ): WebhookAnswer | Promise<WebhookAnswer> {
    const name = flow.nameOf(event);
    const results = runWithDeadline(
      (context) => registry.run(name, event, context),
      settings.handlerTimeoutMs,
      outer,
      onStart,
    );
    if (results instanceof Promise) return results.then((ended) => flow.answer(event, ended));
    return flow.answer(event, results);
  }

  async function runOnce(event: E, outer?: OuterSignal): Promise<WebhookAnswer> {
    const store = settings.idempotency;
    if (!store) return await runInline(event, outer);
    const run = (onStart: (running: Promise<unknown>) => void) => runInline(event, outer, onStart);
    return runClaimed(store, event.id, leaseMs, run, (error) => registry.report(error));
  }

  function dispatch(event: E, outer?: OuterSignal): WebhookAnswer | Promise<WebhookAnswer> {
    if (flow.isQuestion(event)) return runInline(event, outer);
    if (settings.handoff) return handOff(settings.handoff, event);
    return settings.idempotency ? runOnce(event, outer) : runInline(event, outer);
  }

  async function handOff(handoff: DeliveryHandoff, event: E): Promise<WebhookAnswer> {
    try {
      await handoff({ vendor: flow.vendor, event });
    } catch (cause) {
      throw new WebhookError("handoff_failed", "the delivery could not be queued", { cause });
    }
    return accepted;
  }

  /**
   * Tells drift handlers, on a later turn of the event loop, what an accepted event carries that
   * the spec does not describe: the answer is already on its way, and a slow or failing handler
   * cannot reach it. Without a drift handler nothing is computed, nor the drift tree loaded.
   */
  function reportDrift(event: E, waitUntil?: (work: Promise<unknown>) => void): void {
    if (!registry.drifts) return;
    const work = new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(() => flow.drift(event))
      .then(({ findings, truncated }) => {
        if (findings.length === 0) return;
        const report = { vendor: flow.vendor, type: flow.nameOf(event), id: event.id };
        return registry.reportDrift({ ...report, findings, truncated });
      })
      .catch(() => undefined);
    waitUntil?.(work);
  }

  async function receive(delivery: IncomingDelivery): Promise<WebhookAnswer> {
    try {
      if (delivery.method !== "POST") {
        const shown = JSON.stringify(delivery.method.slice(0, 32));
        throw new WebhookError("method_not_allowed", `expected POST, got ${shown}`);
      }
      const head = readHead(delivery);
      assertMediaType(head.header("content-type"), flow.mediaType);
      flow.authenticateHead(head);
      const body = await readBodyText(
        delivery,
        head,
        settings.maxBodyBytes,
        settings.bodyTimeoutMs,
      );
      const parsed = toEvent(body, head);
      const event = parsed instanceof Promise ? await parsed : parsed;
      const answered = dispatch(event, () => delivery.signal);
      const answer = answered instanceof Promise ? await answered : answered;
      // Only error handlers hear of a hang-up after success: without one, asking is not needed.
      if (registry.reports && senderLeft(delivery)) await registry.report(hungUp());
      // A duplicate (already done) was reported when it first ran.
      if (answer.status < 300 && answer !== alreadyDone) reportDrift(event, delivery.waitUntil);
      return answer;
    } catch (error) {
      // Handlers that stopped because the sender left (their signal aborted) did not fail.
      const failure =
        asWebhookError(error).code === "handler_failed" && senderLeft(delivery)
          ? hungUp(error)
          : asWebhookError(error);
      await registry.report(failure);
      return errorAnswer(failure);
    }
  }

  return {
    on: (name, handler) => registry.add(name, handler),
    onAny: (handler) => registry.addAny(handler),
    onError: (handler) => registry.addError(handler),
    // The vendor's interface types the report; the registry holds every handler alike.
    onDrift: (handler) => registry.addDrift(handler as DriftHandler),
    receive,
    async handle(request, context) {
      return toResponse(await receive(new FetchDelivery(request, context)));
    },
    async verifyAndParse(body, options) {
      if (options?.contentType !== undefined) assertMediaType(options.contentType, flow.mediaType);
      const head = verifyHead(options);
      flow.authenticateHead(head);
      // The body's own limit only: the head built for credentials carries no Content-Length.
      // A body in hand needs no deadline, and no promise until the end: nothing here waits.
      const parsed = toEvent(givenBodyText(body, settings.maxBodyBytes), head);
      const event = parsed instanceof Promise ? await parsed : parsed;
      reportDrift(event);
      return event;
    },
    async run(event, options = {}) {
      await runOnce(flow.recheck(event), () => options.signal);
    },
  };
}
