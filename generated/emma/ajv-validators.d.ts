// This file was written by scripts/generate.ts (npm run generate) from openapi/emma.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import type { AjvValidator } from "../validator.js";

/** ajv's validators, stopping at the first error; one per schema the typed maps export. */
export declare const fast: {
  readonly v_member_signup_payload: AjvValidator;
  readonly v_message_open_payload: AjvValidator;
  readonly v_message_click_payload: AjvValidator;
  readonly v_member_optout_payload: AjvValidator;
  readonly v_message_share_payload: AjvValidator;
  readonly v_message_share_click_payload: AjvValidator;
  readonly v_message_forward_payload: AjvValidator;
  readonly v_mailing_finish_payload: AjvValidator;
  readonly v_import_finish_payload: AjvValidator;
  readonly v_member_add_payload: AjvValidator;
  readonly v_member_update_payload: AjvValidator;
  readonly v_member_delete_payload: AjvValidator;
  readonly v_member_add_to_group_payload: AjvValidator;
  readonly v_member_remove_from_group_payload: AjvValidator;
  readonly v_group_create_payload: AjvValidator;
  readonly v_group_delete_payload: AjvValidator;
  readonly v_group_update_payload: AjvValidator;
  readonly v_field_create_payload: AjvValidator;
  readonly v_field_delete_payload: AjvValidator;
  readonly v_field_update_payload: AjvValidator;
  readonly v_member_status_update_payload: AjvValidator;
  readonly v_member_signup_body: AjvValidator;
  readonly v_message_open_body: AjvValidator;
  readonly v_message_click_body: AjvValidator;
  readonly v_member_optout_body: AjvValidator;
  readonly v_message_share_body: AjvValidator;
  readonly v_message_share_click_body: AjvValidator;
  readonly v_message_forward_body: AjvValidator;
  readonly v_mailing_finish_body: AjvValidator;
  readonly v_import_finish_body: AjvValidator;
  readonly v_member_add_body: AjvValidator;
  readonly v_member_update_body: AjvValidator;
  readonly v_member_delete_body: AjvValidator;
  readonly v_member_add_to_group_body: AjvValidator;
  readonly v_member_remove_from_group_body: AjvValidator;
  readonly v_group_create_body: AjvValidator;
  readonly v_group_delete_body: AjvValidator;
  readonly v_group_update_body: AjvValidator;
  readonly v_field_create_body: AjvValidator;
  readonly v_field_delete_body: AjvValidator;
  readonly v_field_update_body: AjvValidator;
  readonly v_member_status_update_body: AjvValidator;
  readonly v_listWebhooks_200: AjvValidator;
  readonly v_listWebhooks_401: AjvValidator;
  readonly v_createWebhook_request: AjvValidator;
  readonly v_createWebhook_200: AjvValidator;
  readonly v_createWebhook_400: AjvValidator;
  readonly v_createWebhook_401: AjvValidator;
  readonly v_deleteAllWebhooks_200: AjvValidator;
  readonly v_deleteAllWebhooks_401: AjvValidator;
  readonly v_listWebhookEvents_200: AjvValidator;
  readonly v_listWebhookEvents_401: AjvValidator;
  readonly v_getWebhook_200: AjvValidator;
  readonly v_getWebhook_401: AjvValidator;
  readonly v_getWebhook_404: AjvValidator;
  readonly v_updateWebhook_request: AjvValidator;
  readonly v_updateWebhook_200: AjvValidator;
  readonly v_updateWebhook_400: AjvValidator;
  readonly v_updateWebhook_401: AjvValidator;
  readonly v_updateWebhook_404: AjvValidator;
  readonly v_deleteWebhook_200: AjvValidator;
  readonly v_deleteWebhook_401: AjvValidator;
  readonly v_deleteWebhook_404: AjvValidator;
};

/** The same validators collecting every error (`allErrors`), run only after a failure. */
export declare const full: typeof fast;
