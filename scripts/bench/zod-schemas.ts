/**
 * Hand-written zod v4 schemas of the two benchmarked payloads, mirroring the spec's required
 * fields, types, nullability and openness: the "hand-rolled zod parser" a team would write.
 */
import { z } from "zod";

const nullableString = z.string().nullable().optional();
const timestamp = z.string().nullable().optional();
const amount = z.union([z.string().regex(/^-?[0-9]+(\.[0-9]+)?$/), z.number(), z.null()]);

const campaign = z.looseObject({
  id: z.number().int(),
  cached_slug: z.union([z.number(), z.string()]).optional(),
  type: z.enum(["StandaloneCampaign", "DoubleSidedDealCampaign"]).optional(),
  tag_names: z.array(z.string()).optional(),
  joinable_category_names: z.array(z.string()).optional(),
  new_customer: z.boolean().nullable().optional(),
  origin_min_age: z.number().nullable().optional(),
  origin_max_age: z.number().nullable().optional(),
});

const offer = z.looseObject({
  email: nullableString,
  phone_number: nullableString,
  short_url_code: z.string(),
  ip_address: nullableString,
});

const person = z.looseObject({
  email: z.string(),
  phone_number: nullableString,
  first_name: nullableString,
  last_name: nullableString,
  username: nullableString,
  customer_id: nullableString,
  sub_choice: z.boolean().nullable().optional(),
  subscribed_at: timestamp,
  opted_in_at: timestamp,
  phone_opted_in_at: timestamp,
  unsubscribed_at: timestamp,
  custom_properties: z.record(z.string(), z.unknown()).optional(),
  is_loyalty_member: z.boolean().optional(),
  loyalty_member: z.record(z.string(), z.unknown()).nullable().optional(),
  referral_counts: z
    .looseObject({ total: z.number(), approved: z.number(), pending: z.number() })
    .optional(),
  gender: nullableString,
});

const originBase = {
  id: z.number().int(),
  email: nullableString,
  phone_number: nullableString,
  customer_id: nullableString,
  traffic_source: z.string().optional(),
  ip_address: nullableString,
};
const purchaseLike = {
  order_date: timestamp,
  subtotal: z.number().nullable().optional(),
  currency_iso_code: nullableString,
  coupon_code: nullableString,
};
const origin = z.discriminatedUnion("type", [
  z.looseObject({
    ...originBase,
    ...purchaseLike,
    type: z.literal("Purchase"),
    order_number: z.string().optional(),
  }),
  z.looseObject({ ...originBase, type: z.literal("AffiliateMember") }),
  z.looseObject({
    ...originBase,
    ...purchaseLike,
    type: z.literal("Event"),
    event_category: z.string().optional(),
    event_number: z.string().optional(),
  }),
]);

const referralReward = z.looseObject({
  id: z.number().int(),
  email: z.string(),
  person: person.optional(),
  amount: amount.optional(),
  incentive: z.enum(["rebate", "discount_coupon", "other"]).optional(),
  incentive_description: nullableString,
  reward_coupon_code: nullableString,
  origin: origin.optional(),
});

/** The referral webhook payload. */
export const referralPayload = z.looseObject({
  campaign,
  offer,
  referred_origin: origin,
  advocate_rewards: z.array(referralReward),
  friend_rewards: z.array(referralReward),
  referrer: referralReward.optional(),
  referred: referralReward.optional(),
  share: z.looseObject({ channel: z.string().optional() }).optional(),
});

/** The whole Emma `message_click` body. */
export const messageClickBody = z.looseObject({
  event_name: z.literal("message_click"),
  data: z.looseObject({
    account_id: z.number().int(),
    member_id: z.number().int(),
    mailing_id: z.number().int(),
    subject: z.string(),
    timestamp: z.string(),
    link_id: z.number().int(),
  }),
});
