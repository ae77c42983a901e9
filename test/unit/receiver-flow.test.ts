import { describe, expect, it } from "vitest";
import {
  type HandoffDelivery,
  type IdempotencyClaim,
  type IdempotencyStore,
  type TalkableWebhooksOptions,
  type WebhookError,
  createTalkableWebhooks,
} from "talkable-emma-webhooks/talkable";
import { encodeTalkableBody, firstTalkableExample, formContentType } from "../support/wire.js";

const key = "tk-unit-key";
const coupon = firstTalkableExample("create_coupon_web_hook");
const check = firstTalkableExample("check_unsubscribe_web_hook");

function delivery(body = encodeTalkableBody(coupon, { key })): Request {
  return new Request("http://127.0.0.1/talkable", {
    method: "POST",
    headers: { "content-type": formContentType },
    body,
  });
}

/** A receiver that records errors; `options` adds to the key. */
function receiverWith(options: Partial<TalkableWebhooksOptions> = {}) {
  const webhooks = createTalkableWebhooks({ key, ...options } as TalkableWebhooksOptions);
  const errors: WebhookError[] = [];
  webhooks.onError((error) => {
    errors.push(error);
  });
  return { webhooks, errors };
}

/**
 * The claim protocol as the interface states it, kept in a Map: enough to check what the
 * receiver does with each outcome (the real stores have their own tests).
 */
function mapStore() {
  const state = new Map<string, "claimed" | "done">();
  const calls: string[] = [];
  const store: IdempotencyStore = {
    claim(id, { leaseMs }): Promise<IdempotencyClaim> {
      calls.push(`claim ${leaseMs}`);
      const current = state.get(id);
      if (current === "done") return Promise.resolve({ status: "done" });
      if (current === "claimed") return Promise.resolve({ status: "busy" });
      state.set(id, "claimed");
      return Promise.resolve({
        status: "claimed",
        complete: () => {
          calls.push("complete");
          state.set(id, "done");
          return Promise.resolve();
        },
        release: () => {
          calls.push("release");
          state.delete(id);
          return Promise.resolve();
        },
      });
    },
  };
  return { store, state, calls };
}

describe("a Fetch sender that hangs up", () => {
  function abortable(): { request: Request; abort: () => void } {
    const controller = new AbortController();
    const request = new Request("http://127.0.0.1/talkable", {
      method: "POST",
      headers: { "content-type": formContentType },
      body: encodeTalkableBody(coupon, { key }),
      signal: controller.signal,
    });
    return { request, abort: () => controller.abort() };
  }

  it("aborts the handlers' signal and is reported as client_aborted", async () => {
    const { webhooks, errors } = receiverWith();
    const { request, abort } = abortable();
    webhooks.on("create_coupon_web_hook", async (_event, { signal }) => {
      setTimeout(abort, 5);
      await new Promise((_resolve, reject) =>
        signal.addEventListener("abort", () => reject(new Error("stopped"))),
      );
    });
    expect((await webhooks.handle(request)).status).toBe(499);
    expect(errors.map((error) => error.code)).toEqual(["client_aborted"]);
  });

  it("is reported after handlers that read their signal still finished", async () => {
    const { webhooks, errors } = receiverWith();
    const { request, abort } = abortable();
    webhooks.on("create_coupon_web_hook", (_event, { signal }) => {
      expect(signal.aborted).toBe(false);
      abort();
    });
    expect((await webhooks.handle(request)).status).toBe(200);
    expect(errors.map((error) => error.code)).toEqual(["client_aborted"]);
  });

  it("is reported to onError even when no handler read its signal", async () => {
    const { webhooks, errors } = receiverWith();
    const { request, abort } = abortable();
    webhooks.on("create_coupon_web_hook", () => {
      abort();
    });
    expect((await webhooks.handle(request)).status).toBe(200);
    expect(errors.map((error) => error.code)).toEqual(["client_aborted"]);
  });

  it("does not ask for the request's signal when nothing would use it", async () => {
    const webhooks = createTalkableWebhooks({ key });
    const { request } = abortable();
    let asked = 0;
    const signal = request.signal;
    Object.defineProperty(request, "signal", {
      get() {
        asked += 1;
        return signal;
      },
    });
    webhooks.on("create_coupon_web_hook", () => undefined);
    expect((await webhooks.handle(request)).status).toBe(200);
    expect(asked).toBe(0);
  });
});

