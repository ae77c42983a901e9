import { describe, expect, it } from "vitest";
import {
  type TalkableWebhooksOptions,
  WebhookError,
  createTalkableWebhooks,
} from "talkable-emma-webhooks/talkable";
import { encodeTalkableBody, firstTalkableExample, formContentType } from "../support/wire.js";

const coupon = firstTalkableExample("create_coupon_web_hook");
const check = firstTalkableExample("check_unsubscribe_web_hook");
const couponBody = encodeTalkableBody(coupon, { key: "k" });

const deliver = (body: string, contentType = formContentType) =>
  new Request("http://127.0.0.1/webhooks", {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });

async function rejection(promise: Promise<unknown>): Promise<WebhookError> {
  const error: unknown = await promise.then(
    () => new Error("the delivery was accepted"),
    (reason: unknown) => reason,
  );
  if (error instanceof WebhookError) return error;
  throw error;
}

describe("createTalkableWebhooks", () => {
  it("refuses a setup without a key", () => {
    const options = JSON.parse("{}") as TalkableWebhooksOptions;
    expect(() => createTalkableWebhooks(options)).toThrow(TypeError);
  });

  describe("verifyAndParse", () => {
    const webhooks = createTalkableWebhooks({ key: "k", maxBodyBytes: 2000 });

    it("returns the validated event of a raw body", async () => {
      await expect(webhooks.verifyAndParse(couponBody)).resolves.toEqual({
        id: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
        type: "create_coupon_web_hook",
        site: coupon.site,
        payload: coupon.payload,
        extras: coupon.extras,
        test: false,
      });
    });

    it("checks the content type only when given one", async () => {
      await expect(
        webhooks.verifyAndParse(couponBody, { contentType: `${formContentType}; charset=utf-8` }),
      ).resolves.toMatchObject({ type: "create_coupon_web_hook" });
      const error = await rejection(
        webhooks.verifyAndParse(couponBody, { contentType: "application/json" }),
      );
      expect(error.code).toBe("unsupported_media_type");
    });

    it("refuses a body over maxBodyBytes, counted in UTF-8 bytes", async () => {
      expect((await rejection(webhooks.verifyAndParse("x".repeat(2001)))).code).toBe(
        "body_too_large",
      );
      const wide = `${couponBody}&note=${"€".repeat(600)}`;
      expect(wide.length).toBeLessThan(2000);
      expect((await rejection(webhooks.verifyAndParse(wide))).code).toBe("body_too_large");
    });

    it("throws WebhookError for a forged delivery", async () => {
      const error = await rejection(
        webhooks.verifyAndParse(encodeTalkableBody(coupon, { key: "x" })),
      );
      expect(error).toMatchObject({ code: "unauthorized", status: 401 });
    });

    it("runs no handler", async () => {
      const seen: unknown[] = [];
      webhooks.onAny((event) => {
        seen.push(event);
      });
      await webhooks.verifyAndParse(couponBody);
      expect(seen).toEqual([]);
    });
  });

  describe("handle", () => {
    it("dispatches to the type's handlers, then onAny, and answers 200", async () => {
      const webhooks = createTalkableWebhooks({ key: "k" });
      const seen: string[] = [];
      webhooks.on("create_coupon_web_hook", ({ payload }) => {
        seen.push(`coupon ${payload.coupon_code}`);
      });
      webhooks.on("referral_web_hook", () => {
        seen.push("referral");
      });
      webhooks.onAny(({ type }) => {
        seen.push(`any ${type}`);
      });
      const response = await webhooks.handle(deliver(couponBody));
      expect(response.status).toBe(200);
      expect(seen).toEqual([`coupon ${coupon.payload.coupon_code}`, "any create_coupon_web_hook"]);
    });

    it("answers Check Unsubscribe with what its handler returned", async () => {
      const webhooks = createTalkableWebhooks({ key: "k" });
      webhooks.on("check_unsubscribe_web_hook", ({ payload }) =>
        Promise.resolve({
          unsubscribed: payload.recipient.email === check.payload.recipient.email,
        }),
      );
      const response = await webhooks.handle(deliver(encodeTalkableBody(check, { key: "k" })));
      expect(await response.json()).toEqual({ result: { unsubscribed: true } });
    });

    it("tells onError about refusals, with the code the answer carries", async () => {
      const webhooks = createTalkableWebhooks({ key: "k" });
      const reported: WebhookError[] = [];
      webhooks.onError((error) => {
        reported.push(error);
      });
      const response = await webhooks.handle(deliver(couponBody, "text/plain"));
      expect(response.status).toBe(415);
      expect(reported.map((error) => error.code)).toEqual(["unsupported_media_type"]);
    });
  });
});
