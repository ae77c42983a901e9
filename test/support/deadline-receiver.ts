/**
 * The receiver process of the body-deadline load test: a real `node:http` server on a free
 * port of 127.0.0.1 (printed as `port <n>` once listening), Talkable's receiver behind
 * `toNodeMiddleware` with a short body deadline. Usage:
 *   node --import tsx test/support/deadline-receiver.ts <bodyTimeoutMs>
 * `GET /stats` answers its memory after a full garbage collection and what its handlers and
 * `onError` saw. It serves until killed.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { toNodeMiddleware } from "talkable-emma-webhooks/node";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

export const deadlineKey = "deadline-load-key-5f0c1e";

/** What `GET /stats` answers. */
export interface DeadlineStats {
  readonly heapUsed: number;
  readonly rss: number;
  readonly handled: number;
  readonly errors: Readonly<Record<string, number>>;
}

// Memory is compared after a full collection, or the figures say more about timing than growth.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

const bodyTimeoutMs = Number(process.argv[2] ?? 2_000);
let handled = 0;
const errors: Record<string, number> = {};
const webhooks = createTalkableWebhooks({ key: deadlineKey, bodyTimeoutMs });
webhooks.on("referral_web_hook", () => {
  handled += 1;
});
webhooks.onError((error) => {
  errors[error.code] = (errors[error.code] ?? 0) + 1;
});
const middleware = toNodeMiddleware(webhooks, { path: "/webhooks" });

function stats(): DeadlineStats {
  collect();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss, handled, errors: { ...errors } };
}

const server = createServer((request, response) => {
  if (request.method === "GET" && request.url === "/stats") {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(stats()));
    return;
  }
  void middleware(request, response);
});
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  console.log(`port ${(server.address() as AddressInfo).port}`);
});
