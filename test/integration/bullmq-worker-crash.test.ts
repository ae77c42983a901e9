import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBullmqHandoff, type HandoffDelivery } from "talkable-emma-webhooks/bullmq";
import { startRedis, type TestRedis } from "../support/redis.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const queueName = "crash-test";
let server: TestRedis;
let redis: Redis;
let queue: Queue<HandoffDelivery>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url);
  queue = new Queue<HandoffDelivery>(queueName, {
    connection: { host: "127.0.0.1", port: server.port },
  });
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await queue.close();
  await redis.quit();
  await server.stop();
});

/**
 * A worker process (test/support/redis-worker.ts) and the `started <id>` lines it printed;
 * with `hangAt`, the job it starts as that number never ends.
 */
function startWorkerProcess(hangAt?: number) {
  const args = ["--import", "tsx", "test/support/redis-worker.ts", server.url, queueName];
  const child = spawn(process.execPath, hangAt === undefined ? args : [...args, String(hangAt)], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const started: string[] = [];
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    for (const [, id = ""] of output.matchAll(/^started (\S+)$/gm)) {
      if (!started.includes(id)) started.push(id);
    }
  });
  return { child, started };
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 40_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(25);
  }
}

describe("a worker process killed with SIGKILL mid-job", () => {
  it("leaves every job done exactly once after another worker takes over", async () => {
    const ids = Array.from({ length: 12 }, (_, index) => `delivery-${index}`);
    const handoff = createBullmqHandoff(queue, {
      jobOptions: { attempts: 20, backoff: { type: "fixed", delay: 250 } },
    });
    for (const id of ids) await handoff({ vendor: "emma", event: { id, event_name: "x" } });

    const first = startWorkerProcess(3); // its third job hangs: claimed, no side effect yet
    await until(() => first.started.length === 3);
    first.child.kill("SIGKILL");
    expect(await once(first.child, "exit")).toEqual([null, "SIGKILL"]);
    const interrupted = first.started.at(-1) ?? "";
    expect(await redis.get(`effect:${interrupted}`)).toBeNull();

    const second = startWorkerProcess();
    await until(async () => (await queue.getJobCounts("completed")).completed === ids.length);
    const effects = await redis.mget(ids.map((id) => `effect:${id}`));
    expect(effects).toEqual(ids.map(() => "1"));
    expect(await queue.getFailedCount()).toBe(0);
    // The interrupted job was taken over (stalled, then run again) by the second worker.
    expect(second.started).toContain(interrupted);
    expect(second.started).not.toContain(first.started[0]);

    const exited = once(second.child, "exit");
    second.child.kill("SIGTERM");
    expect(await exited).toEqual([0, null]);
  }, 55_000);
});
