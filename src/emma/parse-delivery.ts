import type { EmmaBodies, EmmaEventName } from "../../generated/emma/webhooks.js";
import { emmaEventNames } from "../../generated/emma/webhooks.js";
import { emmaBodyValidators } from "../../generated/emma/validators.js";
import { WebhookError } from "../core/errors.js";
import { parseJsonObject } from "../core/json-text.js";
import type { CompiledValidator } from "../core/compiled-validator.js";
import { assertValid } from "../core/schema-issues.js";
import { matchesAnySecret } from "../core/secret.js";
import type { EmmaEvent } from "./types.js";

/** Options resolved once, at creation. */
export interface EmmaSettings {
  readonly tokens: readonly string[];
  readonly tokenHeader: string | undefined;
  readonly accountIds: ReadonlySet<number> | undefined;
  readonly allowUnauthenticated: boolean;
  readonly maxBodyBytes: number;
}

const knownEvents: ReadonlySet<string> = new Set(emmaEventNames);

function isEventName(value: unknown): value is EmmaEventName {
  return typeof value === "string" && knownEvents.has(value);
}

/** The token check, done before the body is parsed. */
export function authenticateEmma(token: string | null | undefined, settings: EmmaSettings): void {
  if (settings.tokens.length === 0 && settings.allowUnauthenticated) return;
  if (!token) throw new WebhookError("unauthorized", "the delivery has no token");
  if (!matchesAnySecret(token, settings.tokens)) {
    throw new WebhookError("unauthorized", "the token does not match");
  }
}

function checkAccount(data: unknown, settings: EmmaSettings): void {
  if (!settings.accountIds || data === null || typeof data !== "object") return;
  const accountId = (data as { account_id?: unknown }).account_id;
  // Some deliveries omit account_id (see the spec); only a different account is refused.
  if (accountId === undefined) return;
  if (typeof accountId !== "number" || !settings.accountIds.has(accountId)) {
    throw new WebhookError("unauthorized", "the delivery is for another Emma account");
  }
}

function checkDelivery<K extends EmmaEventName>(
  name: K,
  delivery: unknown,
): asserts delivery is EmmaBodies[K] {
  const validate: CompiledValidator<EmmaBodies[K]> = emmaBodyValidators[name];
  assertValid(validate, delivery, "", `the ${name} delivery`);
}

/** Turns an authenticated raw JSON body into a validated event. */
export function parseEmmaDelivery(body: string, settings: EmmaSettings): EmmaEvent {
  const delivery = parseJsonObject(body, "");
  const name = delivery["event_name"];
  if (!isEventName(name)) {
    const shown = typeof name === "string" ? JSON.stringify(name.slice(0, 64)) : "(none)";
    const message = `this receiver does not handle event_name ${shown}`;
    throw new WebhookError("unknown_webhook", message, {
      details: [{ pointer: "/event_name", message }],
    });
  }
  checkAccount(delivery["data"], settings);
  checkDelivery(name, delivery);
  // The validator was chosen by event_name and checks it again as a constant, so the pair is
  // correlated; TypeScript cannot follow that through a union, hence this one widening.
  return delivery as EmmaEvent;
}
