import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deliveryId } from "../../src/core/delivery-id.js";

describe("deliveryId", () => {
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
