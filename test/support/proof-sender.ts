/**
 * The load-and-fault proof's sender: what a webhook vendor does, at volume. Each delivery is
 * POSTed until it gets a 2xx, with a short per-attempt timeout (it hangs up, which the receiver
 * sees), a small growing backoff and a bounded number of attempts; each attempt goes to a
 * random one of the receivers, so a retry may reach another process than the first try.
 * Written by hand: load generators (autocannon) repeat one request and do not retry.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { formContentType } from "./wire.js";

export interface SendOptions {
  /** The receivers' URLs; every attempt picks one at random. */
  readonly urls: readonly string[];
  /** How many deliveries are in flight at once. */
  readonly concurrency: number;
  /** The timeout of one attempt (ms), from the delivery's index and the attempt's number. */
  readonly timeoutMs: (index: number, attempt: number) => number;
  readonly maxAttempts: number;
}

/** What the sender saw: answers by status (`timeout` for its own hang-ups, `error` for others). */
export interface SendReport {
  readonly answers: Record<string, number>;
  readonly attempts: number;
  /** Indexes of the deliveries that never got a 2xx. */
  readonly undelivered: number[];
  readonly millis: number;
}

async function attempt(url: string, body: string, timeoutMs: number): Promise<string> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": formContentType },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return String(response.status);
  } catch (error) {
    return error instanceof DOMException && error.name === "TimeoutError" ? "timeout" : "error";
  }
}

/** Sends every body until each got a 2xx (or ran out of attempts). */
export async function sendAll(
  bodies: readonly string[],
  options: SendOptions,
): Promise<SendReport> {
  const answers: Record<string, number> = {};
  const undelivered: number[] = [];
  let attempts = 0;
  let next = 0;
  const started = performance.now();

  async function deliver(index: number): Promise<void> {
    for (let tries = 1; tries <= options.maxAttempts; tries += 1) {
      const url = options.urls[Math.floor(Math.random() * options.urls.length)] ?? "";
      const outcome = await attempt(url, bodies[index] ?? "", options.timeoutMs(index, tries));
      attempts += 1;
      answers[outcome] = (answers[outcome] ?? 0) + 1;
      if (/^2\d\d$/.test(outcome)) return;
      await sleep(Math.min(25 * 2 ** tries, 400) + Math.random() * 25);
    }
    undelivered.push(index);
  }

  const lane = async () => {
    while (next < bodies.length) await deliver(next++);
  };
  await Promise.all(Array.from({ length: options.concurrency }, lane));
  return { answers, attempts, undelivered, millis: performance.now() - started };
}