describe("handler deadlines", () => {
  it("answers 503 at the deadline, reports handler_timeout and aborts the handlers' signal", async () => {
    const { webhooks, errors } = receiverWith({ handlerTimeoutMs: 30 });
    let signal: AbortSignal | undefined;
    webhooks.on("create_coupon_web_hook", async (_event, context) => {
      signal = context.signal;
      await new Promise(() => undefined);
    });
    const started = performance.now();
    const response = await webhooks.handle(delivery());
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toMatchObject({ error: { code: "handler_timeout" } });
    expect(errors.map((error) => error.code)).toEqual(["handler_timeout"]);
    expect(signal?.aborted).toBe(true);
  });

  it("ignores what a handler does after its deadline (no unhandled rejection)", async () => {
    const { webhooks } = receiverWith({ handlerTimeoutMs: 20 });
    webhooks.on("create_coupon_web_hook", async () => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      throw new Error("too late");
    });
    expect((await webhooks.handle(delivery())).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 80));
  });

  it("counts the deadline from the start, time spent before the first await too", async () => {
    const { webhooks, errors } = receiverWith({ handlerTimeoutMs: 40 });
    webhooks.on("create_coupon_web_hook", () => {
      const until = performance.now() + 60;
      while (performance.now() < until) {
        // Busy, synchronously, past the whole deadline before the first await.
      }
      return new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect((await webhooks.handle(delivery())).status).toBe(503);
    expect(errors.map((error) => error.code)).toEqual(["handler_timeout"]);
  });

  it("gives handlers a live signal when they finish in time", async () => {
    const { webhooks } = receiverWith();
    const seen: boolean[] = [];
    webhooks.onAny((_event, { signal }) => {
      seen.push(signal.aborted);
    });
    expect((await webhooks.handle(delivery())).status).toBe(200);
    expect(seen).toEqual([false]);
  });
});

describe("idempotency", () => {
  it("runs a repeated delivery once and answers the repeat 200", async () => {
    const { store, calls } = mapStore();
    const { webhooks } = receiverWith({ idempotency: store, handlerTimeoutMs: 5_000 });
    const ids: string[] = [];
    webhooks.on("create_coupon_web_hook", ({ id }) => {
      ids.push(id);
    });
    expect((await webhooks.handle(delivery())).status).toBe(200);
    expect((await webhooks.handle(delivery())).status).toBe(200);
    expect(ids).toHaveLength(1);
    expect(calls).toEqual(["claim 11000", "complete", "claim 11000"]);
  });

  it("releases the claim when a handler fails, so the retry runs again", async () => {
    const { store, calls } = mapStore();
    const { webhooks } = receiverWith({ idempotency: store });
    let attempts = 0;
    webhooks.on("create_coupon_web_hook", () => {
      attempts += 1;
      if (attempts === 1) throw new Error("database down");
    });
    expect((await webhooks.handle(delivery())).status).toBe(500);
    expect((await webhooks.handle(delivery())).status).toBe(200);
    expect(attempts).toBe(2);
    expect(calls.filter((call) => !call.startsWith("claim"))).toEqual(["release", "complete"]);
  });

  it("answers 409 while another run holds the claim", async () => {
    const { store } = mapStore();
    const { webhooks, errors } = receiverWith({ idempotency: store });
    let finish: () => void = () => undefined;
    webhooks.on("create_coupon_web_hook", () => new Promise<void>((resolve) => (finish = resolve)));
    const first = webhooks.handle(delivery());
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = await webhooks.handle(delivery());
    expect(second.status).toBe(409);
    expect(errors.map((error) => error.code)).toEqual(["delivery_in_progress"]);
    finish();
    expect((await first).status).toBe(200);
  });

  it("never deduplicates Check Unsubscribe, which is a question", async () => {
    const { store, calls } = mapStore();
    const { webhooks } = receiverWith({ idempotency: store });
    let asked = 0;
    webhooks.on("check_unsubscribe_web_hook", () => {
      asked += 1;
      return { unsubscribed: asked > 1 };
    });
    const body = encodeTalkableBody(check, { key });
    expect(await (await webhooks.handle(delivery(body))).json()).toEqual({
      result: { unsubscribed: false },
    });
    expect(await (await webhooks.handle(delivery(body))).json()).toEqual({
      result: { unsubscribed: true },
    });
    expect(calls).toEqual([]);
  });
});

