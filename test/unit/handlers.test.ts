import { describe, expect, it } from "vitest";
import { WebhookError } from "../../src/core/errors.js";
import { HandlerRegistry } from "../../src/core/handlers.js";

const context = { signal: new AbortController().signal };
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe("HandlerRegistry.run", () => {
  it("runs nothing and returns no results when no handler is registered", async () => {
    expect(await new HandlerRegistry().run("referral_web_hook", {}, context)).toEqual([]);
  });

  it("runs the named handlers in order, awaiting each, then the catch-all ones", async () => {
    const registry = new HandlerRegistry();
    const order: string[] = [];
    registry.add("a", async (event: { n: number }) => {
      await tick();
      order.push(`a1 ${event.n}`);
      return "first";
    });
    registry.addAny(() => order.push("any"));
    registry.add("a", () => {
      order.push("a2");
      return "second";
    });
    registry.add("b", () => order.push("b"));
    expect(await registry.run("a", { n: 7 }, context)).toEqual(["first", "second"]);
    expect(order).toEqual(["a1 7", "a2", "any"]);
  });

  it("stays synchronous while handlers return plain values", () => {
    const registry = new HandlerRegistry();
    registry.add("a", () => 1);
    registry.add("a", () => 2);
    registry.addAny(() => "ignored");
    const results = registry.run("a", {}, context);
    expect(results).not.toBeInstanceOf(Promise);
    expect(results).toEqual([1, 2]);
  });

  it.each([0, 1, 2])(
    "awaits from the first thenable on, keeping order (handler %i returns one)",
    async (asyncAt) => {
      const registry = new HandlerRegistry();
      const order: number[] = [];
      for (const index of [0, 1]) {
        registry.add("a", () => {
          order.push(index);
          return index === asyncAt ? tick().then(() => `r${index}`) : `r${index}`;
        });
      }
      registry.addAny(() => {
        order.push(2);
        return asyncAt === 2 ? tick() : undefined;
      });
      const results = registry.run("a", {}, context);
      expect(results).toBeInstanceOf(Promise);
      expect(await results).toEqual(["r0", "r1"]);
      expect(order).toEqual([0, 1, 2]);
    },
  );

  it.each([false, true])(
    "runs the handlers registered when the run began, not one added meanwhile (catch-all: %s)",
    async (withAny) => {
      const registry = new HandlerRegistry();
      const ran: string[] = [];
      if (withAny) registry.addAny(() => ran.push("any"));
      registry.add("a", async () => {
        ran.push("first");
        registry.add("a", () => ran.push("added"));
        await tick();
        return "first";
      });
      expect(await registry.run("a", {}, context)).toEqual(["first"]);
      expect(ran).toEqual(withAny ? ["first", "any"] : ["first"]);
    },
  );

  it("runs only the catch-all handlers for a name without its own", async () => {
    const registry = new HandlerRegistry();
    const seen: unknown[] = [];
    registry.addAny((event: unknown) => seen.push(event));
    registry.addAny((event: unknown) => seen.push(event));
    expect(await registry.run("c", "event", context)).toEqual([]);
    expect(seen).toEqual(["event", "event"]);
  });

  it.each([
    [
      "throws",
      () => {
        throw new Error("boom");
      },
    ],
    ["rejects", () => Promise.reject(new Error("boom"))],
  ])("turns a handler that %s into handler_failed and stops the rest", async (_name, failing) => {
    const registry = new HandlerRegistry();
    const order: string[] = [];
    registry.add("a", failing);
    registry.add("a", () => order.push("later"));
    registry.addAny(() => order.push("any"));
    const failure = await Promise.resolve()
      .then(() => registry.run("a", {}, context))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WebhookError);
    expect(failure).toMatchObject({
      code: "handler_failed",
      message: "talkable-emma-webhooks: a handler for a failed",
      cause: new Error("boom"),
    });
    expect(order).toEqual([]);
  });

  it("turns a failing catch-all handler into handler_failed too", () => {
    const registry = new HandlerRegistry();
    registry.addAny(() => {
      throw new TypeError("bad");
    });
    expect(() => registry.run("a", {}, context)).toThrow(
      expect.objectContaining({ code: "handler_failed" }),
    );
  });
});

describe("HandlerRegistry.report", () => {
  it("tells every error handler, even after one throws or rejects", async () => {
    const registry = new HandlerRegistry();
    const told: string[] = [];
    const error = new WebhookError("unauthorized", "no");
    registry.addError(() => {
      throw new Error("broken reporter");
    });
    registry.addError(async (reported) => {
      await tick();
      told.push(reported.code);
      throw new Error("broken async reporter");
    });
    registry.addError((reported) => {
      told.push(reported.message);
    });
    await expect(registry.report(error)).resolves.toBeUndefined();
    expect(told).toEqual(["unauthorized", "talkable-emma-webhooks: no"]);
  });

  it("does nothing without error handlers", async () => {
    await expect(
      new HandlerRegistry().report(new WebhookError("unauthorized", "no")),
    ).resolves.toBeUndefined();
  });
});
