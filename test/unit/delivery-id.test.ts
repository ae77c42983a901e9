import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withDeliveryId } from "../../src/core/delivery-id.js";

/** The id an event made from these parts gets. */
async function deliveryId(parts: readonly (string | undefined)[]): Promise<string> {
  return (await withDeliveryId({}, parts)).id;
}

describe("the delivery id", () => {
  it("is the SHA-256 hex of the framed parts", async () => {
    const parts = ["talkable", "referral_web_hook", undefined, '{"a":"é"}'];
    const expected = createHash("sha256")
      .update('8;17;-;9;talkablereferral_web_hook{"a":"é"}')
      .digest("hex");
    expect(await deliveryId(parts)).toBe(expected);
  });

  it("is stable for the same parts and differs when any part moves or changes", async () => {
    const base = await deliveryId(["emma", "message_click", undefined, "{}"]);
    expect(await deliveryId(["emma", "message_click", undefined, "{}"])).toBe(base);
    const others = await Promise.all([
      deliveryId(["emma", "message_open", undefined, "{}"]),
      deliveryId(["emma", "message_click", "", "{}"]),
      deliveryId(["emma", "message_clic", "k", "{}"]),
      deliveryId(["emma", "message_click", undefined, "{ }"]),
    ]);
    expect(new Set([base, ...others]).size).toBe(5);
  });

  it("gives the same id through Web Crypto where Node's hash is missing", async () => {
    const parts = ["talkable", "post_share_web_hook", "shop", '{"x":1}'];
    const viaNode = await deliveryId(parts);
    const text = `8;19;4;7;${parts.join("")}`;
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
    expect(Buffer.from(digest).toString("hex")).toBe(viaNode);
  });
});

describe("withDeliveryId", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  const parts = ["talkable", "referral_web_hook", "shop", '{"n":1}'];
  const event = { type: "referral_web_hook", site: "shop", payload: { n: 1 } };

  it("puts the id first, as an own enumerable member equal to deliveryId's", async () => {
    const withId = await withDeliveryId(event, parts);
    expect(Object.keys(withId)).toEqual(["id", "type", "site", "payload"]);
    expect(withId.id).toBe(await deliveryId(parts));
    expect(JSON.parse(JSON.stringify(withId))).toEqual({ id: withId.id, ...event });
    expect({ ...withId }).toEqual({ id: withId.id, ...event });
  });

  it("hashes on the first read only, synchronously, in Node", async () => {
    const real = await import("node:crypto");
    const hash = vi.fn(real.hash);
    vi.spyOn(process, "getBuiltinModule").mockReturnValue({ ...real, hash });
    const { withDeliveryId: fresh } = await import("../../src/core/delivery-id.js");
    const withId = fresh(event, parts);
    expect(withId).not.toBeInstanceOf(Promise);
    expect(hash).not.toHaveBeenCalled();
    const first = (await withId).id;
    expect(first).toBe(await deliveryId(parts));
    expect((await withId).id).toBe(first);
    expect(structuredClone(await withId)).toEqual({ id: first, ...event });
    expect(hash).toHaveBeenCalledTimes(1);
  });

  it("still gives the id after a deep freeze that reaches its hidden state", async () => {
    const withId = await withDeliveryId({ ...event }, parts);
    const freezeDeep = (value: object): void => {
      Object.freeze(value);
      for (const key of Reflect.ownKeys(value)) {
        const member: unknown = Reflect.getOwnPropertyDescriptor(value, key)?.value;
        if (member !== null && typeof member === "object") freezeDeep(member);
      }
    };
    freezeDeep(withId);
    expect(withId.id).toBe(await deliveryId(parts));
    expect(withId.id).toBe(await deliveryId(parts));
  });

  it("uses a Hash object where the runtime's node:crypto has no one-shot hash", async () => {
    const real = await import("node:crypto");
    vi.spyOn(process, "getBuiltinModule").mockReturnValue({ ...real, hash: undefined });
    const { withDeliveryId: fresh } = await import("../../src/core/delivery-id.js");
    const withId = fresh(event, parts);
    expect(withId).not.toBeInstanceOf(Promise);
    expect((await withId).id).toBe(await deliveryId(parts));
  });

  it("hashes at once through Web Crypto where the runtime has no node:crypto", async () => {
    vi.spyOn(process, "getBuiltinModule").mockReturnValue(undefined);
    const { withDeliveryId: fresh } = await import("../../src/core/delivery-id.js");
    const withId = fresh(event, parts);
    expect(withId).toBeInstanceOf(Promise);
    expect((await withId).id).toBe(await deliveryId(parts));
  });
});
