import { WebhookError } from "../core/errors.js";
import type { RequestHead } from "../core/incoming.js";
import { matchesAnySecret } from "../core/secret.js";
import type { EmmaSettings } from "./settings.js";

/** The token check, done from the URL or a header before the body is read. */
export function authenticateEmma(head: RequestHead, settings: EmmaSettings): void {
  if (settings.unauthenticated) return;
  const token = settings.tokenHeader ? head.header(settings.tokenHeader) : head.query("token");
  if (!token) throw new WebhookError("unauthorized", "the delivery has no token");
  if (!matchesAnySecret(token, settings.tokens)) {
    throw new WebhookError("unauthorized", "the token does not match");
  }
}
