import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type BodyDeadline,
  bodyTimedOut,
  defaultBodyTimeoutMs,
  readWithDeadline,
} from "../../src/core/body-deadline.js";
import { WebhookError } from "../../src/core/errors.js";
import { type BodyReader, readBodyText, readHead } from "../../src/core/incoming.js";
import { readWebStream } from "../../src/core/read-body.js";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

const bytes = (text: string) => new TextEncoder().encode(text);

/** A reader that never ends, keeping the deadline it was given. */
function stalledReader() {
  const seen: { deadline?: BodyDeadline; limit?: number } = {};
  const reader: BodyReader = (limit, deadline) => {
    seen.limit = limit;
    if (deadline) seen.deadline = deadline;
    return new Promise<Uint8Array>(() => undefined);
  };
  return { reader, seen };
}

/** A stream that sends `first` and then nothing, recording why it was cancelled. */
function stalledStream(first: string) {
  const seen: { cancelled?: unknown } = {};
  let sent = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) controller.enqueue(bytes(first));
      sent = true;
      return new Promise<void>(() => undefined);
    },
    cancel(reason) {
      seen.cancelled = reason;
    },
  });
  return { stream, seen };
}

async function settled<T>(promise: Promise<T>) {
  const outcome: { value?: T; error?: unknown; done: boolean } = { done: false };
  void promise.then(
    (value) => Object.assign(outcome, { value, done: true }),
    (error: unknown) => Object.assign(outcome, { error, done: true }),
  );
  await Promise.resolve();
  return outcome;
}

describe("readWithDeadline (the rule, on fake timers)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("defaults to 10 s and names its deadline in the error", () => {
    expect(defaultBodyTimeoutMs).toBe(10_000);
    const error = bodyTimedOut(250);
    expect(error).toMatchObject({ code: "body_timeout", status: 408 });
    expect(error.message).toBe("talkable-emma-webhooks: the body did not arrive within 250 ms");
  });

  it("rejects with body_timeout exactly at the deadline, counted from the call", async () => {
    const { reader, seen } = stalledReader();
    const outcome = await settled(readWithDeadline(reader, 64, 1_000));
    expect(seen.limit).toBe(64);
    await vi.advanceTimersByTimeAsync(999);
    expect(outcome.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome.error).toBeInstanceOf(WebhookError);
    expect(outcome.error).toMatchObject({ code: "body_timeout", status: 408 });
  });

  it("tells the reader once, through onTimeout and through its signal alike", async () => {
    const { reader, seen } = stalledReader();
    const outcome = await settled(readWithDeadline(reader, 64, 500));
    const deadline = seen.deadline;
    if (!deadline) throw new Error("the reader got no deadline");
    expect(deadline.timeoutMs).toBe(500);
    const stops: WebhookError[] = [];
    deadline.onTimeout((error) => stops.push(error));
    const { signal } = deadline;
    expect(signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(stops).toEqual([outcome.error]);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(outcome.error);
    // Asked after the deadline: told at once, and the signal is born aborted.
    deadline.onTimeout((error) => stops.push(error));
    expect(stops).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stops).toHaveLength(2);
  });

  it("makes a signal already aborted when it is first read after the deadline", async () => {
    const { reader, seen } = stalledReader();
    await settled(readWithDeadline(reader, 64, 100));
    await vi.advanceTimersByTimeAsync(100);
    expect(seen.deadline?.signal.aborted).toBe(true);
    expect(seen.deadline?.signal.reason).toMatchObject({ code: "body_timeout" });
  });

  it("answers at the deadline even when the reader ignores it, and a failing stop changes nothing", async () => {
    const { reader, seen } = stalledReader();
    const outcome = await settled(readWithDeadline(reader, 64, 300));
    seen.deadline?.onTimeout(() => {
      throw new Error("cannot stop");
    });
    await vi.advanceTimersByTimeAsync(300);
    expect(outcome.error).toMatchObject({ code: "body_timeout" });
  });

  it("resolves what arrived in time and never stops the reader, even past the deadline", async () => {
    const stops: unknown[] = [];
    const read = readWithDeadline(
      (_limit, deadline) => {
        deadline.onTimeout((error) => stops.push(error));
        return new Promise<string>((resolve) => setTimeout(() => resolve("a=1"), 900));
      },
      64,
      1_000,
    );
    await vi.advanceTimersByTimeAsync(900);
    await expect(read).resolves.toBe("a=1");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stops).toEqual([]);
  });

  it("passes on a reader's own failure, thrown or rejected, and never answers 408 after", async () => {
    const thrown = new Error("thrown");
    await expect(
      readWithDeadline(
        () => {
          throw thrown;
        },
        1,
        1_000,
      ),
    ).rejects.toBe(thrown);
    const rejected = readWithDeadline(() => Promise.reject(thrown), 1, 1_000);
    await expect(rejected).rejects.toBe(thrown);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(rejected).rejects.toBe(thrown);
  });

  it("arms no timer for a body given whole (bytes or text)", async () => {
    for (const body of ["a=1", bytes("a=1")]) {
      const delivery = { method: "POST", url: "/", headers: {}, body };
      expect(await readBodyText(delivery, readHead(delivery), 64, 1)).toBe("a=1");
    }
    expect(vi.getTimerCount()).toBe(0);
  });

  it("keeps a reader's body_timeout as it is when the body is read as text", async () => {
    const { reader } = stalledReader();
    const delivery = { method: "POST", url: "/", headers: {}, body: reader };
    const outcome = await settled(readBodyText(delivery, readHead(delivery), 64, 200));
    await vi.advanceTimersByTimeAsync(200);
    expect(outcome.error).toMatchObject({ code: "body_timeout", status: 408 });
  });
});

