// This file was written by scripts/generate.ts (npm run generate) from openapi/talkable.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import type { components, webhooks } from "./types.js";

/**
 * Every Talkable webhook name in the spec (9), in the spec's order. Prose that
 * needs the count reads `talkableWebhookTypes.length` rather than writing it down.
 *
 * @example
 * ```ts
 * import { talkableWebhookTypes } from "talkable-emma-webhooks/talkable";
 * for (const name of talkableWebhookTypes) console.log(name);
 * ```
 */
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

/**
 * A Talkable webhook name (the spec's `webhooks` keys).
 *
 * @example
 * ```ts
 * import type { TalkableWebhookType } from "talkable-emma-webhooks/talkable";
 * const name: TalkableWebhookType = "referral_web_hook";
 * ```
 */
export type TalkableWebhookType = (typeof talkableWebhookTypes)[number];

/**
 * The payload (`payload`) each Talkable webhook carries.
 *
 * @example
 * ```ts
 * import type { TalkablePayloads } from "talkable-emma-webhooks/talkable";
 * type First = TalkablePayloads["referral_web_hook"];
 * ```
 */
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

/**
 * The JSON answer a webhook expects from the receiver, for those that expect one.
 *
 * @example
 * ```ts
 * import type { TalkableAnswers } from "talkable-emma-webhooks/talkable";
 * type Answered = keyof TalkableAnswers;
 * ```
 */
export interface TalkableAnswers {
  check_unsubscribe_web_hook: components["schemas"]["CheckUnsubscribeResponse"];
}

/**
 * The whole request body of each Talkable webhook, as the spec describes it (decoded).
 *
 * @example
 * ```ts
 * import type { TalkableBodies } from "talkable-emma-webhooks/talkable";
 * type FirstBody = TalkableBodies["referral_web_hook"];
 * ```
 */
export type TalkableBodies = {
  [K in TalkableWebhookType]: NonNullable<
    NonNullable<webhooks[K]["post"]>["requestBody"]
  >["content"]["application/x-www-form-urlencoded"];
};
