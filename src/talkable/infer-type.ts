import type { TalkableWebhookType } from "../../generated/talkable/webhooks.js";
import { talkableWebhookTypes } from "../../generated/talkable/webhooks.js";
import { talkablePayloadValidators } from "../../generated/talkable/validators.js";
import { WebhookError } from "../core/errors.js";

/**
 * The webhook type of a delivery that names none (Talkable's own post share example sends no
 * `type` field), decided by the spec: the one webhook whose payload schema accepts `payload`.
 * When none or several do, the delivery is refused with 400 naming the receiver's `type`
 * option. Only deliveries without a type come here, so typed ones never run these validators.
 */
export function inferTalkableType(payload: unknown): TalkableWebhookType {
  const fitting = talkableWebhookTypes.filter((type) => talkablePayloadValidators[type](payload));
  const [only] = fitting;
  if (only !== undefined && fitting.length === 1) return only;
  const fits =
    fitting.length === 0
      ? "fits no webhook's payload schema"
      : `fits ${fitting.length} webhook types (${fitting.join(", ")})`;
  const message = `the delivery has no type field and its payload ${fits}; configure the \`type\` option on an endpoint that serves one`;
  throw new WebhookError("malformed_body", message, { details: [{ pointer: "/type", message }] });
}
