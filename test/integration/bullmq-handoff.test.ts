import { setTimeout as sleep } from "node:timers/promises";
import { Queue, type Worker } from "bullmq";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createBullmqHandoff,
  createWebhookWorker,
  type EventRunner,
  type HandoffDelivery,
  type WebhookRunners,
} from "talkable-emma-webhooks/bullmq";
import { WebhookError } from "talkable-emma-webhooks/talkable";
import { startRedis, type TestRedis } from "../support/redis.js";

let server: TestRedis;
const open: { close(): Promise<void> }[] = [];
let queueCount = 0;

beforeAll(async () => {
  server = await startRedis();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((closable) => closable.close()));
});
afterAll(async () => {
  await server.stop();
});

const connection = () => ({ host: "127.0.0.1", port: server.port });

/** A queue of its own per test, closed after it. */
function newQueue() {
  queueCount += 1;
  const queue = new Queue<HandoffDelivery>(`webhooks-${queueCount}`, { connection: connection() });
  open.push(queue);
  return queue;
}

function startWorker(runners: WebhookRunners, queue: Queue<HandoffDelivery>): Worker {
  const worker = createWebhookWorker(runners, queue.name, { connection: connection() });
  worker.on("error", () => undefined); // the tests assert on job states, not on logs
  // A runner that never settles would hold close() until the hook times out: abort it first.
  open.push({
    close: () => {
      worker.cancelAllJobs("the test is over");
      return worker.close();
    },
  });
  return worker;
}

interface Call {
  readonly event: unknown;
  readonly signal: AbortSignal | undefined;
}

/** A plain runner that records what it ran (the receivers' `run` lands separately). */
function recordingRunner(
  behaviour: (event: unknown, signal?: AbortSignal) => Promise<unknown> = () =>
    Promise.resolve("ok"),
) {
  const calls: Call[] = [];
  const runner: EventRunner = {
    run: (event, options) => {
      calls.push({ event, signal: options?.signal });
      return behaviour(event, options?.signal);
    },
  };
  return { runner, calls };
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the queue");
    await sleep(20);
  }
}

const talkable = (id: string): HandoffDelivery => ({
  vendor: "talkable",
  event: {
    id,
    type: "referral_web_hook",
    site: "acme",
    payload: { referral: { id: 7 } },
    extras: {},
  },
});
const emma = (id: string): HandoffDelivery => ({
  vendor: "emma",
  event: { id, event_name: "mailing_finish", data: { mailing_id: 42 } },
});

