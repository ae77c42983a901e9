// This file was written by scripts/generate.ts (npm run generate) from openapi/emma.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import { createSchemaValidator, type SchemaValidator } from "../validator.js";
import { fast, full } from "./ajv-validators.js";
import type { operations } from "./types.js";
import type { EmmaAnswers, EmmaBodies, EmmaPayloads, EmmaEventName } from "./webhooks.js";

/**
 * Payload validators (the `data` field), one per webhook.
 *
 * @example
 * ```ts
 * import { emmaPayloadValidators } from "talkable-emma-webhooks/emma";
 * const check = emmaPayloadValidators["member_signup"];
 * if (!check({})) console.log(check.errors?.map((issue) => issue.instancePath));
 * ```
 */
export const emmaPayloadValidators: {
  readonly [K in EmmaEventName]: SchemaValidator<EmmaPayloads[K]>;
} = {
  member_signup: createSchemaValidator(fast.v_member_signup_payload, full.v_member_signup_payload),
  message_open: createSchemaValidator(fast.v_message_open_payload, full.v_message_open_payload),
  message_click: createSchemaValidator(fast.v_message_click_payload, full.v_message_click_payload),
  member_optout: createSchemaValidator(fast.v_member_optout_payload, full.v_member_optout_payload),
  message_share: createSchemaValidator(fast.v_message_share_payload, full.v_message_share_payload),
  message_share_click: createSchemaValidator(
    fast.v_message_share_click_payload,
    full.v_message_share_click_payload,
  ),
  message_forward: createSchemaValidator(
    fast.v_message_forward_payload,
    full.v_message_forward_payload,
  ),
  mailing_finish: createSchemaValidator(
    fast.v_mailing_finish_payload,
    full.v_mailing_finish_payload,
  ),
  import_finish: createSchemaValidator(fast.v_import_finish_payload, full.v_import_finish_payload),
  member_add: createSchemaValidator(fast.v_member_add_payload, full.v_member_add_payload),
  member_update: createSchemaValidator(fast.v_member_update_payload, full.v_member_update_payload),
  member_delete: createSchemaValidator(fast.v_member_delete_payload, full.v_member_delete_payload),
  member_add_to_group: createSchemaValidator(
    fast.v_member_add_to_group_payload,
    full.v_member_add_to_group_payload,
  ),
  member_remove_from_group: createSchemaValidator(
    fast.v_member_remove_from_group_payload,
    full.v_member_remove_from_group_payload,
  ),
  group_create: createSchemaValidator(fast.v_group_create_payload, full.v_group_create_payload),
  group_delete: createSchemaValidator(fast.v_group_delete_payload, full.v_group_delete_payload),
  group_update: createSchemaValidator(fast.v_group_update_payload, full.v_group_update_payload),
  field_create: createSchemaValidator(fast.v_field_create_payload, full.v_field_create_payload),
  field_delete: createSchemaValidator(fast.v_field_delete_payload, full.v_field_delete_payload),
  field_update: createSchemaValidator(fast.v_field_update_payload, full.v_field_update_payload),
  member_status_update: createSchemaValidator(
    fast.v_member_status_update_payload,
    full.v_member_status_update_payload,
  ),
};

/**
 * Whole request body validators (decoded), one per webhook.
 *
 * @example
 * ```ts
 * import { emmaBodyValidators } from "talkable-emma-webhooks/emma";
 * const ok = emmaBodyValidators["member_signup"]({});
 * ```
 */
