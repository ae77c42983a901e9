// This file was written by scripts/generate.ts (npm run generate) from openapi/emma.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import type { components, webhooks } from "./types.js";

/**
 * Every Emma webhook name in the spec (21), in the spec's order. Prose that
 * needs the count reads `emmaEventNames.length` rather than writing it down.
 *
 * @example
 * ```ts
 * import { emmaEventNames } from "talkable-emma-webhooks/emma";
 * for (const name of emmaEventNames) console.log(name);
 * ```
 */
export const emmaEventNames = [
  "member_signup",
  "message_open",
  "message_click",
  "member_optout",
  "message_share",
  "message_share_click",
  "message_forward",
  "mailing_finish",
  "import_finish",
  "member_add",
  "member_update",
  "member_delete",
  "member_add_to_group",
  "member_remove_from_group",
  "group_create",
  "group_delete",
  "group_update",
  "field_create",
  "field_delete",
  "field_update",
  "member_status_update",
] as const;

/**
 * A Emma webhook name (the spec's `webhooks` keys).
 *
 * @example
 * ```ts
 * import type { EmmaEventName } from "talkable-emma-webhooks/emma";
 * const name: EmmaEventName = "member_signup";
 * ```
 */
export type EmmaEventName = (typeof emmaEventNames)[number];

/**
 * The payload (`data`) each Emma webhook carries.
 *
 * @example
 * ```ts
 * import type { EmmaPayloads } from "talkable-emma-webhooks/emma";
 * type First = EmmaPayloads["member_signup"];
 * ```
 */
export interface EmmaPayloads {
  member_signup: components["schemas"]["MemberSignupData"];
  message_open: components["schemas"]["MailingEventBase"];
  message_click: components["schemas"]["MessageClickData"];
  member_optout: components["schemas"]["MailingEventBase"];
  message_share: components["schemas"]["MessageShareData"];
  message_share_click: components["schemas"]["MessageShareClickData"];
  message_forward: components["schemas"]["MailingEventBase"];
  mailing_finish: components["schemas"]["MailingFinishData"];
  import_finish: components["schemas"]["ImportFinishData"];
  member_add: components["schemas"]["MemberAddData"];
  member_update: components["schemas"]["MemberEventBase"];
  member_delete: components["schemas"]["MemberEventBase"];
  member_add_to_group: components["schemas"]["GroupMembershipBase"];
  member_remove_from_group: components["schemas"]["GroupMembershipBase"];
  group_create: components["schemas"]["GroupCreateData"];
  group_delete: components["schemas"]["GroupEventBase"];
  group_update: components["schemas"]["GroupUpdateData"];
  field_create: components["schemas"]["FieldEventBase"];
  field_delete: components["schemas"]["FieldEventBase"];
  field_update: components["schemas"]["FieldEventBase"];
  member_status_update: components["schemas"]["MemberStatusUpdateData"];
}

/**
 * The JSON answer a webhook expects from the receiver, for those that expect one.
 *
 * @example
 * ```ts
 * import type { EmmaAnswers } from "talkable-emma-webhooks/emma";
 * type Answered = keyof EmmaAnswers;
 * ```
 */
export type EmmaAnswers = Record<never, never>;

/**
 * The whole request body of each Emma webhook, as the spec describes it (decoded).
 *
 * @example
 * ```ts
 * import type { EmmaBodies } from "talkable-emma-webhooks/emma";
 * type FirstBody = EmmaBodies["member_signup"];
 * ```
 */
export type EmmaBodies = {
  [K in EmmaEventName]: NonNullable<
    NonNullable<webhooks[K]["post"]>["requestBody"]
  >["content"]["application/json"];
};
