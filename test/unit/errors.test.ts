import { describe, expect, it } from "vitest";
import {
  type WebhookErrorCode,
  WebhookError,
  errorResponse,
  errorStatuses,
  packageName,
} from "../../src/core/errors.js";

const expectedStatuses = {
  method_not_allowed: 405,
  unsupported_media_type: 415,
  body_too_large: 413,
  malformed_body: 400,
  unauthorized: 401,
  unknown_webhook: 400,
  invalid_payload: 400,
  handler_failed: 500,
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

describe("errorResponse", () => {
  it("answers the status and a JSON body without details when there are none", async () => {
    const response = errorResponse(new WebhookError("unauthorized", "the key does not match"));
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toMatch(/^application\/json\b/);
    expect(await response.json()).toEqual({
      error: { code: "unauthorized", message: "talkable-emma-webhooks: the key does not match" },
    });
  });

  it("includes the details when there are some", async () => {
    const details = [{ pointer: "/type", message: "unknown" }];
    const response = errorResponse(new WebhookError("unknown_webhook", "unknown", { details }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "unknown_webhook", message: "talkable-emma-webhooks: unknown", details },
    });
  });
});
