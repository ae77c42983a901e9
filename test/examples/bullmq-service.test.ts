import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { type IncomingHttpHeaders, type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { talkableDelivery } from "talkable-emma-webhooks/testing";
import { freePort, startRedis, type TestRedis } from "../support/redis.js";

/**
 * The README's "Running at scale" service (examples/bullmq-service.ts) run as it is, as a
 * process, against a real Redis and a local stand-in for the CRM its handler calls.
 */
const key = "tk-example-service-key";
let redis: TestRedis;
let crm: Server;
let service: ChildProcess;
let port: number;
const calls: { headers: IncomingHttpHeaders; body: string }[] = [];

async function waitForPort(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await sleep(100);
  }
  throw new Error(`${url} never answered`);
}

beforeAll(async () => {
  redis = await startRedis();
  crm = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      calls.push({ headers: request.headers, body });
      response.end();
    });
  });
  crm.listen(0, "127.0.0.1");
  await once(crm, "listening");
  port = await freePort();
  service = spawn(process.execPath, ["--import", "tsx", "examples/bullmq-service.ts"], {
    env: {
      ...process.env,
      TALKABLE_KEY: key,
      EMMA_WEBHOOK_TOKEN: "em-example-service-token",
      REDIS_URL: redis.url,
      CRM_URL: `http://127.0.0.1:${(crm.address() as AddressInfo).port}/referrals`,
      PORT: String(port),
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForPort(`http://127.0.0.1:${port}/webhooks/talkable`);
}, 60_000);

afterAll(async () => {
  if (service.exitCode === null) service.kill("SIGKILL");
  crm.close();
  await redis.stop();
});

it("queues a referral (202), runs its handler once in the worker, and stops on SIGTERM", async () => {
  const url = `http://127.0.0.1:${port}/webhooks/talkable`;
  const first = await fetch(talkableDelivery("referral_web_hook", { url, key }));
  expect(first.status).toBe(202);
  // The sender's retry of the same delivery: the same job id, so no second job.
  expect((await fetch(talkableDelivery("referral_web_hook", { url, key }))).status).toBe(202);
  await expect.poll(() => calls.length, { timeout: 20_000 }).toBe(1);
  await sleep(500);
  expect(calls).toHaveLength(1);
  expect(calls[0]?.headers["idempotency-key"]).toMatch(/^[0-9a-f]{64}$/);
  const forged = await fetch(talkableDelivery("referral_web_hook", { url, key: "forged" }));
  expect(forged.status).toBe(401);
  service.kill("SIGTERM");
  const [code] = (await once(service, "exit")) as [number | null];
  expect(code).toBe(0);
}, 60_000);
