// This file was written by scripts/generate.ts (npm run generate) from openapi/talkable.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import { createSchemaValidator, type SchemaValidator } from "../validator.js";
import { fast, full } from "./ajv-validators.js";
import type {
  TalkableAnswers,
  TalkableBodies,
  TalkablePayloads,
  TalkableWebhookType,
} from "./webhooks.js";

/**
 * Payload validators (the `payload` field), one per webhook.
 *
 * @example
 * ```ts
 * import { talkablePayloadValidators } from "talkable-emma-webhooks/talkable";
 * const check = talkablePayloadValidators["referral_web_hook"];
 * if (!check({})) console.log(check.errors?.map((issue) => issue.instancePath));
 * ```
 */
export const talkablePayloadValidators: {
  readonly [K in TalkableWebhookType]: SchemaValidator<TalkablePayloads[K]>;
} = {
  referral_web_hook: createSchemaValidator(
    fast.v_referral_web_hook_payload,
    full.v_referral_web_hook_payload,
  ),
  reward_web_hook: createSchemaValidator(
    fast.v_reward_web_hook_payload,
    full.v_reward_web_hook_payload,
  ),
  post_share_web_hook: createSchemaValidator(
    fast.v_post_share_web_hook_payload,
    full.v_post_share_web_hook_payload,
  ),
  create_coupon_web_hook: createSchemaValidator(
    fast.v_create_coupon_web_hook_payload,
    full.v_create_coupon_web_hook_payload,
  ),
  offer_signup_web_hook: createSchemaValidator(
    fast.v_offer_signup_web_hook_payload,
    full.v_offer_signup_web_hook_payload,
  ),
  claim_signup_web_hook: createSchemaValidator(
    fast.v_claim_signup_web_hook_payload,
    full.v_claim_signup_web_hook_payload,
  ),
  unsubscribe_web_hook: createSchemaValidator(
    fast.v_unsubscribe_web_hook_payload,
    full.v_unsubscribe_web_hook_payload,
  ),
  check_unsubscribe_web_hook: createSchemaValidator(
    fast.v_check_unsubscribe_web_hook_payload,
    full.v_check_unsubscribe_web_hook_payload,
  ),
  event_web_hook: createSchemaValidator(
    fast.v_event_web_hook_payload,
    full.v_event_web_hook_payload,
  ),
};

/**
 * Whole request body validators (decoded), one per webhook.
 *
 * @example
 * ```ts
 * import { talkableBodyValidators } from "talkable-emma-webhooks/talkable";
 * const ok = talkableBodyValidators["referral_web_hook"]({});
 * ```
 */
export const talkableBodyValidators: {
  readonly [K in TalkableWebhookType]: SchemaValidator<TalkableBodies[K]>;
} = {
  referral_web_hook: createSchemaValidator(
    fast.v_referral_web_hook_body,
    full.v_referral_web_hook_body,
  ),
  reward_web_hook: createSchemaValidator(fast.v_reward_web_hook_body, full.v_reward_web_hook_body),
  post_share_web_hook: createSchemaValidator(
    fast.v_post_share_web_hook_body,
    full.v_post_share_web_hook_body,
  ),
  create_coupon_web_hook: createSchemaValidator(
    fast.v_create_coupon_web_hook_body,
    full.v_create_coupon_web_hook_body,
  ),
  offer_signup_web_hook: createSchemaValidator(
    fast.v_offer_signup_web_hook_body,
    full.v_offer_signup_web_hook_body,
  ),
  claim_signup_web_hook: createSchemaValidator(
    fast.v_claim_signup_web_hook_body,
    full.v_claim_signup_web_hook_body,
  ),
  unsubscribe_web_hook: createSchemaValidator(
    fast.v_unsubscribe_web_hook_body,
    full.v_unsubscribe_web_hook_body,
  ),
  check_unsubscribe_web_hook: createSchemaValidator(
    fast.v_check_unsubscribe_web_hook_body,
    full.v_check_unsubscribe_web_hook_body,
  ),
  event_web_hook: createSchemaValidator(fast.v_event_web_hook_body, full.v_event_web_hook_body),
};

/**
 * Validators of the JSON answers some webhooks expect from the receiver.
 *
 * @example
 * ```ts
 * import { talkableAnswerValidators } from "talkable-emma-webhooks/talkable";
 * console.log(Object.keys(talkableAnswerValidators));
 * ```
 */
export const talkableAnswerValidators: {
  readonly [K in keyof TalkableAnswers]: SchemaValidator<TalkableAnswers[K]>;
} = {
  check_unsubscribe_web_hook: createSchemaValidator(
    fast.v_check_unsubscribe_web_hook_answer,
    full.v_check_unsubscribe_web_hook_answer,
  ),
};