describe("readWebStream at the deadline", () => {
  it("cancels the stream with the body_timeout error, never returning part of the body", async () => {
    const { stream, seen } = stalledStream("key=abc&pay");
    const read = readWithDeadline(
      (limit, deadline) => readWebStream(stream, limit, deadline),
      1024,
      50,
    );
    await expect(read).rejects.toMatchObject({ code: "body_timeout" });
    expect(seen.cancelled).toMatchObject({ code: "body_timeout" });
  });
});

describe("the receivers' ways in", () => {
  const key = "deadline-key";
  const form = { "content-type": "application/x-www-form-urlencoded" };

  it("handle(request): a body that stalls gets 408 body_timeout, is cancelled and reported", async () => {
    const webhooks = createTalkableWebhooks({ key, bodyTimeoutMs: 50 });
    const errors: WebhookError[] = [];
    webhooks.onError((error) => void errors.push(error));
    const { stream, seen } = stalledStream("key=deadline-key&type=referral_web_hook&payload=");
    const init: RequestInit & { duplex: "half" } = {
      method: "POST",
      headers: form,
      body: stream,
      duplex: "half",
    };
    const response = await webhooks.handle(new Request("http://localhost/hooks", init));
    expect(response.status).toBe(408);
    expect(await response.json()).toEqual({
      error: {
        code: "body_timeout",
        message: "talkable-emma-webhooks: the body did not arrive within 50 ms",
      },
    });
    expect(errors.map((error) => error.code)).toEqual(["body_timeout"]);
    expect(seen.cancelled).toMatchObject({ code: "body_timeout" });
  });

  it("receive() with a reader: the reader's signal aborts and the answer is 408", async () => {
    const webhooks = createEmmaWebhooks({ token: "t", bodyTimeoutMs: 40 });
    const errors: string[] = [];
    webhooks.onError((error) => void errors.push(error.code));
    const { reader, seen } = stalledReader();
    const answer = await webhooks.receive({
      method: "POST",
      url: "/hooks?token=t",
      headers: { "content-type": "application/json" },
      body: reader,
    });
    expect(answer.status).toBe(408);
    expect(answer.headers).toEqual({ "content-type": "application/json" });
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "body_timeout" } });
    expect(seen.deadline?.signal.aborted).toBe(true);
    expect(errors).toEqual(["body_timeout"]);
  });

  it("receive() asks no deadline of credentials refused before the body", async () => {
    const webhooks = createEmmaWebhooks({ token: "t", bodyTimeoutMs: 40 });
    const { reader, seen } = stalledReader();
    const answer = await webhooks.receive({
      method: "POST",
      url: "/hooks?token=wrong",
      headers: { "content-type": "application/json" },
      body: reader,
    });
    expect(answer.status).toBe(401);
    expect(seen.deadline).toBeUndefined();
  });

  it("a body that arrives in time is read as usual", async () => {
    const webhooks = createTalkableWebhooks({ allowUnauthenticated: true, bodyTimeoutMs: 200 });
    const answer = await webhooks.receive({
      method: "POST",
      url: "/hooks",
      headers: form,
      body: (_limit, deadline) =>
        new Promise((resolve) => {
          expect(deadline?.timeoutMs).toBe(200);
          setTimeout(() => resolve("type=unknown_thing&payload=%7B%7D"), 20);
        }),
    });
    // Read in time, then refused for what it says: the deadline did not get in the way.
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "unknown_webhook" } });
  });
});
