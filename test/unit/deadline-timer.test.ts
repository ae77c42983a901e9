import { describe, expect, it } from "vitest";
import { readWithDeadline } from "../../src/core/body-deadline.js";
import { startDeadlineTimer } from "../../src/core/deadline-timer.js";

/** Timers that keep the process alive (an unref'd one is not listed). */
const heldTimers = () =>
  process.getActiveResourcesInfo().filter((resource) => resource === "Timeout").length;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

describe("startDeadlineTimer (real timers)", () => {
  it("lets go of a met deadline's timer: nothing is left holding the process", async () => {
    const before = heldTimers();
    for (let round = 0; round < 5; round += 1) {
      await expect(readWithDeadline(() => Promise.resolve("a=1"), 8, 60_000)).resolves.toBe("a=1");
    }
    expect(heldTimers()).toBe(before);
  });

  it("holds the process while a deadline is armed, restarted timer or new", () => {
    const before = heldTimers();
    const expire = () => undefined;
    const first = startDeadlineTimer(61_000, expire);
    expect(heldTimers()).toBe(before + 1);
    first.release(expire);
    expect(heldTimers()).toBe(before);
    const second = startDeadlineTimer(61_000, expire);
    expect(heldTimers()).toBe(before + 1);
    second.release(expire);
    expect(heldTimers()).toBe(before);
  });

  it("restarts a released timer for the next deadline, which expires on time", async () => {
    const calls: string[] = [];
    const early = () => calls.push("early");
    startDeadlineTimer(40, early).release(early);
    const started = performance.now();
    const late = () => calls.push("late");
    startDeadlineTimer(40, late);
    await sleep(20);
    expect(calls).toEqual([]);
    await sleep(60);
    expect(calls).toEqual(["late"]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);
  });

  it("never lets a deadline that expired release the timer serving the next one", async () => {
    const calls: string[] = [];
    const first = () => calls.push("first");
    const timer = startDeadlineTimer(15, first);
    await sleep(40);
    expect(calls).toEqual(["first"]);
    const second = () => calls.push("second");
    startDeadlineTimer(15, second);
    timer.release(first); // late: the first deadline's reader settled after it expired
    await sleep(40);
    expect(calls).toEqual(["first", "second"]);
  });

  it("gives each concurrent deadline its own timer, expiring in the order armed", async () => {
    const calls: number[] = [];
    for (let index = 0; index < 3; index += 1)
      startDeadlineTimer(20 + index * 10, () => calls.push(index));
    await sleep(80);
    expect(calls).toEqual([0, 1, 2]);
  });
});
