import { describe, expect, it } from "vitest";
import {
  type WebhookErrorCode,
  WebhookError,
  errorBody,
  errorStatuses,
  packageName,
} from "../../src/core/errors.js";
import { errorAnswer, toResponse } from "../../src/core/answer.js";

const expectedStatuses = {
  method_not_allowed: 405,
  unsupported_media_type: 415,
  body_too_large: 413,
  body_timeout: 408,
  malformed_url: 400,
  malformed_body: 400,
  unauthorized: 401,
  unknown_webhook: 400,
  invalid_payload: 400,
  delivery_in_progress: 409,
  handler_failed: 500,
  body_already_parsed: 500,
  handler_timeout: 503,
  handoff_failed: 503,
  client_aborted: 499,
} satisfies Record<WebhookErrorCode, number>;

const codes = Object.keys(expectedStatuses) as WebhookErrorCode[];

describe("errorStatuses", () => {
  it("maps every stable code to the status the design names", () => {
    expect(errorStatuses).toEqual(expectedStatuses);
  });
});

describe("WebhookError", () => {
  it.each(codes)("carries code %s with its status", (code) => {
    const error = new WebhookError(code, "something happened");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("WebhookError");
    expect(error.code).toBe(code);
    expect(error.status).toBe(expectedStatuses[code]);
    expect(error.message).toBe(`${packageName}: something happened`);
    expect(error.details).toEqual([]);
    expect("cause" in error).toBe(false);
  });

  it("keeps details and a cause when given", () => {
    const cause = new SyntaxError("bad");
    const details = [{ pointer: "/payload", message: "/payload is not valid JSON" }];
    const error = new WebhookError("malformed_body", "bad JSON", { details, cause });
    expect(error.details).toEqual(details);
    expect(error.cause).toBe(cause);
  });
});

describe("errorBody and errorAnswer", () => {
  it("answers every authentication failure alike: the reason goes to onError only", () => {
    const bodies = ["the key does not match", "no key is configured for the site"].map((reason) =>
      errorAnswer(new WebhookError("unauthorized", reason)),
    );
    expect(bodies[0]).toEqual(bodies[1]);
    expect(bodies[0]?.status).toBe(401);
    expect(JSON.parse(bodies[0]?.body ?? "")).toEqual({
      error: {
        code: "unauthorized",
        message: "talkable-emma-webhooks: the delivery could not be authenticated",
      },
    });
  });

  it("includes the details when there are some", () => {
    const details = [{ pointer: "/type", message: "unknown" }];
    expect(errorBody(new WebhookError("unknown_webhook", "unknown", { details }))).toEqual({
      error: { code: "unknown_webhook", message: "talkable-emma-webhooks: unknown", details },
    });
  });

  it("answers 405 with Allow: POST and 503s with Retry-After, as JSON", () => {
    const notAllowed = errorAnswer(new WebhookError("method_not_allowed", "no"));
    expect(notAllowed.headers).toEqual({ "content-type": "application/json", allow: "POST" });
    const timeout = errorAnswer(new WebhookError("handler_timeout", "late"));
    expect(timeout.status).toBe(503);
    expect(timeout.headers["retry-after"]).toBe("60");
  });

  it("becomes a Fetch Response with no body for an empty answer", async () => {
    const response = toResponse({ status: 200, headers: {}, body: "" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });
});
