/**
 * What the load-and-fault proof's receivers and workers share (test/integration/scale-proof-*):
 * the deliveries, the faults each one meets, and the handler whose side effect is counted.
 *
 * Delivery `index` carries its number in the payload (a custom property), so every body, hence
 * every delivery id, differs. Its fault plan says what each successive handler run does
 * (counted per delivery id with `INCR attempts:<id>`): throw, hang past the deadline, or (once
 * the plan is used up) succeed. Success ends with the side effect `INCR done:<id>`; the proof
 * checks that every id ends with exactly 1.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import type { TalkableEventOf, TalkableWebhooks } from "talkable-emma-webhooks/talkable";
import { encodeTalkableBody, firstTalkableExample } from "./wire.js";

export const proofKey = "proof-site-key-0123456789abcdef";
/** Short, so hangs resolve fast; far above the success path (two Redis round trips). */
export const proofHandlerTimeoutMs = 400;

export type ProofFault = "throw" | "hang";

/** Three deliveries in ten meet faults: 10% throw once, 10% hang once, 10% throw then hang. */
export function faultPlan(index: number): readonly ProofFault[] {
  const plans: readonly (readonly ProofFault[])[] = [[], ["throw"], ["hang"], ["throw", "hang"]];
  return plans[index % 10] ?? [];
}

/** Delivery `index` as Talkable sends it: an offer signup with the index in the payload. */
export function proofBody(index: number): string {
  const example = firstTalkableExample("offer_signup_web_hook");
  const payload = { ...example.payload, custom_properties: { proof: index } };
  return encodeTalkableBody({ ...example, key: proofKey, payload });
}

function indexOf(event: TalkableEventOf<"offer_signup_web_hook">): number {
  const index = event.payload.custom_properties?.["proof"];
  if (typeof index !== "number") throw new Error("not a delivery of the proof");
  return index;
}

/** Resolves never; rejects with the signal's reason once it aborts. */
function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    const stop = () =>
      reject(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
    if (signal.aborted) stop();
    else signal.addEventListener("abort", stop, { once: true });
  });
}

export interface ProofHandlerOptions {
  /** Called just before the side effect (a worker uses it to pause before its planned kill). */
  readonly beforeEffect?: () => Promise<void> | void;
  /** Called once the side effect has landed or failed. */
  readonly afterEffect?: () => void;
  /** Extra work of a successful run, in ms (the bench uses 0; faults never need it). */
  readonly workMs?: number;
}

/**
 * Registers the proof's handler. A well-behaved handler under a deadline: a "hang" waits on its
 * signal and rejects when it aborts (at `handlerTimeoutMs`, or when the sender hangs up), and
 * the handler checks the signal once more right before its side effect, so a run the receiver
 * has given up on (answered 503 and released, or abandoned by the sender) never performs it.
 */
export function registerProofHandler(
  webhooks: TalkableWebhooks,
  redis: Redis,
  options: ProofHandlerOptions = {},
): void {
  webhooks.on("offer_signup_web_hook", async (event, { signal }) => {
    const run = await redis.incr(`attempts:${event.id}`);
    const fault = faultPlan(indexOf(event))[run - 1];
    if (fault === "throw") throw new Error(`planned failure of run ${run}`);
    if (fault === "hang") await untilAborted(signal);
    if (options.workMs) await sleep(options.workMs, undefined, { signal });
    await options.beforeEffect?.();
    try {
      signal.throwIfAborted();
      await redis.incr(`done:${event.id}`);
    } finally {
      options.afterEffect?.();
    }
    // The run was aborted while its effect was on its way. After a hang-up the receiver still
    // records the success; after the deadline it has answered 503 and released the claim, so a
    // retry can run the handler again: printed to explain a duplicate, should one occur.
    if (signal.aborted) console.error(`proof: late effect of ${event.id}`);
  });
}
