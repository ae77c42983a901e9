import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createMemoryIdempotencyStore,
  type IdempotencyClaim,
  type IdempotencyStore,
} from "talkable-emma-webhooks/idempotency";

const lease = { leaseMs: 1_000 };

async function claimed(store: IdempotencyStore, id: string, leaseMs = 1_000) {
  const claim = await store.claim(id, { leaseMs });
  if (claim.status !== "claimed")
    throw new Error(`expected ${id} to be claimed, got ${claim.status}`);
  return claim;
}

const statusOf = async (store: IdempotencyStore, id: string) =>
  (await store.claim(id, lease)).status;

describe("createMemoryIdempotencyStore", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z") });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("claims a new id, answers busy while the claim lives, and done once completed", async () => {
    const store = createMemoryIdempotencyStore();
    const claim = await claimed(store, "a");
    expect(await statusOf(store, "a")).toBe("busy");
    await claim.complete();
    expect(await statusOf(store, "a")).toBe("done");
    expect(await statusOf(store, "b")).toBe("claimed");
  });

  it("frees the id on release, so the sender's retry runs the handlers again", async () => {
    const store = createMemoryIdempotencyStore();
    await (await claimed(store, "a")).release();
    const again = await claimed(store, "a");
    expect(again.status).toBe("claimed");
  });

  it("lets a claim expire after its lease (a crashed run stops blocking the id)", async () => {
    const store = createMemoryIdempotencyStore();
    await claimed(store, "a", 500);
    vi.advanceTimersByTime(499);
    expect(await statusOf(store, "a")).toBe("busy");
    vi.advanceTimersByTime(1);
    expect(await statusOf(store, "a")).toBe("claimed");
  });

  it("ignores complete and release from a run whose lease ran out and was taken over", async () => {
    const store = createMemoryIdempotencyStore();
    const stale = await claimed(store, "a", 100);
    vi.advanceTimersByTime(100);
    const current = await claimed(store, "a", 1_000);
    await stale.release();
    expect(await statusOf(store, "a")).toBe("busy");
    await stale.complete();
    expect(await statusOf(store, "a")).toBe("busy");
    await current.complete();
    expect(await statusOf(store, "a")).toBe("done");
  });

  it("still records done when the lease ran out but nobody took the id over", async () => {
    const store = createMemoryIdempotencyStore();
    const slow = await claimed(store, "a", 100);
    vi.advanceTimersByTime(5_000);
    await slow.complete();
    expect(await statusOf(store, "a")).toBe("done");
  });

  it("records done over another run's claim once that claim's lease ran out too", async () => {
    const store = createMemoryIdempotencyStore();
    const first = await claimed(store, "a", 100);
    vi.advanceTimersByTime(100);
    await claimed(store, "a", 100); // took over, then crashed
    vi.advanceTimersByTime(100);
    await first.complete();
    expect(await statusOf(store, "a")).toBe("done");
  });

  it("remembers done ids for ttlMs (24 hours by default)", async () => {
    const store = createMemoryIdempotencyStore({ ttlMs: 60_000 });
    await (await claimed(store, "a")).complete();
    vi.advanceTimersByTime(59_999);
    expect(await statusOf(store, "a")).toBe("done");
    vi.advanceTimersByTime(1);
    expect(await statusOf(store, "a")).toBe("claimed");

    const daily = createMemoryIdempotencyStore();
    await (await claimed(daily, "b")).complete();
    vi.advanceTimersByTime(24 * 3_600_000 - 1);
    expect(await statusOf(daily, "b")).toBe("done");
    vi.advanceTimersByTime(1);
    expect(await statusOf(daily, "b")).toBe("claimed");
  });

  it("evicts the oldest done ids first when full, keeping live claims", async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 3 });
    const live = await claimed(store, "live", 60_000);
    for (const id of ["old", "newer"]) await (await claimed(store, id)).complete();
    await (await claimed(store, "newest")).complete(); // evicts "old"
    expect(await statusOf(store, "live")).toBe("busy");
    expect(await statusOf(store, "newer")).toBe("done");
    // "old" was forgotten, so it is claimed again (evicting "newer", the oldest done id).
    expect(await statusOf(store, "old")).toBe("claimed");
    await live.complete();
  });

  it("forgets an older expired claim before a done id", async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 2 });
    await claimed(store, "crashed", 100);
    await (await claimed(store, "done")).complete();
    vi.advanceTimersByTime(100);
    await claimed(store, "next");
    expect(await statusOf(store, "done")).toBe("done");
  });

  it("answers busy for new ids while every slot holds a live claim, never dropping one", async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 2 });
    const first = await claimed(store, "first", 1_000);
    await claimed(store, "second", 5_000);
    expect(await statusOf(store, "third")).toBe("busy");
    expect(await statusOf(store, "first")).toBe("busy");
    await first.complete(); // a done entry can make room
    expect(await statusOf(store, "third")).toBe("claimed");
    expect(await statusOf(store, "second")).toBe("busy");
  });

  it("makes room again when a live claim's lease runs out", async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 1 });
    await claimed(store, "stuck", 1_000);
    expect(await statusOf(store, "other")).toBe("busy");
    vi.advanceTimersByTime(1_000);
    expect(await statusOf(store, "other")).toBe("claimed");
  });

  it("treats complete and release as idempotent", async () => {
    const store = createMemoryIdempotencyStore();
    const claim = await claimed(store, "a");
    await claim.complete();
    await claim.complete();
    await claim.release();
    expect(await statusOf(store, "a")).toBe("done");
  });

  it.each([
    ["maxEntries", () => createMemoryIdempotencyStore({ maxEntries: 0 })],
    ["ttlMs", () => createMemoryIdempotencyStore({ ttlMs: Number.NaN })],
  ])("rejects a non-positive %s", (name, create) => {
    expect(create).toThrow(
      new RangeError(
        `talkable-emma-webhooks: ${name} must be a positive number, got ${name === "ttlMs" ? "NaN" : "0"}`,
      ),
    );
  });

  it("rejects a non-positive lease", async () => {
    const store = createMemoryIdempotencyStore();
    await expect(store.claim("a", { leaseMs: -1 })).rejects.toThrow(/leaseMs must be a positive/);
  });

  it("returns frozen done and busy answers", async () => {
    const store = createMemoryIdempotencyStore();
    await claimed(store, "a");
    const answer: IdempotencyClaim = await store.claim("a", lease);
    expect(Object.isFrozen(answer)).toBe(true);
  });
});
