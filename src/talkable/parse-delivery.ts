import type { TalkablePayloads, TalkableWebhookType } from "../../generated/talkable/webhooks.js";
import { talkableWebhookTypes } from "../../generated/talkable/webhooks.js";
import { talkablePayloadValidators } from "../../generated/talkable/validators.js";
import type { CompiledValidator } from "../core/compiled-validator.js";
import { WebhookError } from "../core/errors.js";
import { parseFormFields } from "../core/form-fields.js";
import { decodeFormComponent } from "../core/percent-decode.js";
import { assertNoPrototypeKeys, parseJsonObject } from "../core/json-text.js";
import { assertValid } from "../core/schema-issues.js";
import type { ParsedDelivery } from "../core/vendor-flow.js";
import { authenticateTalkable } from "./authenticate.js";
import { inferTalkableType } from "./infer-type.js";
import type { TalkableSettings } from "./settings.js";
import type { TalkableEvent } from "./types.js";

const singleFields: ReadonlySet<string> = new Set(["key", "site", "type", "payload", "extras"]);
/** What the receiver reads; `test` may repeat (its first copy counts), the others may not. */
const wantedFields: ReadonlySet<string> = new Set([...singleFields, "test"]);
/** A `test` value that is not UTF-8 is kept as sent (and so counts as a test send), never refused. */
const lenientFields: ReadonlySet<string> = new Set(["test"]);
/**
 * Only these fields may carry raw JSON (as the vendor's `curl --data` examples send it). They
 * are decoded only once the key was checked: a forged body costs the split, never the decode.
 */
const jsonFields: ReadonlySet<string> = new Set(["payload", "extras"]);
const knownTypes: ReadonlySet<string> = new Set(talkableWebhookTypes);

function malformed(pointer: string, message: string): WebhookError {
  return new WebhookError("malformed_body", message, { details: [{ pointer, message }] });
}

/** The type the delivery or the receiver names; undefined when neither does. */
function resolveType(
  field: string | undefined,
  configured: TalkableWebhookType | undefined,
): TalkableWebhookType | undefined {
  if (field === undefined || field === "") return configured;
  if (!knownTypes.has(field) || (configured !== undefined && field !== configured)) {
    const message = `this receiver does not handle webhook type ${JSON.stringify(field.slice(0, 64))}`;
    throw new WebhookError("unknown_webhook", message, {
      details: [{ pointer: "/type", message }],
    });
  }
  return field as TalkableWebhookType;
}

function checkPayload<K extends TalkableWebhookType>(
  type: K,
  payload: unknown,
): asserts payload is TalkablePayloads[K] {
  const validate: CompiledValidator<TalkablePayloads[K]> = talkablePayloadValidators[type];
  assertValid(validate, payload, "/payload", `the ${type} payload`);
}

/**
 * Whether a `test` field marks a test send. Talkable writes `test=true`; other senders and
 * proxies write booleans as `1`, `on`, `yes`, `t`. Like Rails' boolean casting (Talkable is
 * a Rails app), every value but the false ones counts, so no spelling of "test" pays a reward.
 */
export function isTestSend(value: string | undefined): boolean {
  if (value === undefined) return false;
  const text = value.trim().toLowerCase();
  return !["", "0", "false", "f", "no", "n", "off"].includes(text);
}

/** The fields beside the ones the receiver reads, as text; read again only when some came. */
function otherFields(body: string): Readonly<Record<string, string>> | undefined {
  const all = parseFormFields(body, { unique: singleFields, jsonFields, keepUndecodable: true });
  const others: Record<string, string> = {};
  for (const [name, value] of all) {
    if (name !== "" && !wantedFields.has(name))
      Object.defineProperty(others, name, { value, enumerable: true });
  }
  return Object.keys(others).length > 0 ? others : undefined;
}

/**
 * Turns a raw Talkable form body into a validated event: form fields → key (constant time)
 * and site → type → payload JSON → schema. The id is the hash of the type, the site and the
 * payload text as received (and of the test flag, on test sends).
 */
export function parseTalkableDelivery(
  body: string,
  settings: TalkableSettings,
): ParsedDelivery<TalkableEvent> {
  const options = {
    unique: singleFields,
    jsonFields,
    wanted: wantedFields,
    keepUndecodable: lenientFields,
    undecoded: jsonFields,
  };
  const fields = parseFormFields(body, options);
  const site = authenticateTalkable(fields.get("key"), fields.get("site"), settings);
  const named = resolveType(fields.get("type"), settings.type);
  const rawPayload = fields.get("payload");
  if (rawPayload === undefined) throw malformed("/payload", "the delivery has no payload field");
  const payloadText = decodeFormComponent(rawPayload);
  const payload = parseJsonObject(payloadText, "/payload");
  const rawExtras = fields.get("extras");
  const extras = rawExtras ? parseJsonObject(decodeFormComponent(rawExtras), "/extras") : undefined;
  const type = named ?? inferTalkableType(payload);
  checkPayload(type, payload);
  const test = isTestSend(fields.get("test"));
  const others = fields.unwanted > 0 ? otherFields(body) : undefined;
  const event = { type, site, test, payload, extras, fields: others };
  // A test send never shares an id with a live one of the same payload: neither is skipped.
  const idParts = ["talkable", type, site, payloadText, ...(test ? ["test"] : [])];
  return { event, idParts };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Checks an event that comes back from a queue as it was checked when it arrived. */
export function recheckTalkableEvent(value: unknown): TalkableEvent {
  const event = isRecord(value) ? value : {};
  const { id, type, site, payload, extras, test, fields } = event;
  if (typeof id !== "string" || (site !== undefined && typeof site !== "string")) {
    throw malformed("", "the queued event is not a Talkable event");
  }
  if (test !== undefined && typeof test !== "boolean")
    throw malformed("/test", "test must be a boolean");
  const texts = isRecord(fields) ? Object.values(fields) : [];
  if (
    fields !== undefined &&
    (!isRecord(fields) || texts.some((text) => typeof text !== "string"))
  ) {
    throw malformed("/fields", "fields must map names to text");
  }
  if (extras !== undefined && !isRecord(extras))
    throw malformed("/extras", "extras must be an object");
  const name = resolveType(typeof type === "string" ? type : "", undefined);
  if (name === undefined) throw malformed("/type", "the queued event has no type");
  assertNoPrototypeKeys(payload, "/payload");
  assertNoPrototypeKeys(extras, "/extras");
  checkPayload(name, payload);
  // Events queued before `test` existed were live sends.
  return (test === undefined ? { ...event, test: false } : event) as unknown as TalkableEvent;
}