describe("createBullmqHandoff + createWebhookWorker (real Redis, real BullMQ)", () => {
  it("queues each delivery under its event id and type, and the worker runs it", async () => {
    const queue = newQueue();
    const handoff = createBullmqHandoff(queue);
    const deliveries = [talkable("t-1"), emma("e-1"), talkable("t-2")];
    for (const delivery of deliveries) await handoff(delivery);

    const job = await queue.getJob("e-1");
    expect(job?.name).toBe("mailing_finish");
    expect(job?.data).toEqual(emma("e-1"));
    expect(job?.opts).toMatchObject({
      attempts: 8,
      backoff: { type: "exponential", delay: 2_000 },
    });
    expect((await queue.getJob("t-1"))?.name).toBe("referral_web_hook");

    const { runner, calls } = recordingRunner();
    startWorker(runner, queue);
    await until(async () => (await queue.getJobCounts("completed")).completed === 3);
    expect(calls.map((call) => call.event)).toEqual(deliveries.map((delivery) => delivery.event));
    expect(calls.every((call) => call.signal instanceof AbortSignal)).toBe(true);
  });

  it("makes one job of a delivery handed off many times (sender retries)", async () => {
    const queue = newQueue();
    const handoff = createBullmqHandoff(queue);
    await Promise.all([
      handoff(talkable("dup")),
      handoff(talkable("dup")),
      handoff(talkable("dup")),
    ]);
    expect(await queue.getJobCountByTypes("waiting", "active", "completed")).toBe(1);

    const { runner, calls } = recordingRunner();
    startWorker(runner, queue);
    await until(async () => (await queue.getJobCounts("completed")).completed === 1);
    await handoff(talkable("dup")); // a retry after it ran: the completed job is kept a day
    await sleep(200);
    expect(await queue.getJobCountByTypes("waiting", "active", "completed")).toBe(1);
    expect(calls).toHaveLength(1);
  });

  it("lets jobOptions override the defaults, but never the job id", async () => {
    const queue = newQueue();
    await createBullmqHandoff(queue, { jobOptions: { attempts: 2, jobId: "other", priority: 3 } })(
      emma("mine"),
    );
    const job = await queue.getJob("mine");
    expect(job?.opts).toMatchObject({ attempts: 2, priority: 3, removeOnFail: false });
    expect(await queue.getJob("other")).toBeUndefined();
  });

  it("picks the runner by vendor, and fails a vendor without one at once", async () => {
    const queue = newQueue();
    const handoff = createBullmqHandoff(queue);
    await handoff(talkable("by-vendor-t"));
    await handoff(emma("by-vendor-e"));
    const talkableRunner = recordingRunner();
    startWorker({ talkable: talkableRunner.runner }, queue);
    await until(async () => (await queue.getJobCounts("failed")).failed === 1);
    expect(talkableRunner.calls.map((call) => call.event)).toEqual([talkable("by-vendor-t").event]);
    const [failed] = await queue.getFailed();
    expect(failed?.id).toBe("by-vendor-e");
    expect(failed?.attemptsMade).toBe(1); // unrecoverable: no retries
    expect(failed?.failedReason).toBe("talkable-emma-webhooks: this worker has no runner for emma");
  });

  it("fails a job that is not a webhook delivery at once, without running anything", async () => {
    const queue = newQueue();
    const foreign = new Queue(queue.name, { connection: connection() });
    open.push(foreign);
    await foreign.add("resize-image", { url: "https://cdn.example/a.png" }, { attempts: 5 });
    await foreign.add("half-delivery", { vendor: "emma", event: { id: 7 } }, { attempts: 5 });
    const { runner, calls } = recordingRunner();
    startWorker(runner, queue);
    await until(async () => (await queue.getJobCounts("failed")).failed === 2);
    for (const job of await queue.getFailed()) {
      expect(job.attemptsMade).toBe(1);
      expect(job.failedReason).toBe(
        "talkable-emma-webhooks: the job's data is not a webhook delivery",
      );
    }
    expect(calls).toEqual([]);
  });

  it("fails at once when the receiver refuses the event (a 4xx WebhookError), retries a 5xx", async () => {
    const queue = newQueue();
    const handoff = createBullmqHandoff(queue, { jobOptions: { attempts: 3, backoff: 10 } });
    const { runner, calls } = recordingRunner((event) => {
      const { id } = event as { id: string };
      if (id === "refused") {
        return Promise.reject(new WebhookError("invalid_payload", "payload.referral is missing"));
      }
      return Promise.reject(new WebhookError("handler_failed", "a handler threw"));
    });
    startWorker(runner, queue);
    await handoff(talkable("refused"));
    await handoff(talkable("failing"));
    await until(async () => (await queue.getFailedCount()) === 2);
    const refused = await queue.getJob("refused");
    expect(refused?.attemptsMade).toBe(1);
    expect(refused?.failedReason).toBe("talkable-emma-webhooks: payload.referral is missing");
    expect((await queue.getJob("failing"))?.attemptsMade).toBe(3);
    expect(calls).toHaveLength(4);
  });

  it("retries a throwing run with backoff, then keeps it in the failed set until job.retry()", async () => {
    const queue = newQueue();
    const handoff = createBullmqHandoff(queue, {
      jobOptions: { attempts: 3, backoff: { type: "exponential", delay: 20 } },
    });
    let failures = 4; // the CRM is down for the first four runs
    const { runner, calls } = recordingRunner(() => {
      if (failures > 0) {
        failures -= 1;
        return Promise.reject(new Error("the CRM is down"));
      }
      return Promise.resolve("ok");
    });
    startWorker(runner, queue);
    await handoff(talkable("flaky"));
    const failedOnce = async (runs: number) => {
      await until(async () => calls.length === runs && (await queue.getFailedCount()) === 1);
      const [failed] = await queue.getFailed();
      return failed;
    };
    const failed = await failedOnce(3);
    expect(failed?.id).toBe("flaky");
    expect(failed?.attemptsMade).toBe(3);
    expect(failed?.failedReason).toBe("the CRM is down");
    expect(failed?.stacktrace?.[0]).toContain("the CRM is down");

    // A plain retry is one more attempt: still down, so it is back in the failed set.
    await failed?.retry();
    expect((await failedOnce(4))?.attemptsMade).toBe(4);

    // With resetAttemptsMade it gets its three attempts again (and the CRM is back).
    await (await queue.getJob("flaky"))?.retry("failed", { resetAttemptsMade: true });
    await until(async () => (await queue.getJobCounts("completed")).completed === 1);
    expect(calls).toHaveLength(5);
    expect(await queue.getFailedCount()).toBe(0);
  });

  it("aborts the run's signal when the job is cancelled or its lock is lost", async () => {
    const queue = newQueue();
    const handoff = createBullmqHandoff(queue, { jobOptions: { attempts: 1 } });
    const aborted: unknown[] = [];
    const { runner, calls } = recordingRunner(
      (_event, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener("abort", () => {
            aborted.push(signal.reason);
            reject(new Error(`aborted: ${String(signal.reason)}`));
          });
        }),
    );
    const worker = startWorker(runner, queue);
    worker.concurrency = 2;
    await handoff(talkable("cancelled"));
    await handoff(talkable("lock-lost"));
    // Redis counts a job active before the worker tracks it; once it runs, it can be cancelled.
    await until(() => calls.length === 2);
    expect(worker.cancelJob("cancelled", "shutting down")).toBe(true);
    // What BullMQ emits when it could not renew a job's lock (another worker may take it).
    worker.emit("lockRenewalFailed", ["lock-lost"]);
    await until(async () => (await queue.getJobCounts("failed")).failed === 2);
    expect(aborted.sort()).toEqual(["shutting down", "the worker lost the job's lock"]);
  });
});
