// This file was written by scripts/generate.ts (npm run generate) from openapi/talkable.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import type { components, webhooks } from "./types.js";

/** Every Talkable webhook name in the spec, in the spec's order. */
export const talkableWebhookTypes = [
  "referral_web_hook",
  "reward_web_hook",
  "post_share_web_hook",
  "create_coupon_web_hook",
  "offer_signup_web_hook",
  "claim_signup_web_hook",
  "unsubscribe_web_hook",
  "check_unsubscribe_web_hook",
  "event_web_hook",
] as const;

/** A Talkable webhook name (the spec's `webhooks` keys). */
export type TalkableWebhookType = (typeof talkableWebhookTypes)[number];

/** The payload (`payload`) each Talkable webhook carries. */
export interface TalkablePayloads {
  referral_web_hook: components["schemas"]["ReferralPayload"];
  reward_web_hook: components["schemas"]["RewardPayload"];
  post_share_web_hook: components["schemas"]["PostSharePayload"];
  create_coupon_web_hook: components["schemas"]["CreateCouponPayload"];
  offer_signup_web_hook: components["schemas"]["OfferSignupPayload"];
  claim_signup_web_hook: components["schemas"]["ClaimSignupPayload"];
  unsubscribe_web_hook: components["schemas"]["UnsubscribePayload"];
  check_unsubscribe_web_hook: components["schemas"]["CheckUnsubscribePayload"];
  event_web_hook: components["schemas"]["EventPayload"];
}

/** The JSON answer a webhook expects from the receiver, for those that expect one. */
export interface TalkableAnswers {
  check_unsubscribe_web_hook: components["schemas"]["CheckUnsubscribeResponse"];
}

/** The whole request body of each Talkable webhook, as the spec describes it (decoded). */
export type TalkableBodies = {
  [K in TalkableWebhookType]: NonNullable<NonNullable<webhooks[K]["post"]>["requestBody"]>["content"]["application/x-www-form-urlencoded"];
};