export const emmaBodyValidators: { readonly [K in EmmaEventName]: SchemaValidator<EmmaBodies[K]> } =
  {
    member_signup: createSchemaValidator(fast.v_member_signup_body, full.v_member_signup_body),
    message_open: createSchemaValidator(fast.v_message_open_body, full.v_message_open_body),
    message_click: createSchemaValidator(fast.v_message_click_body, full.v_message_click_body),
    member_optout: createSchemaValidator(fast.v_member_optout_body, full.v_member_optout_body),
    message_share: createSchemaValidator(fast.v_message_share_body, full.v_message_share_body),
    message_share_click: createSchemaValidator(
      fast.v_message_share_click_body,
      full.v_message_share_click_body,
    ),
    message_forward: createSchemaValidator(
      fast.v_message_forward_body,
      full.v_message_forward_body,
    ),
    mailing_finish: createSchemaValidator(fast.v_mailing_finish_body, full.v_mailing_finish_body),
    import_finish: createSchemaValidator(fast.v_import_finish_body, full.v_import_finish_body),
    member_add: createSchemaValidator(fast.v_member_add_body, full.v_member_add_body),
    member_update: createSchemaValidator(fast.v_member_update_body, full.v_member_update_body),
    member_delete: createSchemaValidator(fast.v_member_delete_body, full.v_member_delete_body),
    member_add_to_group: createSchemaValidator(
      fast.v_member_add_to_group_body,
      full.v_member_add_to_group_body,
    ),
    member_remove_from_group: createSchemaValidator(
      fast.v_member_remove_from_group_body,
      full.v_member_remove_from_group_body,
    ),
    group_create: createSchemaValidator(fast.v_group_create_body, full.v_group_create_body),
    group_delete: createSchemaValidator(fast.v_group_delete_body, full.v_group_delete_body),
    group_update: createSchemaValidator(fast.v_group_update_body, full.v_group_update_body),
    field_create: createSchemaValidator(fast.v_field_create_body, full.v_field_create_body),
    field_delete: createSchemaValidator(fast.v_field_delete_body, full.v_field_delete_body),
    field_update: createSchemaValidator(fast.v_field_update_body, full.v_field_update_body),
    member_status_update: createSchemaValidator(
      fast.v_member_status_update_body,
      full.v_member_status_update_body,
    ),
  };

/**
 * Validators of the JSON answers some webhooks expect from the receiver.
 *
 * @example
 * ```ts
 * import { emmaAnswerValidators } from "talkable-emma-webhooks/emma";
 * console.log(Object.keys(emmaAnswerValidators));
 * ```
 */
export const emmaAnswerValidators: {
  readonly [K in keyof EmmaAnswers]: SchemaValidator<EmmaAnswers[K]>;
} = {};

/** Validators of the management API's request and response bodies, by operationId. */
export interface EmmaApiValidators {
  readonly listWebhooks: {
    readonly "200": SchemaValidator<
      operations["listWebhooks"]["responses"][200]["content"]["application/json"]
    >;
    readonly "401": SchemaValidator<
      operations["listWebhooks"]["responses"][401]["content"]["application/json"]
    >;
  };
  readonly createWebhook: {
    readonly request: SchemaValidator<
      NonNullable<operations["createWebhook"]["requestBody"]>["content"]["application/json"]
    >;
    readonly "200": SchemaValidator<
      operations["createWebhook"]["responses"][200]["content"]["application/json"]
    >;
    readonly "400": SchemaValidator<
      operations["createWebhook"]["responses"][400]["content"]["application/json"]
    >;
    readonly "401": SchemaValidator<
      operations["createWebhook"]["responses"][401]["content"]["application/json"]
    >;
  };
  readonly deleteAllWebhooks: {
    readonly "200": SchemaValidator<
      operations["deleteAllWebhooks"]["responses"][200]["content"]["application/json"]
    >;
    readonly "401": SchemaValidator<
      operations["deleteAllWebhooks"]["responses"][401]["content"]["application/json"]
    >;
  };
  readonly listWebhookEvents: {
    readonly "200": SchemaValidator<
      operations["listWebhookEvents"]["responses"][200]["content"]["application/json"]
    >;
    readonly "401": SchemaValidator<
      operations["listWebhookEvents"]["responses"][401]["content"]["application/json"]
    >;
  };
  readonly getWebhook: {
    readonly "200": SchemaValidator<
      operations["getWebhook"]["responses"][200]["content"]["application/json"]
    >;
    readonly "401": SchemaValidator<
      operations["getWebhook"]["responses"][401]["content"]["application/json"]
    >;
    readonly "404": SchemaValidator<
      operations["getWebhook"]["responses"][404]["content"]["application/json"]
    >;
  };
  readonly updateWebhook: {
    readonly request: SchemaValidator<
      NonNullable<operations["updateWebhook"]["requestBody"]>["content"]["application/json"]
    >;
    readonly "200": SchemaValidator<
      operations["updateWebhook"]["responses"][200]["content"]["application/json"]
    >;
    readonly "400": SchemaValidator<
      operations["updateWebhook"]["responses"][400]["content"]["application/json"]
    >;
    readonly "401": SchemaValidator<
      operations["updateWebhook"]["responses"][401]["content"]["application/json"]
    >;
    readonly "404": SchemaValidator<
      operations["updateWebhook"]["responses"][404]["content"]["application/json"]
    >;
  };
  readonly deleteWebhook: {
    readonly "200": SchemaValidator<
      operations["deleteWebhook"]["responses"][200]["content"]["application/json"]
    >;
    readonly "401": SchemaValidator<
      operations["deleteWebhook"]["responses"][401]["content"]["application/json"]
    >;
    readonly "404": SchemaValidator<
      operations["deleteWebhook"]["responses"][404]["content"]["application/json"]
    >;
  };
}

