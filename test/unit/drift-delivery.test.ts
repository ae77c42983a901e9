import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toLambdaHandler } from "talkable-emma-webhooks/aws-lambda";
import { createMemoryIdempotencyStore } from "talkable-emma-webhooks/idempotency";
import { type TalkableDriftReport, createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
import { httpApiEvent } from "../support/lambda-events.js";
import { formContentType } from "../support/wire.js";

// A real-shaped test send whose payload carries members the spec does not name.
const testSend = readFileSync(
  new URL("../fixtures/drift/reward_web_hook__test-send.form.txt", import.meta.url),
  "utf8",
);
const key = /(?:^|&)key=([^&]*)/.exec(testSend)?.[1] ?? "";
const never = () => new Promise<never>(() => undefined);

function request(): Request {
  return new Request("http://localhost/webhooks", {
    method: "POST",
    headers: { "content-type": formContentType },
    body: testSend,
  });
}

/** A receiver whose drift handler takes a few timer turns before it records the report. */
function slowDriftReceiver(options: Parameters<typeof createTalkableWebhooks>[0] = { key }) {
  const webhooks = createTalkableWebhooks(options);
  const reports: TalkableDriftReport[] = [];
  webhooks.onDrift(async (report) => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    reports.push(report);
  });
  return { webhooks, reports };
}

/** The test send as an HTTP API (v2) event. */
function lambdaEvent() {
  const headers = { "content-type": formContentType };
  return httpApiEvent(
    { method: "POST", path: "/webhooks", rawQuery: "", headers, body: testSend },
    false,
  );
}

async function turns(count: number): Promise<void> {
  for (let turn = 0; turn < count; turn += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

describe("drift reports where the runtime stops after the answer", () => {
  it("has the fixture drift at all (so the checks below mean something)", async () => {
    const { webhooks, reports } = slowDriftReceiver();
    expect((await webhooks.handle(request())).status).toBe(200);
    await expect.poll(() => reports.length).toBe(1);
    expect(reports[0]?.findings.length).toBeGreaterThan(0);
  });

  it("handle(request, ctx) hands the report's work to ctx.waitUntil, which settles after it", async () => {
    const { webhooks, reports } = slowDriftReceiver();
    const kept: Promise<unknown>[] = [];
    const ctx = {
      waitUntil(work: Promise<unknown>) {
        // Called as a method of its context, as a Worker's `ctx.waitUntil` must be.
        expect(this).toBe(ctx);
        kept.push(work);
      },
    };
    const response = await webhooks.handle(request(), ctx);
    expect(response.status).toBe(200);
    expect(kept).toHaveLength(1);
    expect(reports).toHaveLength(0);
    await kept[0];
    expect(reports).toHaveLength(1);
  });

  it("a Lambda handler resolves only after the drift handlers finished", async () => {
    const { webhooks, reports } = slowDriftReceiver();
    const handler = toLambdaHandler(webhooks);
    const event = lambdaEvent();
    const result = await handler(event);
    expect(result.statusCode).toBe(200);
    expect(reports).toHaveLength(1);
  });

  it("a Lambda handler with a drift handler that never settles still answers", async () => {
    const webhooks = createTalkableWebhooks({ key });
    webhooks.onDrift(never);
    const handler = toLambdaHandler(webhooks, { driftWaitMs: 30 });
    const event = lambdaEvent();
    expect((await handler(event)).statusCode).toBe(200);
  });
});

describe("drift handlers among themselves", () => {
  it("one that never settles does not keep the others from hearing every report", async () => {
    const webhooks = createTalkableWebhooks({ key });
    const heard: string[] = [];
    webhooks.onDrift(never);
    webhooks.onDrift(() => {
      throw new Error("a failing drift handler");
    });
    webhooks.onDrift((report) => void heard.push(report.id));
    for (let count = 0; count < 3; count += 1) {
      expect((await webhooks.handle(request())).status).toBe(200);
    }
    await expect.poll(() => heard.length).toBe(3);
  });

  it("a delivery an idempotency store already saw done is not reported again", async () => {
    const webhooks = createTalkableWebhooks({ key, idempotency: createMemoryIdempotencyStore() });
    let ran = 0;
    const reported: string[] = [];
    webhooks.on("reward_web_hook", () => {
      ran += 1;
    });
    webhooks.onDrift((report) => void reported.push(report.id));
    for (let count = 0; count < 3; count += 1) {
      expect((await webhooks.handle(request())).status).toBe(200);
    }
    await expect.poll(() => reported.length).toBe(1);
    await turns(20);
    expect(ran).toBe(1);
    expect(reported).toHaveLength(1);
  });
});
