import { describe, expect, it } from "vitest";
import { WebhookError } from "talkable-emma-webhooks/emma";
import type { RequestHead } from "../../src/core/incoming.js";
import { authenticateEmma } from "../../src/emma/authenticate.js";
import {
  parseEmmaDelivery as parseWithId,
  recheckEmmaEvent,
} from "../../src/emma/parse-delivery.js";
import { resolveEmmaSettings } from "../../src/emma/settings.js";
import { firstEmmaExample } from "../support/wire.js";

const click = firstEmmaExample("message_click");
const settings = resolveEmmaSettings({ token: ["t1", "t2"], accountId: [1759, 42] });
const anyAccount = resolveEmmaSettings({ token: ["t1", "t2"] });

/** The token in the URL's query, as Emma's callback URL carries it. */
const inQuery = (token: string | null | undefined): RequestHead => ({
  header: () => undefined,
  query: (name) => (name === "token" ? (token ?? undefined) : undefined),
});

/** The event a delivery becomes, without its id: `event_name`, `data` and any other members. */
function parseEmmaDelivery(body: string, given: typeof settings) {
  const { event, idParts } = parseWithId(body, given);
  expect(idParts).toEqual(["emma", event.event_name, undefined, body]);
  const { event_name, data, extras } = event;
  return { event_name, data, ...extras };
}

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
    expect(() => authenticateEmma(inQuery(token), settings)).not.toThrow();
  });

  it.each([
    [null, "the delivery has no token"],
    [undefined, "the delivery has no token"],
    ["", "the delivery has no token"],
    ["t3", "the token does not match"],
  ])("refuses the token %j", (token, message) => {
    expect(failure(() => authenticateEmma(inQuery(token), settings))).toMatchObject({
      code: "unauthorized",
      message: `talkable-emma-webhooks: ${message}`,
    });
  });

  it("lets anything in only when allowed and no token is configured", () => {
    const open = resolveEmmaSettings({ allowUnauthenticated: true });
    expect(() => authenticateEmma(inQuery(null), open)).not.toThrow();
    expect(() => authenticateEmma(inQuery("whatever"), open)).not.toThrow();
    const both = resolveEmmaSettings({ token: "t1", allowUnauthenticated: true });
    expect(failure(() => authenticateEmma(inQuery(null), both)).code).toBe("unauthorized");
  });

  it("reads the token from a header when configured, never from the query then", () => {
    const viaHeader = resolveEmmaSettings({ token: "t1", tokenHeader: "X-Emma-Token" });
    const head = (name: string): RequestHead => ({
      header: (asked) => (asked === name ? "t1" : undefined),
      query: () => "t1",
    });
    expect(() => authenticateEmma(head("x-emma-token"), viaHeader)).not.toThrow();
    expect(failure(() => authenticateEmma(head("x-other"), viaHeader)).code).toBe("unauthorized");
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

  it("accepts an account_id that is null as one that is absent", () => {
    const unknown = { ...click, data: { ...click.data, account_id: null } };
    expect(parseEmmaDelivery(JSON.stringify(unknown), settings)).toEqual(unknown);
  });

  it("keeps members beside event_name and data as extras", () => {
    const wider = { ...click, webhook_id: 12, sent_at: "@D:2017-12-21T11:01:11" };
    const { event } = parseWithId(JSON.stringify(wider), settings);
    expect(event.extras).toEqual({ webhook_id: 12, sent_at: "@D:2017-12-21T11:01:11" });
  });

  it("accepts any account when none is configured", () => {
    const other = { ...click, data: { ...click.data, account_id: 7 } };
    expect(parseEmmaDelivery(JSON.stringify(other), anyAccount)).toEqual(other);
  });

  it.each([
    ["another account", { ...click, data: { ...click.data, account_id: 7 } }],
    ["an account id that is text", { ...click, data: { ...click.data, account_id: "1759" } }],
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

describe("recheckEmmaEvent", () => {
  const event = { id: "d1", event_name: click.event_name, data: click.data, extras: undefined };

  it("passes an event that is still valid", () => {
    expect(recheckEmmaEvent(event)).toBe(event);
  });

  it.each([
    ["no id", { ...event, id: undefined }, "malformed_body"],
    ["an unknown event", { ...event, event_name: "member_signin" }, "unknown_webhook"],
    ["data that broke", { ...event, data: { ...click.data, member_id: "x" } }, "invalid_payload"],
    [
      "a prototype key",
      { ...event, extras: JSON.parse('{"__proto__":{"x":1}}') },
      "invalid_payload",
    ],
  ])("refuses an event with %s", (_name, value, code) => {
    expect(failure(() => recheckEmmaEvent(value)).code).toBe(code);
  });
});
