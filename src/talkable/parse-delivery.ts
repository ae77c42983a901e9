import type { TalkablePayloads, TalkableWebhookType } from "../../generated/talkable/webhooks.js";
import { talkableWebhookTypes } from "../../generated/talkable/webhooks.js";
import { talkablePayloadValidators } from "../../generated/talkable/validators.js";
import { WebhookError } from "../core/errors.js";
import { parseFormFields } from "../core/form-fields.js";
import { parseJsonObject } from "../core/json-text.js";
import type { CompiledValidator } from "../core/compiled-validator.js";
import { assertValid } from "../core/schema-issues.js";
import { matchesAnySecret } from "../core/secret.js";
import type { TalkableSettings } from "./settings.js";
import type { TalkableEvent } from "./types.js";

const singleFields = new Set(["key", "site", "type", "payload", "extras"]);
const knownTypes: ReadonlySet<string> = new Set(talkableWebhookTypes);

function isWebhookType(value: string): value is TalkableWebhookType {
  return knownTypes.has(value);
}

function unauthorized(message: string): WebhookError {
  return new WebhookError("unauthorized", message);
}

/** The key (and site) check, done before the payload is even decoded from JSON. */
function authenticate(
  key: string | undefined,
  site: string | undefined,
  settings: TalkableSettings,
) {
  if (key === undefined || key === "") throw unauthorized("the delivery has no key field");
  if (settings.sites && (site === undefined || !settings.sites.has(site))) {
    throw unauthorized("the delivery's site is not accepted here");
  }
  const accepted = settings.keysBySite
    ? site === undefined
      ? undefined
      : settings.keysBySite.get(site)
    : settings.keys;
  if (!accepted) throw unauthorized("the delivery names no site this receiver has a key for");
  if (!matchesAnySecret(key, accepted)) throw unauthorized("the key does not match");
}

function resolveType(field: string | undefined, settings: TalkableSettings): TalkableWebhookType {
  if (field === undefined || field === "") {
    if (settings.type) return settings.type;
    const message =
      "the delivery has no type field; configure `type` on an endpoint that serves one";
    throw new WebhookError("malformed_body", message, { details: [{ pointer: "/type", message }] });
  }
  if (!isWebhookType(field) || (settings.type !== undefined && field !== settings.type)) {
    const message = `this receiver does not handle webhook type ${JSON.stringify(field.slice(0, 64))}`;
    throw new WebhookError("unknown_webhook", message, {
      details: [{ pointer: "/type", message }],
    });
  }
  return field;
}

function checkPayload<K extends TalkableWebhookType>(
  type: K,
  payload: unknown,
): asserts payload is TalkablePayloads[K] {
  const validate: CompiledValidator<TalkablePayloads[K]> = talkablePayloadValidators[type];
  assertValid(validate, payload, "/payload", `the ${type} payload`);
}

/**
 * Turns a raw Talkable form body into a validated event:
 * form fields → key (constant time) and site → type → payload JSON → schema.
 */
export function parseTalkableDelivery(body: string, settings: TalkableSettings): TalkableEvent {
  const fields = parseFormFields(body, singleFields);
  const site = fields.get("site");
  authenticate(fields.get("key"), site, settings);
  const type = resolveType(fields.get("type"), settings);
  const payloadText = fields.get("payload");
  if (payloadText === undefined) {
    const message = "the delivery has no payload field";
    throw new WebhookError("malformed_body", message, {
      details: [{ pointer: "/payload", message }],
    });
  }
  const payload = parseJsonObject(payloadText, "/payload");
  const extrasText = fields.get("extras");
  const extras = extrasText ? parseJsonObject(extrasText, "/extras") : undefined;
  checkPayload(type, payload);
  // The validator was chosen by `type`, so `type` and `payload` belong together; TypeScript
  // cannot follow that correlation through a union, hence this one widening.
  return { type, site, payload, extras } as TalkableEvent;
}
