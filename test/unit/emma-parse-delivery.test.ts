import { describe, expect, it } from "vitest";
import { WebhookError } from "talkable-emma-webhooks/emma";
import {
  type EmmaSettings,
  authenticateEmma,
  parseEmmaDelivery,
} from "../../src/emma/parse-delivery.js";
import { firstEmmaExample } from "../support/wire.js";

const click = firstEmmaExample("message_click");
const settings: EmmaSettings = {
  tokens: ["t1", "t2"],
  tokenHeader: undefined,
  accountIds: new Set([1759, 42]),
  allowUnauthenticated: false,
  maxBodyBytes: 1024,
};
const anyAccount: EmmaSettings = { ...settings, accountIds: undefined };

function failure(run: () => unknown): WebhookError {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookError) return error;
    throw error;
  }
  throw new Error("it was accepted");
}

describe("authenticateEmma", () => {
  it.each(["t1", "t2"])("accepts the configured token %s", (token) => {
    expect(() => authenticateEmma(token, settings)).not.toThrow();
  });

  it.each([
    [null, "the delivery has no token"],
    [undefined, "the delivery has no token"],
    ["", "the delivery has no token"],
    ["t3", "the token does not match"],
  ])("refuses the token %j", (token, message) => {
    expect(failure(() => authenticateEmma(token, settings))).toMatchObject({
      code: "unauthorized",
      message: `talkable-emma-webhooks: ${message}`,
    });
  });

  it("lets anything in only when allowed and no token is configured", () => {
    const open = { ...settings, tokens: [], allowUnauthenticated: true };
    expect(() => authenticateEmma(null, open)).not.toThrow();
    expect(() => authenticateEmma("whatever", open)).not.toThrow();
    const both = { ...settings, allowUnauthenticated: true };
    expect(failure(() => authenticateEmma(null, both)).code).toBe("unauthorized");
  });
});

describe("parseEmmaDelivery", () => {
  it("returns the delivery as the typed event", () => {
    expect(parseEmmaDelivery(JSON.stringify(click), settings)).toEqual(click);
  });

  it("accepts a delivery without account_id where the spec allows it", () => {
    const status = { event_name: "member_status_update", data: { member_ids: [200061] } };
    expect(parseEmmaDelivery(JSON.stringify(status), settings)).toEqual(status);
  });

  it("accepts any account when none is configured", () => {
    const other = { ...click, data: { ...click.data, account_id: 7 } };
    expect(parseEmmaDelivery(JSON.stringify(other), anyAccount)).toEqual(other);
  });

  it.each([
    ["another account", { ...click, data: { ...click.data, account_id: 7 } }],
    ["an account id that is text", { ...click, data: { ...click.data, account_id: "1759" } }],
    ["an account id that is null", { ...click, data: { ...click.data, account_id: null } }],
  ])("refuses %s with 401", (_name, delivery) => {
    expect(failure(() => parseEmmaDelivery(JSON.stringify(delivery), settings))).toMatchObject({
      code: "unauthorized",
      message: "talkable-emma-webhooks: the delivery is for another Emma account",
    });
  });

  it.each([
    ["no event_name", { data: click.data }, "(none)"],
    ["a numeric event_name", { ...click, event_name: 5 }, "(none)"],
    ["an inherited name", { ...click, event_name: "constructor" }, '"constructor"'],
    ["a long unknown name", { ...click, event_name: "y".repeat(80) }, `"${"y".repeat(64)}"`],
  ])("refuses %s as unknown_webhook", (_name, delivery, shown) => {
    const error = failure(() => parseEmmaDelivery(JSON.stringify(delivery), settings));
    expect(error.code).toBe("unknown_webhook");
    expect(error.message).toBe(
      `talkable-emma-webhooks: this receiver does not handle event_name ${shown}`,
    );
    expect(error.details.map((detail) => detail.pointer)).toEqual(["/event_name"]);
  });

  it.each([
    ["data that is not an object", { ...click, data: "x" }, "/data"],
    [
      "data whose member_id is text",
      { ...click, data: { ...click.data, member_id: "200061" } },
      "/data/member_id",
    ],
  ])("refuses %s as invalid_payload", (_name, delivery, pointer) => {
    const error = failure(() => parseEmmaDelivery(JSON.stringify(delivery), settings));
    expect(error.code).toBe("invalid_payload");
    expect(error.details[0]?.pointer).toBe(pointer);
  });

  it("refuses a body that is not a JSON object", () => {
    expect(failure(() => parseEmmaDelivery("[]", settings)).code).toBe("malformed_body");
  });
});