/**
 * The management API's body validators, by operationId and `request` or status code.
 *
 * @example
 * ```ts
 * import { emmaApiValidators } from "talkable-emma-webhooks/emma";
 * const ok = emmaApiValidators.listWebhooks["200"]([]);
 * ```
 */
export const emmaApiValidators: EmmaApiValidators = {
  listWebhooks: {
    "200": createSchemaValidator(fast.v_listWebhooks_200, full.v_listWebhooks_200),
    "401": createSchemaValidator(fast.v_listWebhooks_401, full.v_listWebhooks_401),
  },
  createWebhook: {
    request: createSchemaValidator(fast.v_createWebhook_request, full.v_createWebhook_request),
    "200": createSchemaValidator(fast.v_createWebhook_200, full.v_createWebhook_200),
    "400": createSchemaValidator(fast.v_createWebhook_400, full.v_createWebhook_400),
    "401": createSchemaValidator(fast.v_createWebhook_401, full.v_createWebhook_401),
  },
  deleteAllWebhooks: {
    "200": createSchemaValidator(fast.v_deleteAllWebhooks_200, full.v_deleteAllWebhooks_200),
    "401": createSchemaValidator(fast.v_deleteAllWebhooks_401, full.v_deleteAllWebhooks_401),
  },
  listWebhookEvents: {
    "200": createSchemaValidator(fast.v_listWebhookEvents_200, full.v_listWebhookEvents_200),
    "401": createSchemaValidator(fast.v_listWebhookEvents_401, full.v_listWebhookEvents_401),
  },
  getWebhook: {
    "200": createSchemaValidator(fast.v_getWebhook_200, full.v_getWebhook_200),
    "401": createSchemaValidator(fast.v_getWebhook_401, full.v_getWebhook_401),
    "404": createSchemaValidator(fast.v_getWebhook_404, full.v_getWebhook_404),
  },
  updateWebhook: {
    request: createSchemaValidator(fast.v_updateWebhook_request, full.v_updateWebhook_request),
    "200": createSchemaValidator(fast.v_updateWebhook_200, full.v_updateWebhook_200),
    "400": createSchemaValidator(fast.v_updateWebhook_400, full.v_updateWebhook_400),
    "401": createSchemaValidator(fast.v_updateWebhook_401, full.v_updateWebhook_401),
    "404": createSchemaValidator(fast.v_updateWebhook_404, full.v_updateWebhook_404),
  },
  deleteWebhook: {
    "200": createSchemaValidator(fast.v_deleteWebhook_200, full.v_deleteWebhook_200),
    "401": createSchemaValidator(fast.v_deleteWebhook_401, full.v_deleteWebhook_401),
    "404": createSchemaValidator(fast.v_deleteWebhook_404, full.v_deleteWebhook_404),
  },
};
