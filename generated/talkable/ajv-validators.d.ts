// This file was written by scripts/generate.ts (npm run generate) from openapi/talkable.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import type { AjvValidator } from "../validator.js";

/** ajv's validators, stopping at the first error; one per schema the typed maps export. */
export declare const fast: {
  readonly v_referral_web_hook_payload: AjvValidator;
  readonly v_reward_web_hook_payload: AjvValidator;
  readonly v_post_share_web_hook_payload: AjvValidator;
  readonly v_create_coupon_web_hook_payload: AjvValidator;
  readonly v_offer_signup_web_hook_payload: AjvValidator;
  readonly v_claim_signup_web_hook_payload: AjvValidator;
  readonly v_unsubscribe_web_hook_payload: AjvValidator;
  readonly v_check_unsubscribe_web_hook_payload: AjvValidator;
  readonly v_event_web_hook_payload: AjvValidator;
  readonly v_referral_web_hook_body: AjvValidator;
  readonly v_reward_web_hook_body: AjvValidator;
  readonly v_post_share_web_hook_body: AjvValidator;
  readonly v_create_coupon_web_hook_body: AjvValidator;
  readonly v_offer_signup_web_hook_body: AjvValidator;
  readonly v_claim_signup_web_hook_body: AjvValidator;
  readonly v_unsubscribe_web_hook_body: AjvValidator;
  readonly v_check_unsubscribe_web_hook_body: AjvValidator;
  readonly v_event_web_hook_body: AjvValidator;
  readonly v_check_unsubscribe_web_hook_answer: AjvValidator;
};

/** The same validators collecting every error (`allErrors`), run only after a failure. */
export declare const full: typeof fast;
