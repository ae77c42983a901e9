import { describe, expect, it } from "vitest";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
import type { WebhookError } from "talkable-emma-webhooks/talkable";
import { startAnyServer } from "../support/adapter-servers.js";
import { startServer } from "../support/servers.js";
import { parseWireAnswer, sendSlowly, stalledPlans } from "../support/slow-sender.js";
import { createRecordingTalkable, talkableKey } from "../support/talkable-receivers.js";
import { encodeTalkableBody, firstTalkableExample, formContentType } from "../support/wire.js";

// Short, so the suite stays fast; long enough that the dripping senders write several times.
const bodyTimeoutMs = 1_200;
// The machine is shared and slow: bounds on when things happen are generous.
const slackMs = 2_000;
const plans = Object.entries(stalledPlans("http://127.0.0.1/webhooks", formContentType, 0));

/** Plans aimed at `url`, with this suite's deadline. */
const plansFor = (url: string) => stalledPlans(url, formContentType, bodyTimeoutMs);

/** The ways in that read the request stream themselves: the Node middleware and the adapters. */
async function startDeadlineServer(kind: "node-http" | "express" | "hono" | "fastify" | "koa") {
  const talkable = createRecordingTalkable({ key: talkableKey, bodyTimeoutMs });
  const server = await startAnyServer(kind, talkable.webhooks);
  return { talkable, server };
}

const errorCodes = (errors: readonly unknown[]) =>
  errors.map((error) => (error as WebhookError).code);

describe.each(["node-http", "express", "fastify", "koa"] as const)(
  "the stream reader on %s",
  (kind) => {
    it.concurrent.for(plans.map(([name]) => name))(
      "%s: 408 body_timeout at the deadline, reported, and the socket closed",
      async (name, { expect }) => {
        const { talkable, server } = await startDeadlineServer(kind);
        try {
          const plan = plansFor(server.url)[name];
          if (!plan) throw new Error(`no plan ${name}`);
          const seen = await sendSlowly(server.url, plan);
          const answer = parseWireAnswer(seen.raw);
          expect(answer?.status).toBe(408);
          expect(answer?.headers["connection"]).toBe("close");
          expect(answer?.headers["content-type"]).toBe("application/json");
          expect(JSON.parse(answer?.body ?? "")).toEqual({
            error: {
              code: "body_timeout",
              message: `talkable-emma-webhooks: the body did not arrive within ${bodyTimeoutMs} ms`,
            },
          });
          // Not before the deadline (timers may fire a millisecond early), not long after it.
          expect(seen.answeredMs).toBeGreaterThanOrEqual(bodyTimeoutMs - 5);
          expect(seen.answeredMs).toBeLessThan(bodyTimeoutMs + slackMs);
          // The server closed the socket itself, right after its answer.
          expect(seen.closedMs).toBeDefined();
          expect((seen.closedMs ?? Infinity) - (seen.answeredMs ?? 0)).toBeLessThan(slackMs);
          if (plan.drip) expect(seen.dripped).toBeGreaterThanOrEqual(1);
          await expect.poll(() => errorCodes(talkable.recording.errors)).toEqual(["body_timeout"]);
          expect(talkable.recording.events).toEqual([]);
        } finally {
          await server.close();
        }
      },
    );

    it("still answers a whole delivery 200 with the deadline armed", async () => {
      const { talkable, server } = await startDeadlineServer(kind);
      try {
        const body = encodeTalkableBody(firstTalkableExample("create_coupon_web_hook"), {
          key: talkableKey,
        });
        const response = await fetch(server.url, {
          method: "POST",
          headers: { "content-type": formContentType },
          body,
        });
        expect(response.status).toBe(200);
        expect(talkable.recording.events).toHaveLength(1);
        expect(talkable.recording.errors).toEqual([]);
      } finally {
        await server.close();
      }
    });
  },
);

describe("handle(request) on Hono (@hono/node-server)", () => {
  it.concurrent.for(plans.map(([name]) => name))(
    "%s: the stream is cancelled, 408 body_timeout answered and reported, the socket closed",
    async (name, { expect }) => {
      const { talkable, server } = await startDeadlineServer("hono");
      try {
        const plan = plansFor(server.url)[name];
        if (!plan) throw new Error(`no plan ${name}`);
        const seen = await sendSlowly(server.url, plan);
        // The body stream is cancelled; @hono/node-server still writes the 408 and closes the
        // socket itself soon after (its keep-alive header notwithstanding).
        const answer = parseWireAnswer(seen.raw);
        expect(answer?.status).toBe(408);
        expect(JSON.parse(answer?.body ?? "")).toMatchObject({ error: { code: "body_timeout" } });
        expect(seen.answeredMs).toBeGreaterThanOrEqual(bodyTimeoutMs - 5);
        expect(seen.answeredMs).toBeLessThan(bodyTimeoutMs + slackMs);
        expect(seen.closedMs).toBeDefined();
        expect((seen.closedMs ?? Infinity) - (seen.answeredMs ?? 0)).toBeLessThan(slackMs);
        await expect.poll(() => errorCodes(talkable.recording.errors)).toEqual(["body_timeout"]);
      } finally {
        await server.close();
      }
    },
  );
});

describe("Emma's receiver through the Node adapter", () => {
  it("answers a JSON body that stalls with 408 and closes the socket", async () => {
    const emma = createEmmaWebhooks({ token: "deadline-token", bodyTimeoutMs });
    const errors: string[] = [];
    emma.onError((error) => void errors.push(error.code));
    const server = await startServer("node-http", emma);
    try {
      const url = `${server.url}?token=deadline-token`;
      const plan = stalledPlans(url, "application/json", bodyTimeoutMs)["headers, then nothing"];
      if (!plan) throw new Error("no plan");
      const seen = await sendSlowly(url, plan);
      expect(parseWireAnswer(seen.raw)?.status).toBe(408);
      expect(seen.closedMs).toBeDefined();
      await expect.poll(() => errors).toEqual(["body_timeout"]);
    } finally {
      await server.close();
    }
  });
});
