import { WebhookError } from "./errors.js";

const acceptedCharsets = new Set(["utf-8", "utf8", "us-ascii"]);

/**
 * Checks a Content-Type header against the one media type a vendor sends. Parameters are
 * tolerated; a `charset` must be one this package decodes (UTF-8, or its ASCII subset).
 */
export function assertMediaType(header: string | null | undefined, expected: string): void {
  if (header === null || header === undefined) {
    throw new WebhookError("unsupported_media_type", `expected Content-Type ${expected}, got none`);
  }
  // What the vendors send, exactly: nothing to split, trim or lower-case.
  if (header === expected) return;
  const [essence = "", ...parameters] = header.split(";");
  const type = essence.trim().toLowerCase();
  if (type !== expected) {
    throw new WebhookError("unsupported_media_type", `expected Content-Type ${expected}`);
  }
  for (const parameter of parameters) {
    const [name = "", value = ""] = parameter.split("=");
    if (name.trim().toLowerCase() !== "charset") continue;
    const charset = value.trim().replaceAll('"', "").toLowerCase();
    if (!acceptedCharsets.has(charset)) {
      throw new WebhookError(
        "unsupported_media_type",
        `charset ${charset} is not supported; send UTF-8`,
      );
    }
  }
}
