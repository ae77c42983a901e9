import { describe, expect, it } from "vitest";
import {
  type EmmaWebhooksOptions,
  WebhookError,
  createEmmaWebhooks,
} from "talkable-emma-webhooks/emma";
import { encodeEmmaBody, firstEmmaExample, jsonContentType } from "../support/wire.js";

const signup = firstEmmaExample("member_signup");
const signupBody = encodeEmmaBody(signup);

const deliver = (url: string, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: "POST",
    headers: { "content-type": jsonContentType, ...headers },
    body: signupBody,
  });

async function rejection(promise: Promise<unknown>): Promise<WebhookError> {
  const error: unknown = await promise.then(
    () => new Error("the delivery was accepted"),
    (reason: unknown) => reason,
  );
  if (error instanceof WebhookError) return error;
  throw error;
}

describe("createEmmaWebhooks", () => {
  it.each([
    [
      "no token",
      "{}",
      "talkable-emma-webhooks: give `token` (or `allowUnauthenticated: true` for local use only)",
    ],
    [
      "an empty token",
      '{"token":""}',
      "talkable-emma-webhooks: every token must be a non-empty string, not only whitespace",
    ],
    [
      "a whitespace-only token",
      '{"token":"   "}',
      "talkable-emma-webhooks: every token must be a non-empty string, not only whitespace",
    ],
    [
      "a fractional account id",
      '{"token":"t","accountId":1.5}',
      "talkable-emma-webhooks: accountId must be an integer",
    ],
    [
      "a text account id in a list",
      '{"token":"t","accountId":[1,"2"]}',
      "talkable-emma-webhooks: accountId must be an integer",
    ],
    [
      "a zero limit",
      '{"token":"t","maxBodyBytes":0}',
      "talkable-emma-webhooks: maxBodyBytes must be a positive integer",
    ],
    [
      "a negative body deadline",
      '{"token":"t","bodyTimeoutMs":-1}',
      "talkable-emma-webhooks: bodyTimeoutMs must be a positive integer",
    ],
    [
      "an infinite body deadline",
      '{"token":"t","bodyTimeoutMs":1e999}',
      "talkable-emma-webhooks: bodyTimeoutMs must be a positive integer",
    ],
  ])("refuses a setup with %s", (_name, json, message) => {
    const options = JSON.parse(json) as EmmaWebhooksOptions;
    expect(() => createEmmaWebhooks(options)).toThrow(new TypeError(message));
  });

  describe("verifyAndParse", () => {
    const webhooks = createEmmaWebhooks({
      token: ["t1", "t2"],
      accountId: [1759],
      maxBodyBytes: 300,
    });

    it("returns the event when the token matches", async () => {
      await expect(webhooks.verifyAndParse(signupBody, { token: "t2" })).resolves.toEqual({
        id: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
        ...signup,
        extras: undefined,
      });
    });

    it.each([
      ["no token", {}, "unauthorized"],
      ["a wrong token", { token: "t3" }, "unauthorized"],
      [
        "a form content type",
        { token: "t1", contentType: "application/x-www-form-urlencoded" },
        "unsupported_media_type",
      ],
    ])("refuses %s", async (_name, options, code) => {
      expect((await rejection(webhooks.verifyAndParse(signupBody, options))).code).toBe(code);
    });

    it("checks the token before the body, then refuses a body over maxBodyBytes", async () => {
      const large = `{"pad":"${"é".repeat(150)}"}`;
      expect((await rejection(webhooks.verifyAndParse(large))).code).toBe("unauthorized");
      const error = await rejection(webhooks.verifyAndParse(large, { token: "t1" }));
      expect(error.code).toBe("body_too_large");
    });

    it("never reads a token as the body's Content-Length", async () => {
      const numeric = createEmmaWebhooks({ token: "99999999999", maxBodyBytes: 1024 });
      const event = await numeric.verifyAndParse(signupBody, { token: "99999999999" });
      expect(event.event_name).toBe("member_signup");
    });

    it("gives a retried delivery the same id, and another delivery another", async () => {
      const first = await webhooks.verifyAndParse(signupBody, { token: "t1" });
      const again = await webhooks.verifyAndParse(new TextEncoder().encode(signupBody), {
        token: "t2",
      });
      const other = await webhooks.verifyAndParse(signupBody.replace("}}", ',"x":1}}'), {
        token: "t1",
      });
      expect(again.id).toBe(first.id);
      expect(other.id).not.toBe(first.id);
    });

    it("accepts a JSON content type with a charset", async () => {
      const options = { token: "t1", contentType: `${jsonContentType}; charset=utf-8` };
      await expect(webhooks.verifyAndParse(signupBody, options)).resolves.toEqual({
        id: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
        ...signup,
        extras: undefined,
      });
    });
  });

  describe("handle", () => {
    it("reads the token from the URL's token parameter", async () => {
      const webhooks = createEmmaWebhooks({ token: "t1" });
      const seen: unknown[] = [];
      webhooks.on("member_signup", (event) => {
        seen.push(event);
      });
      expect((await webhooks.handle(deliver("http://h/emma?token=t1"))).status).toBe(200);
      expect((await webhooks.handle(deliver("http://h/emma?token=t2"))).status).toBe(401);
      expect((await webhooks.handle(deliver("http://h/emma"))).status).toBe(401);
      expect(seen).toMatchObject([signup]);
    });

    it("reads the token from the configured header, whatever its case", async () => {
      const webhooks = createEmmaWebhooks({ token: "t1", tokenHeader: "X-Emma-Token" });
      expect(
        (await webhooks.handle(deliver("http://h/emma", { "x-emma-token": "t1" }))).status,
      ).toBe(200);
      expect((await webhooks.handle(deliver("http://h/emma?token=t1"))).status).toBe(401);
    });

    it("accepts deliveries without a token only when explicitly allowed", async () => {
      const webhooks = createEmmaWebhooks({ allowUnauthenticated: true });
      const seen: string[] = [];
      webhooks.onAny((event) => {
        seen.push(event.event_name);
      });
      expect((await webhooks.handle(deliver("http://h/emma"))).status).toBe(200);
      expect(seen).toEqual(["member_signup"]);
    });

    it("answers 500 and tells onError when a handler fails", async () => {
      const webhooks = createEmmaWebhooks({ token: "t1" });
      const cause = new Error("down");
      const reported: WebhookError[] = [];
      webhooks.on("member_signup", () => Promise.reject(cause));
      webhooks.onError((error) => {
        reported.push(error);
      });
      const response = await webhooks.handle(deliver("http://h/emma?token=t1"));
      expect(response.status).toBe(500);
      expect(reported).toEqual([expect.objectContaining({ code: "handler_failed", cause })]);
    });
  });
});