describe("queue hand-off", () => {
  it("hands the verified event over instead of running handlers, answering 202 once it is durable", async () => {
    const handed: HandoffDelivery[] = [];
    const { webhooks } = receiverWith({
      handoff: async (queued) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        handed.push(queued);
      },
    });
    const ran: string[] = [];
    webhooks.on("create_coupon_web_hook", ({ id }) => {
      ran.push(id);
    });
    const response = await webhooks.handle(delivery());
    expect(response.status).toBe(202);
    expect(ran).toEqual([]);
    expect(handed).toMatchObject([{ vendor: "talkable", event: { type: coupon.type } }]);
    // The worker's side: the same receiver runs the handlers on the queued event.
    const queued = JSON.parse(JSON.stringify(handed[0]?.event)) as HandoffDelivery["event"];
    await webhooks.run(queued);
    expect(ran).toEqual([handed[0]?.event.id]);
  });

  it("answers 503 handoff_failed when the queue does not take the delivery", async () => {
    const { webhooks, errors } = receiverWith({
      handoff: () => Promise.reject(new Error("redis down")),
    });
    const response = await webhooks.handle(delivery());
    expect(response.status).toBe(503);
    expect(errors.map((error) => error.code)).toEqual(["handoff_failed"]);
  });

  it("answers Check Unsubscribe inline, never through the queue", async () => {
    const handed: HandoffDelivery[] = [];
    const { webhooks } = receiverWith({
      handoff: (queued) => {
        handed.push(queued);
        return Promise.resolve();
      },
    });
    webhooks.on("check_unsubscribe_web_hook", () => ({ unsubscribed: true }));
    const response = await webhooks.handle(delivery(encodeTalkableBody(check, { key })));
    expect(await response.json()).toEqual({ result: { unsubscribed: true } });
    expect(handed).toEqual([]);
  });

  it("refuses to run an event that does not check out", async () => {
    const { webhooks } = receiverWith();
    const forged = { id: "x", type: coupon.type, site: undefined, payload: {}, extras: undefined };
    await expect(webhooks.run(forged)).rejects.toMatchObject({ code: "invalid_payload" });
  });
});

describe("idempotency past a deadline", () => {
  it("keeps the claim until late handlers settle, so a late success never runs twice", async () => {
    const { store } = mapStore();
    const { webhooks } = receiverWith({ idempotency: store, handlerTimeoutMs: 30 });
    let effects = 0;
    webhooks.on("create_coupon_web_hook", async () => {
      await new Promise((resolve) => setTimeout(resolve, 80));
      effects += 1;
    });
    const statuses = [(await webhooks.handle(delivery())).status];
    statuses.push((await webhooks.handle(delivery())).status);
    await new Promise((resolve) => setTimeout(resolve, 120));
    statuses.push((await webhooks.handle(delivery())).status);
    expect(statuses).toEqual([503, 409, 200]);
    expect(effects).toBe(1);
  });

  it("releases the claim once late handlers fail, so the retry runs them again", async () => {
    const { store } = mapStore();
    const { webhooks } = receiverWith({ idempotency: store, handlerTimeoutMs: 30 });
    let attempts = 0;
    webhooks.on("create_coupon_web_hook", async (_event, { signal }) => {
      attempts += 1;
      if (attempts > 1) return;
      await new Promise((_resolve, reject) =>
        signal.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    });
    expect((await webhooks.handle(delivery())).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await webhooks.handle(delivery())).status).toBe(200);
    expect(attempts).toBe(2);
  });
});
