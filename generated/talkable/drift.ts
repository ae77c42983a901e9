// This file was written by scripts/generate.ts (npm run generate) from openapi/talkable.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import type { DriftNode } from "../drift-node.js";
import type { TalkableWebhookType } from "./webhooks.js";

const n0: DriftNode = {
  at: "openapi/talkable/schemas/Identifier.yaml#",
  union: ["integer", "string"],
  documented: ["integer"],
  documentedAt: "openapi/talkable/schemas/Campaign.yaml#/properties/id",
};
const n1: DriftNode = {
  at: "openapi/talkable/schemas/Campaign.yaml#/properties/tag_names",
  items: { at: "openapi/talkable/schemas/Campaign.yaml#/properties/tag_names/items" },
};
const n2: DriftNode = {
  at: "openapi/talkable/schemas/Campaign.yaml#/properties/joinable_category_names",
  items: { at: "openapi/talkable/schemas/Campaign.yaml#/properties/joinable_category_names/items" },
};
const n3: DriftNode = {
  at: "openapi/talkable/schemas/Offer.yaml#/properties",
  members: {
    email: { at: "openapi/talkable/schemas/Offer.yaml#/properties/email" },
    phone_number: { at: "openapi/talkable/schemas/Offer.yaml#/properties/phone_number" },
    short_url_code: { at: "openapi/talkable/schemas/Offer.yaml#/properties/short_url_code" },
    ip_address: { at: "openapi/talkable/schemas/Offer.yaml#/properties/ip_address" },
  },
};
const n4: DriftNode = {
  at: "openapi/talkable/schemas/Identifier.yaml#",
  union: ["integer", "string"],
  documented: ["string"],
  documentedAt: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/order_number",
};
const n5: DriftNode = {
  at: "openapi/talkable/schemas/Amount.yaml#",
  union: ["string", "number"],
  documented: ["number"],
  documentedAt: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/subtotal",
};
const n6: DriftNode = {
  at: "openapi/talkable/schemas/Identifier.yaml#",
  union: ["integer", "string"],
  documented: ["integer"],
  documentedAt: "openapi/talkable/schemas/OriginBase.yaml#/properties/id",
};
const n7: DriftNode = {
  at: "openapi/talkable/schemas/OriginBase.yaml#/properties/customer_id",
  union: ["integer", "string"],
  documented: ["string"],
  documentedAt: "openapi/talkable/schemas/OriginBase.yaml#/properties/customer_id",
};
const n8: DriftNode = {
  at: "openapi/talkable/schemas/TrafficSource.yaml#",
  known: ["post-checkout", "post-event", "unknown"],
  knownAt: "openapi/talkable/schemas/TrafficSource.yaml#/anyOf/0/enum",
};
const n9: DriftNode = {
  at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties",
  members: {
    type: { at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/type" },
    order_number: n4,
    order_date: { at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/order_date" },
    subtotal: n5,
    currency_iso_code: {
      at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/currency_iso_code",
    },
    coupon_code: { at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/coupon_code" },
    id: n6,
    email: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/email" },
    phone_number: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/phone_number" },
    customer_id: n7,
    traffic_source: n8,
    ip_address: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/ip_address" },
    utm_source: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_source" },
    utm_medium: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_medium" },
    utm_campaign: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_campaign" },
    utm_content: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_content" },
    utm_term: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_term" },
    segment1: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment1" },
    segment2: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment2" },
    segment3: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment3" },
    event_category: { at: "openapi/talkable/schemas/EventOrigin.yaml#/properties/event_category" },
    event_number: { at: "openapi/talkable/schemas/Identifier.yaml#" },
  },
};
const n10: DriftNode = {
  at: "openapi/talkable/schemas/Identifier.yaml#",
  union: ["integer", "string"],
  documented: ["integer"],
  documentedAt: "openapi/talkable/schemas/ReferralReward.yaml#/properties/id",
};
const n11: DriftNode = {
  at: "openapi/talkable/schemas/ReferralCounts.yaml#/properties",
  members: {
    total: { at: "openapi/talkable/schemas/ReferralCounts.yaml#/properties/total" },
    approved: { at: "openapi/talkable/schemas/ReferralCounts.yaml#/properties/approved" },
    pending: { at: "openapi/talkable/schemas/ReferralCounts.yaml#/properties/pending" },
  },
};
const n12: DriftNode = {
  at: "openapi/talkable/schemas/Person.yaml#/properties",
  members: {
    email: { at: "openapi/talkable/schemas/Person.yaml#/properties/email" },
    phone_number: { at: "openapi/talkable/schemas/Person.yaml#/properties/phone_number" },
    first_name: { at: "openapi/talkable/schemas/Person.yaml#/properties/first_name" },
    last_name: { at: "openapi/talkable/schemas/Person.yaml#/properties/last_name" },
    username: { at: "openapi/talkable/schemas/Person.yaml#/properties/username" },
    customer_id: { at: "openapi/talkable/schemas/Person.yaml#/properties/customer_id" },
    sub_choice: { at: "openapi/talkable/schemas/Person.yaml#/properties/sub_choice" },
    subscribed_at: { at: "openapi/talkable/schemas/Person.yaml#/properties/subscribed_at" },
    opted_in_at: { at: "openapi/talkable/schemas/Person.yaml#/properties/opted_in_at" },
    phone_opted_in_at: { at: "openapi/talkable/schemas/Person.yaml#/properties/phone_opted_in_at" },
    unsubscribed_at: { at: "openapi/talkable/schemas/Person.yaml#/properties/unsubscribed_at" },
    custom_properties: {
      at: "openapi/talkable/schemas/Person.yaml#/properties/custom_properties/properties",
      open: true,
      members: {},
    },
    is_loyalty_member: { at: "openapi/talkable/schemas/Person.yaml#/properties/is_loyalty_member" },
    loyalty_member: {
      at: "openapi/talkable/schemas/Person.yaml#/properties/loyalty_member/properties",
      open: true,
      members: {},
    },
    referral_counts: n11,
    gender: { at: "openapi/talkable/schemas/Person.yaml#/properties/gender" },
  },
};
const n13: DriftNode = {
  at: "openapi/talkable/schemas/Amount.yaml#",
  union: ["string", "number"],
  documented: ["string"],
  documentedAt: "openapi/talkable/schemas/ReferralReward.yaml#/properties/amount",
};
const n14: DriftNode = {
  at: "openapi/talkable/schemas/ReferralReward.yaml#/properties",
  members: {
    id: n10,
    email: { at: "openapi/talkable/schemas/ReferralReward.yaml#/properties/email" },
    person: n12,
    amount: n13,
    incentive: { at: "openapi/talkable/schemas/IncentiveType.yaml#" },
    incentive_description: {
      at: "openapi/talkable/schemas/ReferralReward.yaml#/properties/incentive_description",
    },
    reward_coupon_code: {
      at: "openapi/talkable/schemas/ReferralReward.yaml#/properties/reward_coupon_code",
    },
    origin: n9,
  },
};
const n15: DriftNode = {
  at: "openapi/talkable/schemas/ShareType.yaml#",
  known: [
    "email",
    "facebook",
    "twitter",
    "facebook_message",
    "facebook_sponsored",
    "whatsapp",
    "sms",
    "linkedin",
    "other",
  ],
  knownAt: "openapi/talkable/schemas/ShareType.yaml#/anyOf/0/enum",
};
const n16: DriftNode = {
  at: "openapi/talkable/schemas/Identifier.yaml#",
  union: ["integer", "string"],
  documented: ["integer"],
  documentedAt: "openapi/talkable/schemas/Campaign.yaml#/properties/cached_slug",
};
const n17: DriftNode = {
  at: "openapi/talkable/schemas/Campaign.yaml#/properties",
  members: {
    id: n0,
    cached_slug: n16,
    type: { at: "openapi/talkable/schemas/Campaign.yaml#/properties/type" },
    tag_names: n1,
    joinable_category_names: n2,
    new_customer: { at: "openapi/talkable/schemas/Campaign.yaml#/properties/new_customer" },
    origin_min_age: { at: "openapi/talkable/schemas/Campaign.yaml#/properties/origin_min_age" },
    origin_max_age: { at: "openapi/talkable/schemas/Campaign.yaml#/properties/origin_max_age" },
  },
};

/**
 * What the spec describes of each Talkable webhook's body, for drift reports (see
 * `DriftNode`). Internal: the receivers import it only once an `onDrift` handler is registered.
 */
export const talkableDriftTree: Readonly<Record<TalkableWebhookType, DriftNode>> = {
  referral_web_hook: {
    at: "openapi/talkable/webhooks/referral_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties",
    members: {
      key: { at: "openapi/talkable/schemas/SiteKey.yaml#" },
      site: { at: "openapi/talkable/schemas/SiteSlug.yaml#" },
      type: {
        at: "openapi/talkable/webhooks/referral_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/type",
      },
      test: {
        at: "openapi/talkable/webhooks/referral_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/test",
      },
      payload: {
        at: "openapi/talkable/schemas/ReferralPayload.yaml#/properties",
        members: {
          campaign: {
            at: "openapi/talkable/schemas/Campaign.yaml#/properties",
            members: {
              id: n0,
              cached_slug: {
                at: "openapi/talkable/schemas/Identifier.yaml#",
                union: ["integer", "string"],
                documented: ["integer", "string"],
                documentedAt: "openapi/talkable/schemas/Campaign.yaml#/properties/cached_slug",
              },
              type: { at: "openapi/talkable/schemas/Campaign.yaml#/properties/type" },
              tag_names: n1,
              joinable_category_names: n2,
              new_customer: {
                at: "openapi/talkable/schemas/Campaign.yaml#/properties/new_customer",
              },
              origin_min_age: {
                at: "openapi/talkable/schemas/Campaign.yaml#/properties/origin_min_age",
              },
              origin_max_age: {
                at: "openapi/talkable/schemas/Campaign.yaml#/properties/origin_max_age",
              },
            },
          },
          offer: n3,
          referred_origin: n9,
          advocate_rewards: {
            at: "openapi/talkable/schemas/ReferralPayload.yaml#/properties/advocate_rewards",
            items: n14,
          },
          friend_rewards: {
            at: "openapi/talkable/schemas/ReferralPayload.yaml#/properties/friend_rewards",
            items: n14,
          },
          referrer: {
            at: "openapi/talkable/schemas/ReferralReward.yaml#/properties",
            members: {
              id: n10,
              email: { at: "openapi/talkable/schemas/ReferralReward.yaml#/properties/email" },
              person: n12,
              amount: n13,
              incentive: { at: "openapi/talkable/schemas/IncentiveType.yaml#" },
              incentive_description: {
                at: "openapi/talkable/schemas/ReferralReward.yaml#/properties/incentive_description",
              },
              reward_coupon_code: {
                at: "openapi/talkable/schemas/ReferralReward.yaml#/properties/reward_coupon_code",
              },
              origin: {
                at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties",
                members: {
                  type: { at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/type" },
                  order_number: { at: "openapi/talkable/schemas/Identifier.yaml#" },
                  order_date: {
                    at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/order_date",
                  },
                  subtotal: { at: "openapi/talkable/schemas/Amount.yaml#" },
                  currency_iso_code: {
                    at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/currency_iso_code",
                  },
                  coupon_code: {
                    at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/coupon_code",
                  },
                  id: n6,
                  email: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/email" },
                  phone_number: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/phone_number",
                  },
                  customer_id: n7,
                  traffic_source: n8,
                  ip_address: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/ip_address",
                  },
                  utm_source: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_source",
                  },
                  utm_medium: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_medium",
                  },
                  utm_campaign: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_campaign",
                  },
                  utm_content: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_content",
                  },
                  utm_term: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_term" },
                  segment1: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment1" },
                  segment2: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment2" },
                  segment3: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment3" },
                  event_category: {
                    at: "openapi/talkable/schemas/EventOrigin.yaml#/properties/event_category",
                  },
                  event_number: { at: "openapi/talkable/schemas/Identifier.yaml#" },
                },
              },
            },
          },
          referred: {
            at: "openapi/talkable/schemas/ReferralReward.yaml#/properties",
            members: {
              id: n10,
              email: { at: "openapi/talkable/schemas/ReferralReward.yaml#/properties/email" },
              person: n12,
              amount: n13,
              incentive: { at: "openapi/talkable/schemas/IncentiveType.yaml#" },
              incentive_description: {
                at: "openapi/talkable/schemas/ReferralReward.yaml#/properties/incentive_description",
              },
              reward_coupon_code: {
                at: "openapi/talkable/schemas/ReferralReward.yaml#/properties/reward_coupon_code",
              },
              origin: {
                at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties",
                members: {
                  type: { at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/type" },
                  order_number: {
                    at: "openapi/talkable/schemas/Identifier.yaml#",
                    union: ["integer", "string"],
                    documented: ["integer", "string"],
                    documentedAt:
                      "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/order_number",
                  },
                  order_date: {
                    at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/order_date",
                  },
                  subtotal: n5,
                  currency_iso_code: {
                    at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/currency_iso_code",
                  },
                  coupon_code: {
                    at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/coupon_code",
                  },
                  id: n6,
                  email: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/email" },
                  phone_number: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/phone_number",
                  },
                  customer_id: n7,
                  traffic_source: n8,
                  ip_address: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/ip_address",
                  },
                  utm_source: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_source",
                  },
                  utm_medium: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_medium",
                  },
                  utm_campaign: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_campaign",
                  },
                  utm_content: {
                    at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_content",
                  },
                  utm_term: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_term" },
                  segment1: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment1" },
                  segment2: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment2" },
                  segment3: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment3" },
                  event_category: {
                    at: "openapi/talkable/schemas/EventOrigin.yaml#/properties/event_category",
                  },
                  event_number: { at: "openapi/talkable/schemas/Identifier.yaml#" },
                },
              },
            },
          },
          share: {
            at: "openapi/talkable/schemas/ReferralPayload.yaml#/properties/share/properties",
            members: { channel: n15 },
          },
        },
      },
      extras: { at: "openapi/talkable/schemas/Extras.yaml#/properties", open: true, members: {} },
    },
  },
  reward_web_hook: {
    at: "openapi/talkable/webhooks/reward_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties",
    members: {
      key: { at: "openapi/talkable/schemas/SiteKey.yaml#" },
      site: { at: "openapi/talkable/schemas/SiteSlug.yaml#" },
      type: {
        at: "openapi/talkable/webhooks/reward_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/type",
      },
      test: {
        at: "openapi/talkable/webhooks/reward_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/test",
      },
      payload: {
        at: "openapi/talkable/schemas/RewardPayload.yaml#/properties",
        members: {
          campaign: n17,
          offer: n3,
          reward: {
            at: "openapi/talkable/schemas/Reward.yaml#/properties",
            members: {
              id: {
                at: "openapi/talkable/schemas/Identifier.yaml#",
                union: ["integer", "string"],
                documented: ["integer"],
                documentedAt: "openapi/talkable/schemas/Reward.yaml#/properties/id",
              },
              reason: {
                at: "openapi/talkable/schemas/RewardReason.yaml#",
                known: ["signup", "shared", "click", "referrer", "referred"],
                knownAt: "openapi/talkable/schemas/RewardReason.yaml#/anyOf/0/enum",
              },
              status: {
                at: "openapi/talkable/schemas/RewardStatus.yaml#",
                known: ["Paid", "Unpaid", "Voided"],
                knownAt: "openapi/talkable/schemas/RewardStatus.yaml#/anyOf/0/enum",
              },
              incentive_type: { at: "openapi/talkable/schemas/IncentiveType.yaml#" },
              incentive_identifier: {
                at: "openapi/talkable/schemas/Reward.yaml#/properties/incentive_identifier",
              },
              incentive_description: {
                at: "openapi/talkable/schemas/Reward.yaml#/properties/incentive_description",
              },
              incentive_custom_description: {
                at: "openapi/talkable/schemas/Reward.yaml#/properties/incentive_custom_description",
              },
              amount: {
                at: "openapi/talkable/schemas/Amount.yaml#",
                union: ["string", "number"],
                documented: ["number"],
                documentedAt: "openapi/talkable/schemas/Reward.yaml#/properties/amount",
              },
              coupon: {
                at: "openapi/talkable/schemas/Coupon.yaml#/properties",
                members: {
                  id: {
                    at: "openapi/talkable/schemas/Identifier.yaml#",
                    union: ["integer", "string"],
                    documented: ["integer"],
                    documentedAt: "openapi/talkable/schemas/Coupon.yaml#/properties/id",
                  },
                  code: { at: "openapi/talkable/schemas/Coupon.yaml#/properties/code" },
                  active: { at: "openapi/talkable/schemas/Coupon.yaml#/properties/active" },
                  amount: {
                    at: "openapi/talkable/schemas/Amount.yaml#",
                    union: ["string", "number"],
                    documented: ["number"],
                    documentedAt: "openapi/talkable/schemas/Coupon.yaml#/properties/amount",
                  },
                  percentage_discount: {
                    at: "openapi/talkable/schemas/Coupon.yaml#/properties/percentage_discount",
                  },
                  description: {
                    at: "openapi/talkable/schemas/Coupon.yaml#/properties/description",
                  },
                  single_use: { at: "openapi/talkable/schemas/Coupon.yaml#/properties/single_use" },
                  used: { at: "openapi/talkable/schemas/Coupon.yaml#/properties/used" },
                  usages: { at: "openapi/talkable/schemas/Coupon.yaml#/properties/usages" },
                  valid_until: {
                    at: "openapi/talkable/schemas/Coupon.yaml#/properties/valid_until",
                  },
                  expires_at: { at: "openapi/talkable/schemas/Coupon.yaml#/properties/expires_at" },
                },
              },
              coupon_code: { at: "openapi/talkable/schemas/Reward.yaml#/properties/coupon_code" },
            },
          },
          person: n12,
          origin: n9,
          advocate_origin: n9,
          friend_origin: n9,
        },
      },
      extras: { at: "openapi/talkable/schemas/Extras.yaml#/properties", open: true, members: {} },
    },
  },
  post_share_web_hook: {
    at: "openapi/talkable/webhooks/post_share_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties",
    members: {
      key: { at: "openapi/talkable/schemas/SiteKey.yaml#" },
      site: { at: "openapi/talkable/schemas/SiteSlug.yaml#" },
      type: {
        at: "openapi/talkable/webhooks/post_share_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/type",
      },
      test: {
        at: "openapi/talkable/webhooks/post_share_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/test",
      },
      payload: {
        at: "openapi/talkable/schemas/PostSharePayload.yaml#/properties",
        members: {
          campaign: n17,
          share_type: n15,
          share_info: {
            at: "openapi/talkable/schemas/PostSharePayload.yaml#/properties/share_info/properties",
            members: {
              recipients: {
                at: "openapi/talkable/schemas/PostSharePayload.yaml#/properties/share_info/properties/recipients",
                items: {
                  at: "openapi/talkable/schemas/PostSharePayload.yaml#/properties/share_info/properties/recipients/items",
                },
              },
              facebook_share_post_id: { at: "openapi/talkable/schemas/Identifier.yaml#" },
              facebook_share_user_id: { at: "openapi/talkable/schemas/Identifier.yaml#" },
            },
          },
          sharer_info: n12,
          share_link: {
            at: "openapi/talkable/schemas/PostSharePayload.yaml#/properties/share_link",
          },
          origin: n9,
        },
      },
      extras: { at: "openapi/talkable/schemas/Extras.yaml#/properties", open: true, members: {} },
    },
  },
  create_coupon_web_hook: {
    at: "openapi/talkable/webhooks/create_coupon_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties",
    members: {
      key: { at: "openapi/talkable/schemas/SiteKey.yaml#" },
      site: { at: "openapi/talkable/schemas/SiteSlug.yaml#" },
      type: {
        at: "openapi/talkable/webhooks/create_coupon_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/type",
      },
      test: {
        at: "openapi/talkable/webhooks/create_coupon_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/test",
      },
      payload: {
        at: "openapi/talkable/schemas/CreateCouponPayload.yaml#/properties",
        members: {
          coupon_code: {
            at: "openapi/talkable/schemas/CreateCouponPayload.yaml#/properties/coupon_code",
          },
          coupon_list_id: {
            at: "openapi/talkable/schemas/Identifier.yaml#",
            union: ["integer", "string"],
            documented: ["integer"],
            documentedAt:
              "openapi/talkable/schemas/CreateCouponPayload.yaml#/properties/coupon_list_id",
          },
          coupon_list_name: {
            at: "openapi/talkable/schemas/CreateCouponPayload.yaml#/properties/coupon_list_name",
          },
          discount_amount: {
            at: "openapi/talkable/schemas/Amount.yaml#",
            union: ["string", "number"],
            documented: ["string"],
            documentedAt:
              "openapi/talkable/schemas/CreateCouponPayload.yaml#/properties/discount_amount",
          },
          percentage_discount: {
            at: "openapi/talkable/schemas/CreateCouponPayload.yaml#/properties/percentage_discount",
          },
          usage_limit: {
            at: "openapi/talkable/schemas/CreateCouponPayload.yaml#/properties/usage_limit",
          },
          expires_at: {
            at: "openapi/talkable/schemas/CreateCouponPayload.yaml#/properties/expires_at",
          },
          email: { at: "openapi/talkable/schemas/CreateCouponPayload.yaml#/properties/email" },
          phone_number: {
            at: "openapi/talkable/schemas/CreateCouponPayload.yaml#/properties/phone_number",
          },
          coupon_auto_sync_enabled: {
            at: "openapi/talkable/schemas/CreateCouponPayload.yaml#/properties/coupon_auto_sync_enabled",
          },
        },
      },
      extras: { at: "openapi/talkable/schemas/Extras.yaml#/properties", open: true, members: {} },
    },
  },
  offer_signup_web_hook: {
    at: "openapi/talkable/webhooks/offer_signup_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties",
    members: {
      key: { at: "openapi/talkable/schemas/SiteKey.yaml#" },
      site: { at: "openapi/talkable/schemas/SiteSlug.yaml#" },
      type: {
        at: "openapi/talkable/webhooks/offer_signup_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/type",
      },
      test: {
        at: "openapi/talkable/webhooks/offer_signup_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/test",
      },
      payload: {
        at: "openapi/talkable/schemas/OfferSignupPayload.yaml#/properties",
        members: {
          campaign: n17,
          offer: n3,
          email: { at: "openapi/talkable/schemas/Person.yaml#/properties/email" },
          phone_number: { at: "openapi/talkable/schemas/Person.yaml#/properties/phone_number" },
          first_name: { at: "openapi/talkable/schemas/Person.yaml#/properties/first_name" },
          last_name: { at: "openapi/talkable/schemas/Person.yaml#/properties/last_name" },
          username: { at: "openapi/talkable/schemas/Person.yaml#/properties/username" },
          customer_id: { at: "openapi/talkable/schemas/Person.yaml#/properties/customer_id" },
          sub_choice: { at: "openapi/talkable/schemas/Person.yaml#/properties/sub_choice" },
          subscribed_at: { at: "openapi/talkable/schemas/Person.yaml#/properties/subscribed_at" },
          opted_in_at: { at: "openapi/talkable/schemas/Person.yaml#/properties/opted_in_at" },
          phone_opted_in_at: {
            at: "openapi/talkable/schemas/Person.yaml#/properties/phone_opted_in_at",
          },
          unsubscribed_at: {
            at: "openapi/talkable/schemas/Person.yaml#/properties/unsubscribed_at",
          },
          custom_properties: {
            at: "openapi/talkable/schemas/Person.yaml#/properties/custom_properties/properties",
            open: true,
            members: {},
          },
          is_loyalty_member: {
            at: "openapi/talkable/schemas/Person.yaml#/properties/is_loyalty_member",
          },
          loyalty_member: {
            at: "openapi/talkable/schemas/Person.yaml#/properties/loyalty_member/properties",
            open: true,
            members: {},
          },
          referral_counts: n11,
          gender: { at: "openapi/talkable/schemas/Person.yaml#/properties/gender" },
        },
      },
      extras: { at: "openapi/talkable/schemas/Extras.yaml#/properties", open: true, members: {} },
    },
  },
  claim_signup_web_hook: {
    at: "openapi/talkable/webhooks/claim_signup_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties",
    members: {
      key: { at: "openapi/talkable/schemas/SiteKey.yaml#" },
      site: { at: "openapi/talkable/schemas/SiteSlug.yaml#" },
      type: {
        at: "openapi/talkable/webhooks/claim_signup_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/type",
      },
      test: {
        at: "openapi/talkable/webhooks/claim_signup_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/test",
      },
      payload: {
        at: "openapi/talkable/schemas/ClaimSignupPayload.yaml#/properties",
        members: {
          campaign: n17,
          offer: n3,
          ip_address: {
            at: "openapi/talkable/schemas/ClaimSignupPayload.yaml#/properties/ip_address",
          },
          email: { at: "openapi/talkable/schemas/Person.yaml#/properties/email" },
          phone_number: { at: "openapi/talkable/schemas/Person.yaml#/properties/phone_number" },
          first_name: { at: "openapi/talkable/schemas/Person.yaml#/properties/first_name" },
          last_name: { at: "openapi/talkable/schemas/Person.yaml#/properties/last_name" },
          username: { at: "openapi/talkable/schemas/Person.yaml#/properties/username" },
          customer_id: { at: "openapi/talkable/schemas/Person.yaml#/properties/customer_id" },
          sub_choice: { at: "openapi/talkable/schemas/Person.yaml#/properties/sub_choice" },
          subscribed_at: { at: "openapi/talkable/schemas/Person.yaml#/properties/subscribed_at" },
          opted_in_at: { at: "openapi/talkable/schemas/Person.yaml#/properties/opted_in_at" },
          phone_opted_in_at: {
            at: "openapi/talkable/schemas/Person.yaml#/properties/phone_opted_in_at",
          },
          unsubscribed_at: {
            at: "openapi/talkable/schemas/Person.yaml#/properties/unsubscribed_at",
          },
          custom_properties: {
            at: "openapi/talkable/schemas/Person.yaml#/properties/custom_properties/properties",
            open: true,
            members: {},
          },
          is_loyalty_member: {
            at: "openapi/talkable/schemas/Person.yaml#/properties/is_loyalty_member",
          },
          loyalty_member: {
            at: "openapi/talkable/schemas/Person.yaml#/properties/loyalty_member/properties",
            open: true,
            members: {},
          },
          referral_counts: n11,
          gender: { at: "openapi/talkable/schemas/Person.yaml#/properties/gender" },
        },
      },
      extras: { at: "openapi/talkable/schemas/Extras.yaml#/properties", open: true, members: {} },
    },
  },
  unsubscribe_web_hook: {
    at: "openapi/talkable/webhooks/unsubscribe_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties",
    members: {
      key: { at: "openapi/talkable/schemas/SiteKey.yaml#" },
      site: { at: "openapi/talkable/schemas/SiteSlug.yaml#" },
      type: {
        at: "openapi/talkable/webhooks/unsubscribe_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/type",
      },
      test: {
        at: "openapi/talkable/webhooks/unsubscribe_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/test",
      },
      payload: {
        at: "openapi/talkable/schemas/UnsubscribePayload.yaml#/properties",
        members: { person: n12 },
      },
      extras: { at: "openapi/talkable/schemas/Extras.yaml#/properties", open: true, members: {} },
    },
  },
  check_unsubscribe_web_hook: {
    at: "openapi/talkable/webhooks/check_unsubscribe_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties",
    members: {
      key: { at: "openapi/talkable/schemas/SiteKey.yaml#" },
      site: { at: "openapi/talkable/schemas/SiteSlug.yaml#" },
      type: {
        at: "openapi/talkable/webhooks/check_unsubscribe_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/type",
      },
      test: {
        at: "openapi/talkable/webhooks/check_unsubscribe_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/test",
      },
      payload: {
        at: "openapi/talkable/schemas/CheckUnsubscribePayload.yaml#/properties",
        members: {
          campaign: n17,
          recipient: n12,
          email_type: {
            at: "openapi/talkable/schemas/EmailType.yaml#",
            known: [
              "notifier_offers_email",
              "notifier_offers_share_via_email",
              "notifier_offers_share_via_email_reminder",
              "advocate_rewards_confirmation",
              "advocate_rewards_paid",
              "friend_rewards_paid",
              "custom_share_page_email",
              "custom_claim_page_email",
              "wallet_welcome_email",
              "email_capture_reward_reminder",
              "loyalty_post_action_email",
              "loyalty_tier_upgraded_email",
              "loyalty_tier_downgraded_email",
              "loyalty_points_expiring_soon_email",
            ],
            knownAt: "openapi/talkable/schemas/EmailType.yaml#/anyOf/0/enum",
          },
        },
      },
      extras: { at: "openapi/talkable/schemas/Extras.yaml#/properties", open: true, members: {} },
    },
  },
  event_web_hook: {
    at: "openapi/talkable/webhooks/event_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties",
    members: {
      key: { at: "openapi/talkable/schemas/SiteKey.yaml#" },
      site: { at: "openapi/talkable/schemas/SiteSlug.yaml#" },
      type: {
        at: "openapi/talkable/webhooks/event_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/type",
      },
      test: {
        at: "openapi/talkable/webhooks/event_web_hook.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/test",
      },
      payload: {
        at: "openapi/talkable/schemas/EventPayload.yaml#/properties",
        members: {
          origin: {
            at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties",
            members: {
              type: { at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/type" },
              order_number: n4,
              order_date: {
                at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/order_date",
              },
              subtotal: n5,
              currency_iso_code: {
                at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/currency_iso_code",
              },
              coupon_code: {
                at: "openapi/talkable/schemas/PurchaseOrigin.yaml#/properties/coupon_code",
              },
              id: n6,
              email: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/email" },
              phone_number: {
                at: "openapi/talkable/schemas/OriginBase.yaml#/properties/phone_number",
              },
              customer_id: n7,
              traffic_source: n8,
              ip_address: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/ip_address" },
              utm_source: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_source" },
              utm_medium: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_medium" },
              utm_campaign: {
                at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_campaign",
              },
              utm_content: {
                at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_content",
              },
              utm_term: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/utm_term" },
              segment1: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment1" },
              segment2: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment2" },
              segment3: { at: "openapi/talkable/schemas/OriginBase.yaml#/properties/segment3" },
              event_category: {
                at: "openapi/talkable/schemas/EventOrigin.yaml#/properties/event_category",
              },
              event_number: {
                at: "openapi/talkable/schemas/Identifier.yaml#",
                union: ["integer", "string"],
                documented: ["string"],
                documentedAt: "openapi/talkable/schemas/EventOrigin.yaml#/properties/event_number",
              },
            },
          },
          person: n12,
        },
      },
      extras: { at: "openapi/talkable/schemas/Extras.yaml#/properties", open: true, members: {} },
    },
  },
};
