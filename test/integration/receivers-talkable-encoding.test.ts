import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { post } from "../support/answers.js";
import { type RunningServer, serverKinds, startServer } from "../support/servers.js";
import {
  createRecordingTalkable,
  exampleSite,
  talkableKey,
} from "../support/talkable-receivers.js";
import {
  encodeTalkableBody,
  firstTalkableExample,
  formContentType,
  rawTalkableBody,
} from "../support/wire.js";

const coupon = firstTalkableExample("create_coupon_web_hook");
const referral = firstTalkableExample("referral_web_hook");

function couponNamed(name: string) {
  return { ...coupon.payload, coupon_list_name: name };
}

/** A create coupon body as `curl --data` sends it, with `name` as the coupon list name. */
function rawCoupon(name: string): string {
  const fields = { key: talkableKey, site: exampleSite, type: coupon.type };
  return rawTalkableBody({ ...fields, payload: couponNamed(name) });
}

interface EncodingCase {
  readonly name: string;
  readonly body: string;
  /** The coupon list name the handler must see. */
  readonly expected: string;
}

const cases: readonly EncodingCase[] = [
  {
    name: "a literal plus, percent-encoded by URLSearchParams",
    body: encodeTalkableBody({ ...coupon, payload: couponNamed("1+1 deal") }, { key: talkableKey }),
    expected: "1+1 deal",
  },
  {
    name: "a %2B inside raw JSON, kept as sent (raw JSON is never form-decoded)",
    body: rawCoupon("1%2B1 deal"),
    expected: "1%2B1 deal",
  },
  {
    name: "a raw plus inside raw JSON, which stays a plus",
    body: rawCoupon("1+1"),
    expected: "1+1",
  },
  {
    name: "a plus in a form-encoded body, which is a space there",
    body: encodeTalkableBody(
      { ...coupon, payload: couponNamed("1+1") },
      { key: talkableKey },
    ).replace("1%2B1", "1+1"),
    expected: "1 1",
  },
  { name: "a raw % that starts no escape", body: rawCoupon("10% off"), expected: "10% off" },
  {
    name: "a raw % at the very end of a string",
    body: rawCoupon("save 100%"),
    expected: "save 100%",
  },
  {
    name: "a raw % next to an escape inside raw JSON (both kept as sent)",
    body: rawCoupon("10% off%20today"),
    expected: "10% off%20today",
  },
  {
    name: "an encoded % (%25)",
    body: encodeTalkableBody({ ...coupon, payload: couponNamed("10% off") }, { key: talkableKey }),
    expected: "10% off",
  },
  {
    name: "a raw & and = inside a JSON string (a URL with a query)",
    body: rawCoupon("https://shop.test/deals?a=1&b=2&key=forged&type=x"),
    expected: "https://shop.test/deals?a=1&b=2&key=forged&type=x",
  },
  { name: "raw UTF-8 text", body: rawCoupon("Zoë’s 🎁 coupons"), expected: "Zoë’s 🎁 coupons" },
  {
    name: "percent-encoded UTF-8 text",
    body: encodeTalkableBody(
      { ...coupon, payload: couponNamed("Zoë’s 🎁 coupons") },
      { key: talkableKey },
    ),
    expected: "Zoë’s 🎁 coupons",
  },
];

describe.each(serverKinds)("Talkable body encodings on %s", (kind) => {
  const receiver = createRecordingTalkable({ key: talkableKey, site: exampleSite });
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer(kind, receiver.webhooks);
  });
  afterAll(() => server.close());
  beforeEach(() => receiver.recording.clear());

  it.each(cases)("decodes $name", async ({ body, expected }) => {
    const answer = await post(server.url, body, formContentType);
    expect(answer.status, answer.text).toBe(200);
    expect(
      receiver.recording.events.map(({ type, site, payload }) => ({ type, site, payload })),
    ).toEqual([
      { type: "create_coupon_web_hook", site: exampleSite, payload: couponNamed(expected) },
    ]);
  });

  it("keeps a plus in a nested payload string through the wire", async () => {
    const payload = {
      ...referral.payload,
      offer: { ...referral.payload.offer, email: "bob+vip@example.com" },
    };
    const body = encodeTalkableBody({ ...referral, payload }, { key: talkableKey });
    expect(body).toContain("%2B");
    const answer = await post(server.url, body, formContentType);
    expect(answer.status, answer.text).toBe(200);
    expect(receiver.recording.events.map((event) => event.payload)).toEqual([payload]);
  });
});
