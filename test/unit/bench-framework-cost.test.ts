import { describe, expect, it } from "vitest";
import { fastifyTargets as ids, frameworkCost } from "../../scripts/bench/loopback-figures.js";
import type { TargetId } from "../../scripts/bench/loopback-loads.js";

function cpusOf(rounds: Partial<Record<TargetId, number[]>>) {
  return (id: TargetId): readonly number[] => rounds[id] ?? [];
}

describe("frameworkCost (bench)", () => {
  it("takes each figure within a round, then the median over rounds", () => {
    // Round 2 runs at half speed: every server costs twice as much there.
    const cost = frameworkCost(
      cpusOf({
        sdk: [80, 160, 78],
        fastify: [85, 170, 84],
        floor: [25, 50, 24],
        fastifyFloor: [28, 56, 28],
      }),
      ids,
    );
    // Fastify's own: 3, 6, 4 → 4; the plugin above toNodeMiddleware: 5, 10, 6 → 6.
    expect(cost.own).toBe(4);
    expect(cost.adapter).toBe(6);
    // 80/83, 160/166, 78/82: the middle one is 80/83.
    expect(cost.ceiling).toBeCloseTo(80 / 83, 12);
  });

  it("uses only the rounds every server ran", () => {
    const cost = frameworkCost(
      cpusOf({ sdk: [80, 90], fastify: [84, 99], floor: [25], fastifyFloor: [27, 40] }),
      ids,
    );
    expect(cost).toEqual({ own: 2, adapter: 4, ceiling: 80 / 82 });
  });

  it("gives NaN when a server has no rounds", () => {
    const cost = frameworkCost(cpusOf({ sdk: [80], fastify: [84], floor: [25] }), ids);
    expect(cost.own).toBeNaN();
    expect(cost.ceiling).toBeNaN();
  });
});
