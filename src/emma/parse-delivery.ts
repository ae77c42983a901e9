import type { EmmaBodies, EmmaEventName } from "../../generated/emma/webhooks.js";
import { emmaEventNames } from "../../generated/emma/webhooks.js";
import { emmaBodyValidators } from "../../generated/emma/validators.js";
import type { CompiledValidator } from "../core/compiled-validator.js";
import { WebhookError } from "../core/errors.js";
import { assertNoPrototypeKeys, parseJsonObject } from "../core/json-text.js";
import { assertValid } from "../core/schema-issues.js";
import type { ParsedDelivery } from "../core/vendor-flow.js";
import type { EmmaSettings } from "./settings.js";
import type { EmmaEvent } from "./types.js";

const knownEvents: ReadonlySet<string> = new Set(emmaEventNames);

function eventName(value: unknown): EmmaEventName {
  if (typeof value === "string" && knownEvents.has(value)) return value as EmmaEventName;
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 64)) : "(none)";
  const message = `this receiver does not handle event_name ${shown}`;
  throw new WebhookError("unknown_webhook", message, {
    details: [{ pointer: "/event_name", message }],
  });
}

function checkAccount(data: unknown, settings: EmmaSettings): void {
  if (!settings.accountIds || data === null || typeof data !== "object") return;
  const accountId = (data as { account_id?: unknown }).account_id;
  // Some deliveries omit account_id (see the spec); only a different account is refused.
  if (accountId === undefined || accountId === null) return;
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

/** The members beside `event_name` and `data`, as a rest pattern would gather them. */
function otherMembers(delivery: Record<string, unknown>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(delivery)) {
    // Defined rather than assigned, so no key can reach a setter (`__proto__`, refused already).
    if (key !== "event_name" && key !== "data")
      Object.defineProperty(rest, key, {
        value: delivery[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return rest;
}

/** The event of a validated delivery: members beside `event_name` and `data` go to `extras`. */
function toEvent(delivery: Record<string, unknown>): Omit<EmmaEvent, "id"> {
  const { event_name, data } = delivery;
  const named =
    Number(Object.hasOwn(delivery, "event_name")) + Number(Object.hasOwn(delivery, "data"));
  // Nearly every delivery holds those two members only: then no rest object is made at all.
  const extras = Object.keys(delivery).length > named ? otherMembers(delivery) : undefined;
  // The validator was chosen by event_name and checks it again as a constant, so the pair is
  // correlated; TypeScript cannot follow that through a union, hence this one widening.
  return { event_name, data, extras } as Omit<EmmaEvent, "id">;
}

/** Turns an authenticated raw JSON body into a validated event. */
export function parseEmmaDelivery(body: string, settings: EmmaSettings): ParsedDelivery<EmmaEvent> {
  const delivery = parseJsonObject(body, "");
  const name = eventName(delivery["event_name"]);
  checkAccount(delivery["data"], settings);
  checkDelivery(name, delivery);
  return { event: toEvent(delivery), idParts: ["emma", name, undefined, body] };
}

/** Checks an event that comes back from a queue as it was checked when it arrived. */
export function recheckEmmaEvent(value: unknown): EmmaEvent {
  const event =
    value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
  const { id, event_name, data, extras } = event;
  if (typeof id !== "string")
    throw new WebhookError("malformed_body", "the queued event is not an Emma event");
  const name = eventName(event_name);
  const delivery = { ...(extras as Record<string, unknown> | undefined), event_name, data };
  assertNoPrototypeKeys(delivery, "");
  checkDelivery(name, delivery);
  return event as unknown as EmmaEvent;
}
