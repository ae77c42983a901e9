/**
 * Deliveries per second on loopback, inline against queue hand-off (for npm run bench), and
 * the per-delivery cost of the idempotency stores (scripts/bench/stores.ts). Every request is
 * a distinct delivery (its own id), as a sender's traffic is: a repeated body would only
 * measure the "already done" answer. The server runs the built package (dist/) in a process
 * of its own; autocannon (50 connections) loads it, a warm-up then a measured run, in two
 * rounds (the better counts); a throwaway redis-server serves the store and the queue.
 * Standalone:
 * `npm run compile && tsx scripts/bench/scale.ts`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { proofBody, proofKey } from "../../test/support/proof-handlers.js";
import { startRedis } from "../../test/support/redis.js";
import { type StoreFigures, benchIdempotencyStores } from "./stores.js";
import type * as BullmqApi from "../../src/bullmq/index.js";
import type * as IdempotencyApi from "../../src/idempotency/index.js";
import type * as NodeApi from "../../src/node/index.js";
import type * as TalkableApi from "../../src/talkable/index.js";

const durationSeconds = Number(process.env["BENCH_SECONDS"] ?? 5);
const modes = {
  inline: "inline, no idempotency store (the floor)",
  redis: "inline, createRedisIdempotencyStore",
  queue: "queue hand-off, createBullmqHandoff (202 once queued)",
} as const;
type Mode = keyof typeof modes;

/** Deliveries per second of each mode, and the stores' medians in µs per delivery. */
export interface ScaleFigures {
  readonly rates: Record<Mode, number>;
  readonly stores: StoreFigures;
}

/** The server of one mode: the offer signup webhook with a no-op handler. */
async function serve(mode: Mode, url: string): Promise<void> {
  const load = async <T>(name: string) => (await import(resolve(`dist/${name}.js`))) as T;
  const talkable = await load<typeof TalkableApi>("talkable");
  const node = await load<typeof NodeApi>("node");
  const redis = new Redis(url);
  const options = { key: proofKey };
  let webhooks: TalkableApi.TalkableWebhooks;
  if (mode === "redis") {
    const { createRedisIdempotencyStore } = await load<typeof IdempotencyApi>("idempotency");
    webhooks = talkable.createTalkableWebhooks({
      ...options,
      idempotency: createRedisIdempotencyStore(redis),
    });
  } else if (mode === "queue") {
    const { createBullmqHandoff } = await load<typeof BullmqApi>("bullmq");
    const { hostname, port } = new URL(url);
    const connection = { host: hostname, port: Number(port), enableOfflineQueue: false };
    const queue = new Queue<BullmqApi.HandoffDelivery>("bench", { connection });
    await queue.waitUntilReady();
    webhooks = talkable.createTalkableWebhooks({ ...options, handoff: createBullmqHandoff(queue) });
  } else {
    webhooks = talkable.createTalkableWebhooks(options);
  }
  webhooks.on("offer_signup_web_hook", () => undefined);
  const middleware = node.toNodeMiddleware(webhooks);
  const server = createServer((request, response) => void middleware(request, response));
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => console.log(String((server.address() as AddressInfo).port)));
}

function start(mode: Mode, url: string): Promise<{ child: ChildProcess; port: number }> {
  const script = "scripts/bench/scale.ts";
  const child = spawn(process.execPath, ["--import", "tsx", script, "serve", mode, url], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once("data", (data: Buffer) =>
      resolve({ child, port: Number(String(data).trim()) }),
    );
    child.once("error", reject);
  });
}

// One encoded body with a placeholder number; each request puts the next number in its place,
// which changes the payload, hence the delivery id. Encoding each body anew would load the
// generator more than the server.
const placeholder = 987_654_321_987;
const template = proofBody(placeholder);
let next = 1_000_000_000_000;

async function load(port: number, seconds: number): Promise<number> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/`,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        setupRequest: (request) => {
          next += 1;
          return { ...request, body: template.replace(String(placeholder), String(next)) };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${port}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return result.requests.average;
}

/** Measures and prints each mode's deliveries per second, then the stores' cost. */
export async function benchScale(): Promise<ScaleFigures> {
  const redis = await startRedis();
  try {
    const rates: Partial<Record<Mode, number>> = {};
    // Two rounds in alternation, the better run counts: other load on the machine weighs less.
    for (let round = 0; round < 2; round += 1) {
      for (const mode of Object.keys(modes) as Mode[]) {
        const { child, port } = await start(mode, redis.url);
        try {
          await load(port, 2);
          rates[mode] = Math.max(rates[mode] ?? 0, await load(port, durationSeconds));
        } finally {
          child.kill();
        }
      }
    }
    const size = template.length;
    console.log(
      `\nDistinct deliveries per second, loopback, ${size}-byte offer signup, 50 connections`,
    );
    for (const [mode, label] of Object.entries(modes) as [Mode, string][]) {
      const rate = rates[mode] ?? 0;
      const ratio = (rate / (rates.inline ?? 1)).toFixed(2);
      console.log(`  ${label.padEnd(58)} ${rate.toFixed(0).padStart(8)} /s  ${ratio}×`);
    }
    const stores = await benchIdempotencyStores(redis.url);
    return { rates: rates as Record<Mode, number>, stores };
  } finally {
    await redis.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [, , command, mode, url] = process.argv;
  if (command === "serve" && mode !== undefined && mode in modes)
    await serve(mode as Mode, url ?? "");
  else await benchScale();
}
