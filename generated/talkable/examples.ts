// This file was written by scripts/generate.ts (npm run generate) from openapi/talkable.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import type { TalkableAnswers, TalkableBodies, TalkableWebhookType } from "./webhooks.js";

/** The names of each webhook's examples in the spec; the first is the default. */
export const talkableExampleNames = {
  referral_web_hook: ["default", "oldest"],
  reward_web_hook: ["signup", "shared", "click", "referrer", "referred"],
  post_share_web_hook: ["default"],
  create_coupon_web_hook: ["default"],
  offer_signup_web_hook: ["default"],
  claim_signup_web_hook: ["default"],
  unsubscribe_web_hook: ["default"],
  check_unsubscribe_web_hook: ["default"],
  event_web_hook: ["default", "purchase"],
} as const;

/** One named example: its summary and the decoded request body. */
export interface TalkableExample<K extends TalkableWebhookType> {
  readonly summary: string;
  readonly value: TalkableBodies[K];
}

/** Every example of every webhook, keyed by webhook name and example name. */
export type TalkableExampleCatalog = {
  readonly [K in TalkableWebhookType]: {
    readonly [N in (typeof talkableExampleNames)[K][number]]: TalkableExample<K>;
  };
};

const catalog = {
  referral_web_hook: {
    "default": { summary: "Referral approved", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "referral_web_hook",
      "payload": {
        "campaign": {
          "id": 593427266,
          "type": "StandaloneCampaign",
          "cached_slug": 593427266,
          "tag_names": [
            "default"
          ],
          "origin_min_age": null,
          "origin_max_age": null,
          "new_customer": null,
          "joinable_category_names": [
            "affiliate_member"
          ]
        },
        "offer": {
          "email": "referrer@example.com",
          "short_url_code": "1a2PV",
          "ip_address": "127.0.0.1"
        },
        "referrer": {
          "id": 715729561,
          "email": "referrer@example.com",
          "person": {
            "email": "referrer@example.com",
            "phone_number": "+12025551111",
            "first_name": "Bob",
            "last_name": "Crane",
            "username": null,
            "sub_choice": false,
            "subscribed_at": null,
            "opted_in_at": null,
            "phone_opted_in_at": null,
            "unsubscribed_at": null,
            "referral_counts": {
              "total": 0,
              "approved": 0,
              "pending": 0
            },
            "custom_properties": {
              "coffee_roast": "dark"
            },
            "is_loyalty_member": false,
            "loyalty_member": null,
            "gender": null
          },
          "amount": "5.00",
          "incentive": "rebate",
          "incentive_description": "$5.00 back",
          "reward_coupon_code": null,
          "origin": {
            "id": 159843498,
            "type": "AffiliateMember",
            "email": "referrer@example.com",
            "customer_id": "64227025",
            "ip_address": "127.0.0.1",
            "traffic_source": "unknown"
          }
        },
        "referred": {
          "id": 11192772,
          "email": "referred@example.com",
          "person": {
            "email": "referred@example.com",
            "phone_number": null,
            "first_name": "Alice",
            "last_name": "Smith",
            "username": null,
            "sub_choice": true,
            "subscribed_at": "2018-09-14T23:57:18.734+03:00",
            "opted_in_at": "2018-09-14T23:57:18.734+03:00",
            "phone_opted_in_at": "2018-09-14T23:57:18.734+03:00",
            "unsubscribed_at": null,
            "referral_counts": {
              "total": 0,
              "approved": 0,
              "pending": 0
            },
            "custom_properties": {},
            "is_loyalty_member": false,
            "loyalty_member": null,
            "gender": null
          },
          "amount": "0.00",
          "incentive": "other",
          "incentive_description": "First Month Free",
          "reward_coupon_code": null,
          "origin": {
            "id": 147886587,
            "type": "Purchase",
            "order_number": "450901776",
            "order_date": "2021-04-23T19:08:17.000-08:00",
            "subtotal": 35.03,
            "currency_iso_code": "USD",
            "email": "referred@example.com",
            "customer_id": "565659001",
            "ip_address": "127.0.0.1",
            "coupon_code": "WHT29123",
            "traffic_source": "post-checkout"
          }
        },
        "advocate_rewards": [
          {
            "id": 715729561,
            "email": "referrer@example.com",
            "person": {
              "email": "referrer@example.com",
              "phone_number": "+12025551111",
              "first_name": "Bob",
              "last_name": "Crane",
              "username": null,
              "sub_choice": false,
              "subscribed_at": null,
              "opted_in_at": null,
              "phone_opted_in_at": null,
              "unsubscribed_at": null,
              "referral_counts": {
                "total": 0,
                "approved": 0,
                "pending": 0
              },
              "custom_properties": {
                "coffee_roast": "dark"
              },
              "is_loyalty_member": false,
              "loyalty_member": null,
              "gender": null
            },
            "amount": "5.00",
            "incentive": "rebate",
            "incentive_description": "$5.00 back",
            "reward_coupon_code": null,
            "origin": {
              "id": 6400368,
              "type": "Purchase",
              "order_number": "459179054",
              "order_date": "2021-04-23T19:08:17.000-08:00",
              "subtotal": 11.39,
              "currency_iso_code": "USD",
              "email": "referrer@example.com",
              "customer_id": "376990942",
              "ip_address": "127.0.0.1",
              "coupon_code": "WHT59688",
              "traffic_source": "post-checkout"
            }
          }
        ],
        "friend_rewards": [
          {
            "id": 11192772,
            "email": "referred@example.com",
            "person": {
              "email": "referred@example.com",
              "phone_number": null,
              "first_name": "Alice",
              "last_name": "Smith",
              "username": null,
              "sub_choice": true,
              "subscribed_at": "2018-09-14T23:57:18.734+03:00",
              "opted_in_at": "2018-09-14T23:57:18.734+03:00",
              "phone_opted_in_at": null,
              "unsubscribed_at": null,
              "referral_counts": {
                "total": 0,
                "approved": 0,
                "pending": 0
              },
              "custom_properties": {},
              "is_loyalty_member": false,
              "loyalty_member": null,
              "gender": null
            },
            "amount": "0.00",
            "incentive": "other",
            "incentive_description": "First Month Free",
            "reward_coupon_code": null,
            "origin": {
              "id": 147886587,
              "type": "Purchase",
              "order_number": "450901776",
              "order_date": "2021-04-23T19:08:17.000-08:00",
              "subtotal": 35.03,
              "currency_iso_code": "USD",
              "email": "referred@example.com",
              "customer_id": "565659001",
              "ip_address": "127.0.0.1",
              "coupon_code": "WHT29123",
              "traffic_source": "post-checkout"
            }
          }
        ],
        "referred_origin": {
          "id": 6400368,
          "type": "Purchase",
          "order_number": "459179054",
          "order_date": "2021-04-23T19:08:17.000-08:00",
          "subtotal": 11.39,
          "currency_iso_code": "USD",
          "email": "referred@example.com",
          "customer_id": "376990942",
          "ip_address": "127.0.0.1",
          "coupon_code": "WHT59688",
          "traffic_source": "post-checkout"
        },
        "share": {
          "channel": "other"
        }
      },
      "extras": {}
    } },
    "oldest": { summary: "Oldest documented shape", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "referral_web_hook",
      "payload": {
        "campaign": {
          "id": 970078549,
          "type": "StandaloneCampaign",
          "cached_slug": "affiliate-campaign-test",
          "tag_names": [
            "default"
          ]
        },
        "offer": {
          "email": "referrer@example.com",
          "short_url_code": "1a2PV"
        },
        "referrer": {
          "id": 384532015,
          "email": "referrer@example.com",
          "amount": "5.00",
          "incentive": "rebate",
          "incentive_description": "$5.00 back",
          "origin": {
            "id": 33810209,
            "type": "AffiliateMember",
            "email": "referrer@example.com"
          }
        },
        "referred": {
          "id": 648889141,
          "email": "referred@example.com",
          "amount": "0.00",
          "incentive": "other",
          "incentive_description": "First Month Free",
          "origin": {
            "id": 404180964,
            "type": "Purchase",
            "order_number": 605022930,
            "order_date": "2014-03-19T04:25:34.517-07:00",
            "customer_id": "50090390",
            "coupon_code": "WHT85956"
          }
        }
      },
      "extras": {}
    } },
  },
  reward_web_hook: {
    "signup": { summary: "Reason signup", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "reward_web_hook",
      "payload": {
        "person": {
          "email": "referrer@example.com",
          "phone_number": "+12025551111",
          "first_name": "Bob",
          "last_name": "Smith",
          "username": null,
          "unsubscribed_at": null,
          "opted_in_at": null,
          "phone_opted_in_at": null,
          "sub_choice": false,
          "subscribed_at": null,
          "custom_properties": {},
          "referral_counts": {
            "total": 0,
            "approved": 0,
            "pending": 0
          },
          "is_loyalty_member": false,
          "loyalty_member": null,
          "gender": null
        },
        "origin": {
          "id": 186742865,
          "type": "AffiliateMember",
          "email": "referrer@example.com",
          "customer_id": "910930418",
          "ip_address": "127.0.0.1",
          "traffic_source": "unknown"
        },
        "advocate_origin": {
          "id": 186742865,
          "type": "AffiliateMember",
          "email": "referrer@example.com",
          "customer_id": "910930418",
          "ip_address": "127.0.0.1",
          "traffic_source": "unknown"
        },
        "friend_origin": null,
        "campaign": {
          "id": 500548529,
          "type": "StandaloneCampaign",
          "cached_slug": 500548529,
          "tag_names": [
            "default"
          ],
          "joinable_category_names": [
            "affiliate_member"
          ],
          "origin_min_age": null,
          "origin_max_age": null,
          "new_customer": null
        },
        "offer": {
          "email": "referrer@example.com",
          "short_url_code": "1a2PV",
          "ip_address": "127.0.0.1"
        },
        "reward": {
          "id": 8261257,
          "reason": "signup",
          "incentive_type": "discount_coupon",
          "incentive_identifier": "signup",
          "incentive_description": "signup coupon \"SAMPLE-COUPON-CODE\" for $10.00 off",
          "incentive_custom_description": null,
          "amount": 10,
          "coupon": {
            "code": "SAMPLE-COUPON-CODE",
            "active": true,
            "valid_until": null,
            "single_use": false,
            "used": false,
            "usages": null,
            "amount": 10,
            "percentage_discount": null,
            "description": "$10",
            "id": 60477154,
            "expires_at": null
          },
          "coupon_code": "SAMPLE-COUPON-CODE",
          "status": "Paid"
        }
      },
      "extras": {}
    } },
    "shared": { summary: "Reason shared", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "reward_web_hook",
      "payload": {
        "person": null,
        "origin": {
          "id": 186742865,
          "type": "AffiliateMember",
          "email": "referrer@example.com",
          "customer_id": "910930418",
          "ip_address": "127.0.0.1",
          "traffic_source": "unknown"
        },
        "advocate_origin": {
          "id": 186742865,
          "type": "AffiliateMember",
          "email": "referrer@example.com",
          "customer_id": "910930418",
          "ip_address": "127.0.0.1",
          "traffic_source": "unknown"
        },
        "friend_origin": null,
        "campaign": {
          "id": 500548529,
          "type": "StandaloneCampaign",
          "cached_slug": 500548529,
          "tag_names": [
            "default"
          ],
          "joinable_category_names": [
            "affiliate_member"
          ],
          "origin_min_age": null,
          "origin_max_age": null,
          "new_customer": null
        },
        "offer": {
          "email": "referrer@example.com",
          "short_url_code": "1a2PV",
          "ip_address": "127.0.0.1"
        },
        "reward": {
          "id": 8260964,
          "reason": "shared",
          "incentive_type": "discount_coupon",
          "incentive_identifier": "sharing",
          "incentive_description": "shared coupon \"SAMPLE-COUPON-CODE\" for $10.00 off",
          "incentive_custom_description": null,
          "amount": 10,
          "coupon": {
            "code": "SAMPLE-COUPON-CODE",
            "active": true,
            "valid_until": null,
            "single_use": false,
            "used": false,
            "usages": null,
            "amount": 10,
            "percentage_discount": null,
            "description": "$10",
            "id": 60477154,
            "expires_at": null
          },
          "coupon_code": "SAMPLE-COUPON-CODE",
          "status": "Paid"
        }
      },
      "extras": {}
    } },
    "click": { summary: "Reason click", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "reward_web_hook",
      "payload": {
        "person": null,
        "origin": null,
        "advocate_origin": {
          "id": 395950177,
          "type": "AffiliateMember",
          "email": "referrer@example.com",
          "customer_id": "180484020",
          "ip_address": "127.0.0.1",
          "traffic_source": "unknown"
        },
        "friend_origin": null,
        "campaign": {
          "id": 312538309,
          "type": "StandaloneCampaign",
          "cached_slug": 312538309,
          "tag_names": [
            "default"
          ],
          "joinable_category_names": [
            "affiliate_member"
          ],
          "origin_min_age": null,
          "origin_max_age": null,
          "new_customer": null
        },
        "offer": {
          "email": "referrer@example.com",
          "short_url_code": "1a2PV",
          "ip_address": "127.0.0.1"
        },
        "reward": {
          "id": 8261304,
          "reason": "click",
          "incentive_type": "discount_coupon",
          "incentive_identifier": "click",
          "incentive_description": "shared coupon \"SAMPLE-COUPON-CODE\" for $10 off",
          "incentive_custom_description": null,
          "amount": 10,
          "coupon": {
            "code": "SAMPLE-COUPON-CODE",
            "active": true,
            "valid_until": null,
            "single_use": false,
            "used": false,
            "usages": null,
            "amount": 10,
            "percentage_discount": null,
            "description": "$10",
            "id": 60477154,
            "expires_at": null
          },
          "coupon_code": "SAMPLE-COUPON-CODE",
          "status": "Paid"
        }
      },
      "extras": {}
    } },
    "referrer": { summary: "Reason referrer", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "reward_web_hook",
      "payload": {
        "person": {
          "first_name": "Bob",
          "last_name": "Smith",
          "email": "referrer@example.com",
          "phone_number": "+12025551111",
          "username": "username",
          "unsubscribed_at": null,
          "subscribed_at": "2018-08-27T21:42:23.060+03:00",
          "opted_in_at": "2018-08-27T21:42:23.060+03:00",
          "phone_opted_in_at": "2018-08-27T21:42:23.060+03:00",
          "sub_choice": true,
          "referral_counts": {
            "total": 0,
            "approved": 0,
            "pending": 0
          },
          "custom_properties": {},
          "is_loyalty_member": false,
          "loyalty_member": null,
          "gender": null
        },
        "origin": {
          "id": 280695079,
          "type": "Purchase",
          "order_number": "288015920",
          "order_date": "2018-08-27T21:45:29.519+03:00",
          "subtotal": 6.31,
          "currency_iso_code": "USD",
          "email": "referrer@example.com",
          "customer_id": "230652117",
          "ip_address": "127.0.0.1",
          "coupon_code": "WHT25279",
          "traffic_source": "post-checkout"
        },
        "advocate_origin": {
          "id": 280695079,
          "type": "Purchase",
          "order_number": "288015920",
          "order_date": "2018-08-27T21:45:29.519+03:00",
          "subtotal": 6.31,
          "currency_iso_code": "USD",
          "email": "referrer@example.com",
          "customer_id": "230652117",
          "ip_address": "127.0.0.1",
          "coupon_code": "WHT25279",
          "traffic_source": "post-checkout"
        },
        "friend_origin": {
          "id": 264084636,
          "type": "Purchase",
          "order_number": "4190583",
          "order_date": "2018-08-27T21:45:29.519+03:00",
          "subtotal": 73.41,
          "currency_iso_code": "USD",
          "email": "referred@example.com",
          "customer_id": "323518374",
          "ip_address": "127.0.0.1",
          "coupon_code": "WHT40052",
          "traffic_source": "post-checkout"
        },
        "campaign": {
          "id": 484002505,
          "type": "StandaloneCampaign",
          "cached_slug": 484002505,
          "tag_names": [
            "default"
          ],
          "joinable_category_names": [
            "purchase"
          ],
          "origin_min_age": null,
          "origin_max_age": null,
          "new_customer": null
        },
        "offer": {
          "email": "referrer@example.com",
          "short_url_code": "1a2PV",
          "ip_address": "127.0.0.1"
        },
        "reward": {
          "id": 8261305,
          "reason": "referrer",
          "incentive_type": "rebate",
          "incentive_identifier": "referrer",
          "incentive_description": "$10.00 back",
          "incentive_custom_description": null,
          "amount": 10,
          "coupon": {},
          "coupon_code": null,
          "status": "Paid"
        }
      },
      "extras": {}
    } },
    "referred": { summary: "Reason referred", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "reward_web_hook",
      "payload": {
        "person": {
          "first_name": "Matt",
          "last_name": "Smith",
          "email": "referred@example.com",
          "phone_number": null,
          "username": "username",
          "unsubscribed_at": null,
          "subscribed_at": "2018-08-27T21:45:29.519+03:00",
          "opted_in_at": "2018-08-27T21:45:29.519+03:00",
          "phone_opted_in_at": null,
          "sub_choice": true,
          "referral_counts": {
            "total": 0,
            "approved": 0,
            "pending": 0
          },
          "custom_properties": {},
          "is_loyalty_member": false,
          "loyalty_member": null,
          "gender": null
        },
        "origin": {
          "id": 818629076,
          "type": "Purchase",
          "order_number": "416466456",
          "order_date": "2018-08-27T21:45:29.519+03:00",
          "subtotal": 48.39,
          "currency_iso_code": "USD",
          "email": "referred@example.com",
          "customer_id": "401088820",
          "ip_address": "127.0.0.1",
          "coupon_code": "WHT862",
          "traffic_source": "post-checkout"
        },
        "advocate_origin": {
          "id": 77856467,
          "type": "Purchase",
          "order_number": "529868349",
          "order_date": "2018-08-27T21:45:29.519+03:00",
          "subtotal": 25.76,
          "currency_iso_code": "USD",
          "email": "referrer@example.com",
          "customer_id": "937735146",
          "ip_address": "127.0.0.1",
          "coupon_code": "WHT15105",
          "traffic_source": "post-checkout"
        },
        "friend_origin": {
          "id": 818629076,
          "type": "Purchase",
          "order_number": "416466456",
          "order_date": "2018-08-27T21:45:29.519+03:00",
          "subtotal": 48.39,
          "currency_iso_code": "USD",
          "email": "referred@example.com",
          "customer_id": "401088820",
          "ip_address": "127.0.0.1",
          "coupon_code": "WHT862",
          "traffic_source": "post-checkout"
        },
        "campaign": {
          "id": 944706822,
          "type": "StandaloneCampaign",
          "cached_slug": 944706822,
          "tag_names": [
            "default"
          ],
          "joinable_category_names": [
            "purchase"
          ],
          "origin_min_age": null,
          "origin_max_age": null,
          "new_customer": null
        },
        "offer": {
          "email": "referrer@example.com",
          "short_url_code": "1a2PV",
          "ip_address": "127.0.0.1"
        },
        "reward": {
          "id": 8261300,
          "reason": "referred",
          "incentive_type": "rebate",
          "incentive_identifier": "referred",
          "incentive_description": "$10.00 back",
          "incentive_custom_description": null,
          "amount": 10,
          "coupon": {},
          "coupon_code": null,
          "status": "Paid"
        }
      },
      "extras": {}
    } },
  },
  post_share_web_hook: {
    "default": { summary: "Email share", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "post_share_web_hook",
      "payload": {
        "campaign": {
          "id": 83587635,
          "type": "StandaloneCampaign",
          "cached_slug": 83587635,
          "tag_names": [
            "default"
          ],
          "joinable_category_names": [
            "affiliate_member"
          ],
          "origin_min_age": null,
          "origin_max_age": null,
          "new_customer": null
        },
        "share_type": "email",
        "share_info": {
          "recipients": [
            "john@example.com"
          ]
        },
        "sharer_info": {
          "first_name": "Bob",
          "last_name": "Smith",
          "email": "sharer@example.com",
          "phone_number": null,
          "username": "username",
          "unsubscribed_at": null,
          "subscribed_at": "2018-09-27T22:55:13.860+03:00",
          "opted_in_at": "2018-09-27T22:55:13.860+03:00",
          "phone_opted_in_at": null,
          "sub_choice": true,
          "custom_properties": {},
          "referral_counts": {
            "total": 0,
            "approved": 0,
            "pending": 0
          },
          "is_loyalty_member": false,
          "loyalty_member": null,
          "gender": null
        },
        "origin": {
          "id": 147886587,
          "type": "Purchase",
          "order_number": "450901776",
          "subtotal": 35.03,
          "currency_iso_code": "USD",
          "email": "sharer@example.com",
          "customer_id": "565659001",
          "order_date": "2019-04-11T07:28:31.258-07:00",
          "ip_address": "127.0.0.1",
          "coupon_code": "WHT29123",
          "traffic_source": "post-checkout"
        }
      },
      "extras": {}
    } },
  },
  create_coupon_web_hook: {
    "default": { summary: "One coupon to create", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "create_coupon_web_hook",
      "payload": {
        "coupon_auto_sync_enabled": false,
        "coupon_code": "WHT58574",
        "coupon_list_id": 1,
        "coupon_list_name": "$10 off",
        "discount_amount": "10.0",
        "email": null,
        "expires_at": "2014-04-14T06:17:14.309-07:00",
        "percentage_discount": false,
        "usage_limit": 1
      },
      "extras": {}
    } },
  },
  offer_signup_web_hook: {
    "default": { summary: "Advocate signup", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "offer_signup_web_hook",
      "payload": {
        "campaign": {
          "cached_slug": 615437538,
          "id": 615437538,
          "joinable_category_names": [
            "affiliate_member"
          ],
          "new_customer": null,
          "origin_max_age": null,
          "origin_min_age": null,
          "tag_names": [
            "default"
          ],
          "type": "StandaloneCampaign"
        },
        "custom_properties": {},
        "email": "john@example.com",
        "first_name": "John",
        "gender": null,
        "is_loyalty_member": false,
        "last_name": "Doe",
        "loyalty_member": null,
        "offer": {
          "email": "referrer@example.com",
          "short_url_code": "1a2PV",
          "ip_address": "127.0.0.1"
        },
        "opted_in_at": null,
        "phone_number": "+12025551111",
        "phone_opted_in_at": null,
        "referral_counts": {
          "total": 0,
          "approved": 0,
          "pending": 0
        },
        "sub_choice": false,
        "subscribed_at": null,
        "unsubscribed_at": null,
        "username": null
      },
      "extras": {}
    } },
  },
  claim_signup_web_hook: {
    "default": { summary: "Friend passed the email gate", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "claim_signup_web_hook",
      "payload": {
        "offer": {
          "email": "referrer@example.com",
          "short_url_code": "1a2PV",
          "ip_address": "127.0.0.1"
        },
        "campaign": {
          "id": 465427859,
          "type": "StandaloneCampaign",
          "cached_slug": 465427859,
          "tag_names": [
            "default"
          ],
          "joinable_category_names": [
            "affiliate_member"
          ],
          "origin_min_age": null,
          "origin_max_age": null,
          "new_customer": null
        },
        "email": "john@example.com",
        "phone_number": null,
        "first_name": null,
        "last_name": null,
        "username": null,
        "ip_address": "127.0.0.1",
        "sub_choice": true,
        "subscribed_at": "2018-09-27T22:54:28.345+03:00",
        "opted_in_at": "2018-09-27T22:54:28.345+03:00",
        "phone_opted_in_at": null,
        "unsubscribed_at": null,
        "custom_properties": {
          "preferred_style": "oversize"
        },
        "referral_counts": {
          "total": 0,
          "approved": 0,
          "pending": 0
        },
        "is_loyalty_member": false,
        "loyalty_member": null,
        "gender": null
      },
      "extras": {}
    } },
  },
  unsubscribe_web_hook: {
    "default": { summary: "Person unsubscribed", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "unsubscribe_web_hook",
      "payload": {
        "person": {
          "first_name": "Bob",
          "last_name": "Smith",
          "email": "referrer@example.com",
          "phone_number": "+12025551111",
          "username": "username",
          "unsubscribed_at": null,
          "subscribed_at": "2018-09-27T22:55:13.860+03:00",
          "opted_in_at": "2018-09-27T22:55:13.860+03:00",
          "phone_opted_in_at": "2018-09-27T22:55:13.860+03:00",
          "sub_choice": true,
          "referral_counts": {
            "total": 0,
            "approved": 0,
            "pending": 0
          },
          "custom_properties": {},
          "is_loyalty_member": false,
          "loyalty_member": null,
          "gender": null
        }
      },
      "extras": {}
    } },
  },
  check_unsubscribe_web_hook: {
    "default": { summary: "Before an offer email", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "check_unsubscribe_web_hook",
      "payload": {
        "campaign": {
          "id": 509365458,
          "type": "StandaloneCampaign",
          "cached_slug": 509365458,
          "tag_names": [
            "default"
          ],
          "joinable_category_names": [
            "affiliate_member"
          ],
          "origin_min_age": null,
          "origin_max_age": null,
          "new_customer": null
        },
        "recipient": {
          "first_name": "Bob",
          "last_name": "Smith",
          "email": "referrer@example.com",
          "phone_number": "+12025551111",
          "username": "username",
          "unsubscribed_at": null,
          "subscribed_at": "2018-09-27T22:55:40.610+03:00",
          "opted_in_at": "2018-09-27T22:55:40.610+03:00",
          "phone_opted_in_at": "2018-09-27T22:55:40.610+03:00",
          "sub_choice": true,
          "custom_properties": {},
          "referral_counts": {
            "total": 0,
            "approved": 0,
            "pending": 0
          },
          "is_loyalty_member": false,
          "loyalty_member": null,
          "gender": null
        },
        "email_type": "notifier_offers_email"
      },
      "extras": {}
    } },
  },
  event_web_hook: {
    "default": { summary: "Custom event", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "event_web_hook",
      "payload": {
        "origin": {
          "id": 289738874,
          "type": "Event",
          "email": "referrer@example.com",
          "event_number": "953205549",
          "event_category": "webhook-test",
          "subtotal": 91.52,
          "customer_id": "865955119",
          "order_date": "2019-04-11T07:26:17.272-07:00",
          "coupon_code": "WHT28499",
          "currency_iso_code": "USD",
          "ip_address": "127.0.0.1",
          "traffic_source": "post-event"
        },
        "person": {
          "first_name": "Bob",
          "last_name": "Smith",
          "email": "referrer@example.com",
          "phone_number": null,
          "username": "username",
          "unsubscribed_at": null,
          "subscribed_at": "2019-04-11T07:25:17.272-07:00",
          "opted_in_at": "2019-04-11T07:25:17.272-07:00",
          "phone_opted_in_at": null,
          "sub_choice": true,
          "custom_properties": {},
          "referral_counts": {
            "total": 0,
            "approved": 0,
            "pending": 0
          },
          "is_loyalty_member": false,
          "loyalty_member": null,
          "gender": null
        }
      },
      "extras": {}
    } },
    "purchase": { summary: "Purchase", value: {
      "key": "example-site-key",
      "site": "example-site",
      "type": "event_web_hook",
      "payload": {
        "origin": {
          "id": 654689661,
          "type": "Purchase",
          "email": "referrer@example.com",
          "order_number": "426692385",
          "subtotal": 29.39,
          "customer_id": "162638070",
          "order_date": "2019-04-11T07:28:31.258-07:00",
          "coupon_code": "WHT79679",
          "currency_iso_code": "USD",
          "ip_address": "127.0.0.1",
          "traffic_source": "post-checkout"
        },
        "person": {
          "first_name": "Bob",
          "last_name": "Smith",
          "email": "referrer@example.com",
          "phone_number": "+12025551111",
          "username": "username",
          "unsubscribed_at": null,
          "subscribed_at": "2019-04-11T07:27:31.258-07:00",
          "opted_in_at": "2019-04-11T07:27:31.258-07:00",
          "phone_opted_in_at": "2019-04-11T07:27:31.258-07:00",
          "sub_choice": true,
          "custom_properties": {},
          "referral_counts": {
            "total": 0,
            "approved": 0,
            "pending": 0
          },
          "is_loyalty_member": false,
          "loyalty_member": null
        }
      },
      "extras": {}
    } },
  },
} satisfies TalkableExampleCatalog;

/** The spec's request examples, typed per webhook. */
export const talkableExamples: TalkableExampleCatalog = catalog;

/** The spec's examples of the JSON answers a receiver sends back. */
export type TalkableAnswerExamples = {
  readonly [K in "check_unsubscribe_web_hook"]: Readonly<Record<string, { readonly summary: string; readonly value: TalkableAnswers[K] }>>;
};

const answerCatalog = {
  check_unsubscribe_web_hook: {
    "subscribed": { summary: "Still subscribed", value: {
      "result": {
        "unsubscribed": false
      }
    } },
    "unsubscribed": { summary: "Unsubscribed", value: {
      "result": {
        "unsubscribed": true
      }
    } },
  },
} satisfies TalkableAnswerExamples;

/** The spec's answer examples, typed per webhook. */
export const talkableAnswerExamples: TalkableAnswerExamples = answerCatalog;
