import { describe, expect, it } from "vitest";
import { WebhookError } from "../../src/core/errors.js";
import { assertMediaType } from "../../src/core/media-type.js";

const form = "application/x-www-form-urlencoded";

function refusal(header: string | null | undefined): WebhookError {
  try {
    assertMediaType(header, form);
  } catch (error) {
    if (error instanceof WebhookError) return error;
    throw error;
  }
  throw new Error(`${String(header)} was accepted`);
}

describe("assertMediaType", () => {
  it.each([
    form,
    "Application/X-WWW-Form-Urlencoded",
    `  ${form}  `,
    `${form}; charset=UTF-8`,
    `${form};charset=utf8`,
    `${form}; charset="utf-8"`,
    `${form}; charset=US-ASCII`,
    `${form}; boundary=ignored; q=1`,
    `${form}; flag`,
  ])("accepts %j", (header) => {
    expect(() => assertMediaType(header, form)).not.toThrow();
  });

  it.each([
    ["application/json", "expected Content-Type application/x-www-form-urlencoded"],
    [`${form}x`, "expected Content-Type application/x-www-form-urlencoded"],
    ["", "expected Content-Type application/x-www-form-urlencoded"],
    [`multipart/form-data; boundary=x`, "expected Content-Type application/x-www-form-urlencoded"],
    [`${form}; charset=iso-8859-1`, "charset iso-8859-1 is not supported; send UTF-8"],
    [`${form}; charset=`, "charset  is not supported; send UTF-8"],
    [`${form}; CHARSET="UTF-16"`, "charset utf-16 is not supported; send UTF-8"],
  ])("refuses %j with 415", (header, message) => {
    const error = refusal(header);
    expect(error.code).toBe("unsupported_media_type");
    expect(error.status).toBe(415);
    expect(error.message).toBe(`talkable-emma-webhooks: ${message}`);
  });

  it.each([null, undefined])("refuses a missing header (%s)", (header) => {
    expect(refusal(header).message).toBe(
      "talkable-emma-webhooks: expected Content-Type application/x-www-form-urlencoded, got none",
    );
  });
});
