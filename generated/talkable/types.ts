// This file was written by scripts/generate.ts (npm run generate) from openapi/talkable.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
/* eslint-disable */
export type paths = Record<string, never>;
export interface webhooks {
  referral_web_hook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Referral approved
     * @description Sent when an advocate's referral becomes approved for a friend's purchase or event: neither person is blocked by email or IP and the advocate passed the enabled fraud checks. Approval does not guarantee a reward (limits, inactive shares, coupon cycling or unmatched criteria can still prevent it). Talkable pays the rewards tied to the referral only after this webhook was answered with a 2xx status, so answer 2xx once the referral is recorded. Any other status is retried later.
     */
    post: operations["referralWebHook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  reward_web_hook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reward issued
     * @description Sent when a reward is ready to be given, or was given, to an advocate or a friend: advocate signup (`signup`), advocate share (`shared`), friend passing the email gate or reaching the site (`click`), and a friend's eligible purchase (`referrer` for the advocate, `referred` for the friend). It is only sent for reasons the campaign has an incentive for, and after any approval delay set in the fraud settings. For coupon incentives Talkable hands out the coupon itself and this call is informational. A 2xx answer marks the delivery as done; any other status is retried later.
     */
    post: operations["rewardWebHook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  post_share_web_hook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Offer shared
     * @description Sent every time an advocate shares the offer from the campaign's share screen, by email or any other channel, including copying the share link. Two shares mean two deliveries. A 2xx answer marks the delivery as done; any other status is retried later.
     */
    post: operations["postShareWebHook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  create_coupon_web_hook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Coupon to create
     * @description Sent when the stock of available codes in a single-use coupon list drops below a threshold sized to cover 21 days of use (at least 20 codes). Talkable then generates new codes, 15 at a time in the background or one on demand when none is left, and delivers each through this webhook for the merchant to create in its store. A code is added to Talkable's list only once its delivery was answered with a 2xx status, so answer 2xx only after the coupon exists. Any other status is retried later.
     */
    post: operations["createCouponWebHook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  offer_signup_web_hook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Advocate signed up
     * @description Sent each time someone submits the advocate signup form (name and email, with an optional newsletter checkbox) before sharing an offer. A 2xx answer marks the delivery as done; any other status is retried later.
     */
    post: operations["offerSignupWebHook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  claim_signup_web_hook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Friend passed the email gate
     * @description Sent each time a friend submits the email gating form on the claim page, after receiving a share and before getting their discount. A 2xx answer marks the delivery as done; any other status is retried later.
     */
    post: operations["claimSignupWebHook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  unsubscribe_web_hook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Person unsubscribed
     * @description Sent each time someone unsubscribes from an email sent by Talkable. A 2xx answer marks the delivery as done; any other status is retried later.
     */
    post: operations["unsubscribeWebHook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  check_unsubscribe_web_hook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * May this email be sent?
     * @description Optional. Sent before every otherwise valid email Talkable is about to send, to ask whether the recipient unsubscribed on the merchant's side. The answer must be a 2xx status with the JSON body `{"result":{"unsubscribed":<boolean>}}`; `true` stops the email. Any other status is retried later.
     */
    post: operations["checkUnsubscribeWebHook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  event_web_hook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Purchase or event registered
     * @description Sent each time a purchase or a custom event is registered with Talkable, through the front-end integration or the back-end API. A 2xx answer marks the delivery as done; any other status is retried later.
     */
    post: operations["eventWebHook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /**
     * AffiliateMemberOrigin
     * @description A signup through a standalone, floating widget or gleam placement; it carries only the shared origin members. Unknown members are accepted because Talkable may add fields without notice.
     */
    AffiliateMemberOrigin: {
      /**
       * @description Origin kind.
       * @constant
       */
      type: "AffiliateMember";
    } & components["schemas"]["OriginBase"];
    /**
     * Amount
     * @description A sum of money (or, on coupons with `percentage_discount`, a percentage): reward and coupon amounts, create coupon's `discount_amount`, an origin's `subtotal`. Talkable's JSON type for money changed between versions of its documentation and differs between webhooks: referral rewards send a decimal string (`"5.00"`), the reward webhook a number (`10.0`) in older samples and a string (`"10.0"`) in later ones, create coupon a number (`10`) and later a string (`"10.0"`), origin subtotals a number (`13.43`) or a string (`"48.39"`). Every money field therefore accepts both forms; a string must be a plain decimal number. Null means no monetary value, for example on non-monetary incentives.
     */
    Amount: string | number | null;
    /**
     * Campaign
     * @description The referral campaign involved. Only `id` is required: every documented version carries it, while `origin_min_age`, `origin_max_age`, `new_customer` and `joinable_category_names` are missing from older ones. Unknown members are accepted because Talkable may add fields without notice.
     */
    Campaign: {
      /** @description Unique campaign ID. A number in every sample; text is accepted too because the vendor's identifiers change JSON type between versions (see Identifier). */
      id: components["schemas"]["Identifier"];
      /** @description URL-friendly identifier, documented as "the same as id". Later samples carry a number, older ones a text slug (`"affiliate-campaign-test"`); both are accepted. */
      cached_slug?: components["schemas"]["Identifier"];
      /**
       * @description Campaign kind. A closed list: the docs name exactly these two, and the compatibility promise rules out changing existing values.
       * @enum {string}
       */
      type?: "StandaloneCampaign" | "DoubleSidedDealCampaign";
      /** @description Tags set on the campaign. */
      tag_names?: string[];
      /** @description Origin categories that can trigger the campaign, such as `affiliate_member` or `purchase`. Missing from older vendor samples, hence optional. */
      joinable_category_names?: string[];
      /** @description Whether only new customers may see the campaign; null when not set. */
      new_customer?: boolean | null;
      /** @description Seconds that must pass after the advocate's first visit before the campaign shows; null when not set. */
      origin_min_age?: number | null;
      /** @description Seconds after the advocate's first visit during which the campaign can show; null when not set. */
      origin_max_age?: number | null;
    };
    /**
     * CheckUnsubscribePayload
     * @description Payload of `check_unsubscribe_web_hook`: Talkable asks whether it may send an email. `campaign` is optional because some email types in the vendor's list (wallet, loyalty) need not belong to a campaign. Unknown members are accepted because Talkable may add fields without notice.
     */
    CheckUnsubscribePayload: {
      campaign?: components["schemas"]["Campaign"];
      recipient: components["schemas"]["Person"];
      email_type: components["schemas"]["EmailType"];
    };
    /**
     * CheckUnsubscribeResponse
     * @description The JSON answer Talkable requires from the check unsubscribe webhook. The docs require these two members and say nothing about others.
     */
    CheckUnsubscribeResponse: {
      result: {
        /** @description True when the merchant knows the address as unsubscribed, so Talkable must not send the email; false lets the email go out. */
        unsubscribed: boolean;
      };
    };
    /**
     * ClaimSignupPayload
     * @description Payload of `claim_signup_web_hook`: a friend submitted the email gating form on the claim page. The friend's person members sit at the top level of the payload (hence the `allOf` with Person), next to `campaign`, `offer` and `ip_address`. Unknown members are accepted because Talkable may add fields without notice.
     */
    ClaimSignupPayload: {
      campaign: components["schemas"]["Campaign"];
      offer: components["schemas"]["Offer"];
      /** @description The friend's IP address. */
      ip_address?: string | null;
    } & components["schemas"]["Person"];
    /**
     * Coupon
     * @description The coupon given as a reward. Every member is optional: when the incentive is not a coupon the vendor sends an empty object (`{}`) or null. Unknown members are accepted because Talkable may add fields without notice.
     */
    Coupon: {
      /** @description Unique coupon ID (a number or text, see Identifier). */
      id?: components["schemas"]["Identifier"];
      /** @description The coupon code. */
      code?: string;
      /** @description True while the coupon has not expired. */
      active?: boolean | null;
      amount?: components["schemas"]["Amount"];
      /** @description True when `amount` is a percentage rather than a fixed sum. */
      percentage_discount?: boolean | null;
      /** @description Human-readable discount, such as `$15` or `10%`. */
      description?: string | null;
      /** @description True for a single-use coupon. */
      single_use?: boolean | null;
      /** @description True once the coupon has been used. */
      used?: boolean | null;
      /** @description How many times the coupon was used; null for multi-use coupons. */
      usages?: number | null;
      /** @description Expiry in the site's time zone; null when the coupon does not expire. */
      valid_until?: components["schemas"]["Timestamp"] | null;
      /**
       * @deprecated
       * @description Expiry time; deprecated by the vendor in favour of `valid_until`.
       */
      expires_at?: components["schemas"]["Timestamp"] | null;
    };
    /**
     * CreateCouponPayload
     * @description Payload of `create_coupon_web_hook`: one coupon Talkable generated and wants the merchant to create in its store. Unknown members are accepted because Talkable may add fields without notice.
     */
    CreateCouponPayload: {
      /** @description The coupon code to create. */
      coupon_code: string;
      /** @description ID of the Talkable coupon list being refilled (a number or text, see Identifier). */
      coupon_list_id: components["schemas"]["Identifier"];
      /** @description Name of that coupon list. */
      coupon_list_name?: string;
      /** @description The discount: a number (`10`) in older vendor samples, a decimal string (`"10.0"`) in later ones; both are accepted (see Amount). */
      discount_amount: components["schemas"]["Amount"];
      /** @description True for a percentage discount, false for a fixed amount. */
      percentage_discount: boolean;
      /** @description How many times the coupon may be used. */
      usage_limit?: number | null;
      /** @description When the coupon expires; null when the list has no expiration date. */
      expires_at?: components["schemas"]["Timestamp"] | null;
      /** @description The advocate's email, only for personal coupons; null otherwise. */
      email?: string | null;
      /** @description The advocate's phone number, only for personal coupons. Listed only in the vendor's OpenAPI file; optional. */
      phone_number?: string | null;
      /** @description Whether Shopify coupon auto-sync is on for the site; the webhook takes precedence over it. */
      coupon_auto_sync_enabled?: boolean;
    };
    /**
     * EmailType
     * @description Category of the email Talkable is about to send. The docs list six values (`notifier_offers_email`, `notifier_offers_share_via_email`, `notifier_offers_share_via_email_reminder`, `advocate_rewards_confirmation`, `advocate_rewards_paid`, `friend_rewards_paid`); the vendor's OpenAPI file adds custom share and claim page emails, wallet, email capture and loyalty emails. Open list: the two sources disagree and new email kinds appear over time, so any other string is accepted too.
     */
    EmailType:
      | "notifier_offers_email"
      | "notifier_offers_share_via_email"
      | "notifier_offers_share_via_email_reminder"
      | "advocate_rewards_confirmation"
      | "advocate_rewards_paid"
      | "friend_rewards_paid"
      | "custom_share_page_email"
      | "custom_claim_page_email"
      | "wallet_welcome_email"
      | "email_capture_reward_reminder"
      | "loyalty_post_action_email"
      | "loyalty_tier_upgraded_email"
      | "loyalty_tier_downgraded_email"
      | "loyalty_points_expiring_soon_email"
      | (string & {});
    /**
     * EventOrigin
     * @description A custom event registered with Talkable (post-event placements, for example a signup page that starts a referral campaign). Unknown members are accepted because Talkable may add fields without notice.
     */
    EventOrigin: {
      /**
       * @description Origin kind.
       * @constant
       */
      type: "Event";
      /** @description The action that produced the event, for example `app_installed`. */
      event_category?: string;
      /** @description Identifier of the event, unique within its category. Text in the samples; a number is accepted too, as for every identifier, because the vendor's order numbers (the same concept for purchases) came both ways. */
      event_number?: components["schemas"]["Identifier"];
      /** @description When the event happened. The docs list this only for purchases, but the vendor's event sample carries it. */
      order_date?: components["schemas"]["Timestamp"] | null;
      /** @description Optional monetary value of the event: a JSON number or a decimal string, like every money field (see Amount). */
      subtotal?: components["schemas"]["Amount"];
      /** @description ISO 4217 currency code; defaults to the site's currency. */
      currency_iso_code?: string | null;
      /** @description Coupon code(s) tied to the event, comma-separated when several. */
      coupon_code?: string | null;
    } & components["schemas"]["OriginBase"];
    /**
     * EventPayload
     * @description Payload of `event_web_hook`: a purchase or a custom event was registered with Talkable. Its origin is a `Purchase` or an `Event` in practice. Unknown members are accepted because Talkable may add fields without notice.
     */
    EventPayload: {
      origin: components["schemas"]["Origin"];
      person: components["schemas"]["Person"];
    };
    /**
     * Extras
     * @description Additional data, sent as the optional `extras` form field. Like `payload`, the field holds JSON text on the wire (declared by the `encoding` entry of each request body); this schema describes the decoded value. The vendor's cURL examples always send an empty object (`{}`) and document no members, so any object is accepted. Older vendor examples (referral, post share) omit the field entirely, hence it is optional.
     */
    Extras: Record<string, unknown>;
    /**
     * Identifier
     * @description An identifier: of a campaign, origin, reward, coupon or coupon list, an order or event number, or a customer id. Talkable's JSON type for identifiers is not stable across the versions of its documentation: `order_number` is a number (`381177444`) in older samples and a string (`"381177444"`) in later ones, `customer_id` a string, `cached_slug` a number or a text slug. One rule covers every identifier so that a field the vendor has shown one way cannot break a receiver when it arrives the other way: a JSON integer or a string is accepted for each, and the receiver compares them as text (`String(id)`).
     */
    Identifier: number | string;
    /**
     * IncentiveType
     * @description Kind of incentive: `rebate` (money the merchant pays out to the person's email), `discount_coupon` (a coupon Talkable hands out) or `other` (a non-monetary reward the merchant fulfils; see the incentive description). A closed list: the vendor defines exactly these three general types.
     * @enum {string}
     */
    IncentiveType: "rebate" | "discount_coupon" | "other";
    /**
     * Offer
     * @description The advocate's offer, that is the referral link a friend came through. Unknown members are accepted because Talkable may add fields without notice.
     */
    Offer: {
      /** @description The advocate's email address. */
      email?: string | null;
      /** @description The advocate's phone number in E.164 form. Listed only in the vendor's OpenAPI file, absent from every sample; optional. */
      phone_number?: string | null;
      /** @description Unique code of the offer, as used in its short link. */
      short_url_code: string;
      /** @description IP address the offer was created from. */
      ip_address?: string | null;
    };
    /**
     * OfferSignupPayload
     * @description Payload of `offer_signup_web_hook`: someone submitted the advocate signup form. The advocate's person members sit at the top level of the payload (hence the `allOf` with Person), next to `campaign` and `offer`. Unknown members are accepted because Talkable may add fields without notice.
     */
    OfferSignupPayload: {
      campaign: components["schemas"]["Campaign"];
      offer: components["schemas"]["Offer"];
    } & components["schemas"]["Person"];
    /**
     * Origin
     * @description The purchase, event or signup that something started from, told apart by `type`. The vendor documents exactly three kinds, so an origin of any other kind does not match this contract. The `if`/`then` entries check the kind the origin names before the `oneOf` does, so that a wrong member is reported where it is (for example a corrupted `order_date` of an `Event` origin) rather than as a mismatch with the first kind tried.
     */
    Origin: unknown &
      unknown &
      unknown &
      (
        | components["schemas"]["PurchaseOrigin"]
        | components["schemas"]["AffiliateMemberOrigin"]
        | components["schemas"]["EventOrigin"]
      );
    /**
     * OriginBase
     * @description Members shared by every kind of origin (the purchase, event or signup that a campaign or referral started from). Used through `allOf` by PurchaseOrigin, AffiliateMemberOrigin and EventOrigin; never sent on its own.
     */
    OriginBase: {
      /** @description Unique ID of the origin in Talkable (a number or text, see Identifier). */
      id: components["schemas"]["Identifier"];
      /** @description Email of the person behind the origin, as recorded when the origin was created. May be null; for the advocate's latest address prefer the person objects. */
      email?: string | null;
      /** @description Phone number of that person; listed only in the vendor's OpenAPI file. */
      phone_number?: string | null;
      /** @description The merchant's identifier of the customer behind the origin: text in the samples, a number accepted as for every identifier (see Identifier); null in one documented version when the customer is unknown. */
      customer_id?: components["schemas"]["Identifier"] | null;
      traffic_source?: components["schemas"]["TrafficSource"];
      /** @description IP address the origin was recorded from. */
      ip_address?: string | null;
      /** @description UTM source; listed only in the vendor's OpenAPI file. */
      utm_source?: string | null;
      /** @description UTM medium; listed only in the vendor's OpenAPI file. */
      utm_medium?: string | null;
      /** @description UTM campaign; listed only in the vendor's OpenAPI file. */
      utm_campaign?: string | null;
      /** @description UTM content; listed only in the vendor's OpenAPI file. */
      utm_content?: string | null;
      /** @description UTM term; listed only in the vendor's OpenAPI file. */
      utm_term?: string | null;
      /** @description Merchant segment 1; listed only in the vendor's OpenAPI file. */
      segment1?: string | null;
      /** @description Merchant segment 2; listed only in the vendor's OpenAPI file. */
      segment2?: string | null;
      /** @description Merchant segment 3; listed only in the vendor's OpenAPI file. */
      segment3?: string | null;
    };
    /**
     * Person
     * @description A person known to Talkable: an advocate, a friend, a sharer or an email recipient. Only `email` is required; every other member may be missing and many may be null. Unknown members are accepted because Talkable may add fields without notice.
     */
    Person: {
      /** @description Email address. */
      email: string;
      /** @description Phone number (E.164 in the samples), if known. */
      phone_number?: string | null;
      /** @description First name, if known. */
      first_name?: string | null;
      /** @description Last name, if known. */
      last_name?: string | null;
      /** @description Username, if known. */
      username?: string | null;
      /** @description The merchant's own customer identifier. Listed only in the vendor's OpenAPI file, absent from every sample; optional. A number or text, as for every identifier (see Identifier), or null. */
      customer_id?: components["schemas"]["Identifier"] | null;
      /** @description The person's answer to the newsletter checkbox. Only present when the form had such a checkbox. */
      sub_choice?: boolean | null;
      /**
       * @deprecated
       * @description Deprecated by the vendor in favour of `opted_in_at`, but still sent.
       */
      subscribed_at?: components["schemas"]["Timestamp"] | null;
      /** @description When the person opted in to email; null if they have not. */
      opted_in_at?: components["schemas"]["Timestamp"] | null;
      /** @description When the person opted in with their phone number; null if they have not. (The vendor's field list words this and `unsubscribed_at` the other way round; the field names are the better guide.) */
      phone_opted_in_at?: components["schemas"]["Timestamp"] | null;
      /** @description When the person unsubscribed; null if they have not. */
      unsubscribed_at?: components["schemas"]["Timestamp"] | null;
      /** @description Free-form map of the merchant's custom properties for this person; keys and values are whatever the merchant stored. */
      custom_properties?: Record<string, unknown>;
      /** @description Whether the person takes part in the merchant's loyalty program. */
      is_loyalty_member?: boolean;
      /** @description The person's loyalty program details. The vendor documents no members, so any object is accepted; null for non-members. */
      loyalty_member?: Record<string, unknown> | null;
      referral_counts?: components["schemas"]["ReferralCounts"];
      /**
       * @deprecated
       * @description Deprecated by the vendor and null in every sample, but still sent.
       */
      gender?: string | null;
    };
    /**
     * PostSharePayload
     * @description Payload of `post_share_web_hook`: an advocate shared the offer once. Unknown members are accepted because Talkable may add fields without notice.
     */
    PostSharePayload: {
      campaign: components["schemas"]["Campaign"];
      share_type: components["schemas"]["ShareType"];
      /** @description Details that depend on the channel; every member is optional. */
      share_info: {
        /** @description Recipient email addresses, for email shares. */
        recipients?: string[];
        /** @description Facebook post ID, for Facebook shares (a number or text, see Identifier). */
        facebook_share_post_id?: components["schemas"]["Identifier"];
        /** @description Facebook user ID, for Facebook shares (a number or text, see Identifier). */
        facebook_share_user_id?: components["schemas"]["Identifier"];
      };
      sharer_info?: components["schemas"]["Person"];
      /** @description Link included in the share message; only sent for Facebook and X (Twitter) shares. */
      share_link?: string;
      origin: components["schemas"]["Origin"];
    };
    /**
     * PurchaseOrigin
     * @description A purchase registered with Talkable (post-purchase placements). Unknown members are accepted because Talkable may add fields without notice.
     */
    PurchaseOrigin: {
      /**
       * @description Origin kind.
       * @constant
       */
      type: "Purchase";
      /** @description The merchant's unique order number. Older vendor samples send it as a JSON number (`381177444`), later ones as text (`"381177444"`); both are accepted (see Identifier). */
      order_number?: components["schemas"]["Identifier"];
      /** @description When the order was placed. */
      order_date?: components["schemas"]["Timestamp"] | null;
      /** @description Order subtotal. A JSON number in some versions of the vendor's samples and a decimal string (`"48.39"`) in others, so both are accepted (see Amount). */
      subtotal?: components["schemas"]["Amount"];
      /** @description ISO 4217 currency code; defaults to the site's currency. */
      currency_iso_code?: string | null;
      /** @description Coupon code(s) used on the order, comma-separated when several. */
      coupon_code?: string | null;
    } & components["schemas"]["OriginBase"];
    /**
     * ReferralCounts
     * @description How many referrals the person has made as an advocate. Unknown members are accepted because Talkable may add fields without notice.
     */
    ReferralCounts: {
      /** @description Referrals created. */
      total: number;
      /** @description Referrals approved. */
      approved: number;
      /** @description Referrals waiting for approval. */
      pending: number;
    };
    /**
     * ReferralPayload
     * @description Payload of `referral_web_hook`: a referral was approved for a friend's purchase or event. Only `campaign` and `offer` are required, the members every documented version carries: the oldest versions describe the rewards with `referrer` and `referred` alone, later ones add `advocate_rewards` and `friend_rewards`, and `referred_origin` came later still. A receiver should read the reward lists when present and fall back to `referrer` / `referred`. Unknown members are accepted because Talkable may add fields without notice.
     */
    ReferralPayload: {
      campaign: components["schemas"]["Campaign"];
      offer: components["schemas"]["Offer"];
      /** @description The friend's purchase or event that made the referral. Missing from older vendor samples, hence optional. */
      referred_origin?: components["schemas"]["Origin"];
      /** @description Rewards for the advocate, except rewards paid in loyalty points. Missing from the oldest vendor samples (which carry `referrer` instead), hence optional. */
      advocate_rewards?: components["schemas"]["ReferralReward"][];
      /** @description Rewards for the friend, except rewards paid in loyalty points. Missing from the oldest vendor samples (which carry `referred` instead), hence optional. */
      friend_rewards?: components["schemas"]["ReferralReward"][];
      referrer?: components["schemas"]["ReferralReward"];
      referred?: components["schemas"]["ReferralReward"];
      /** @description The share that led to the referral. Missing from older vendor samples, hence optional. */
      share?: {
        channel?: components["schemas"]["ShareType"];
      };
    };
    /**
     * ReferralReward
     * @description One reward in the referral webhook: the `referrer` and `referred` members and the items of `advocate_rewards` and `friend_rewards`. Unknown members are accepted because Talkable may add fields without notice.
     */
    ReferralReward: {
      /** @description Unique reward ID (a number or text, see Identifier). */
      id: components["schemas"]["Identifier"];
      /** @description Email of the person who receives the reward. */
      email: string;
      person?: components["schemas"]["Person"];
      amount?: components["schemas"]["Amount"];
      incentive?: components["schemas"]["IncentiveType"];
      /** @description Human-readable explanation of the reward. */
      incentive_description?: string | null;
      /** @description Coupon code given as the reward, for `discount_coupon` incentives. Older vendor samples omit it, hence optional. */
      reward_coupon_code?: string | null;
      origin?: components["schemas"]["Origin"];
    };
    /**
     * Reward
     * @description The reward described by the reward webhook. Only `reason` is required: older versions of the vendor's samples leave out `id`, `status`, `incentive_description` and `coupon`. Unknown members are accepted because Talkable may add fields without notice.
     */
    Reward: {
      /** @description Unique reward ID (a number or text, see Identifier). Missing from older vendor samples, hence optional. */
      id?: components["schemas"]["Identifier"];
      reason: components["schemas"]["RewardReason"];
      status?: components["schemas"]["RewardStatus"];
      incentive_type?: components["schemas"]["IncentiveType"];
      /** @description Human-readable identifier of the incentive, unique in the campaign. */
      incentive_identifier?: string | null;
      /** @description Human-readable description of the incentive; for `other` incentives it is the non-monetary reward itself. */
      incentive_description?: string | null;
      /** @description Custom description set on the incentive, if any. */
      incentive_custom_description?: string | null;
      amount?: components["schemas"]["Amount"];
      /** @description The reward coupon for `discount_coupon` incentives. For other incentives the docs say null while the samples send `{}`; both are accepted. */
      coupon?: components["schemas"]["Coupon"] | null;
      /**
       * @deprecated
       * @description The reward coupon's code; deprecated by the vendor in favour of `coupon`.
       */
      coupon_code?: string | null;
    };
    /**
     * RewardPayload
     * @description Payload of `reward_web_hook`: a reward is ready to be given, or was given, to an advocate or a friend. Only `campaign` and `reward` are required, the members every documented version carries: older versions leave out `offer`, `origin`, `advocate_origin` and `friend_origin`. Unknown members are accepted because Talkable may add fields without notice.
     */
    RewardPayload: {
      campaign: components["schemas"]["Campaign"];
      /** @description The advocate's offer. Missing from older vendor samples, hence optional. */
      offer?: components["schemas"]["Offer"];
      reward: components["schemas"]["Reward"];
      /** @description The person who gets the reward; may be null (for example on `shared` rewards). */
      person?: components["schemas"]["Person"] | null;
      /** @description The origin that issued the offer; may be null (for example on `click` rewards). */
      origin?: components["schemas"]["Origin"] | null;
      /** @description The advocate's origin. Missing from older vendor samples, hence optional. */
      advocate_origin?: components["schemas"]["Origin"];
      /** @description The friend's origin; null until the friend has one (signup, share, click). */
      friend_origin?: components["schemas"]["Origin"] | null;
    };
    /**
     * RewardReason
     * @description Why the reward was issued. Known values: `signup` (advocate filled in the signup form), `shared` (advocate shared the offer), `click` (friend reached the claim page, passing the email gate if there is one), `referrer` (advocate, for a friend's eligible purchase) and `referred` (friend, for their own eligible purchase). Treated as open because incentive kinds grow with the product: any other string is accepted.
     */
    RewardReason: "signup" | "shared" | "click" | "referrer" | "referred" | (string & {});
    /**
     * RewardStatus
     * @description State of the reward. The docs give `Paid`, `Unpaid` and `Voided` as examples rather than a closed list, so any other string is accepted too.
     */
    RewardStatus: "Paid" | "Unpaid" | "Voided" | (string & {});
    /**
     * ShareType
     * @description Channel of a share. Known values: `email`, `facebook`, `twitter`, `facebook_message`, `facebook_sponsored`, `whatsapp`, `sms`, `linkedin`, `other`. Open list: merchants can create custom share types, so any other string is accepted too.
     */
    ShareType:
      | "email"
      | "facebook"
      | "twitter"
      | "facebook_message"
      | "facebook_sponsored"
      | "whatsapp"
      | "sms"
      | "linkedin"
      | "other"
      | (string & {});
    /**
     * SiteKey
     * @description The site's webhook security key, shown on Talkable's webhook set-up page. It is the same for every webhook type of one site and identifies Talkable as the sender. Compare it with the expected key in constant time and never log it.
     */
    SiteKey: string;
    /**
     * SiteSlug
     * @description Slug of the Talkable site that sent the delivery. Useful when one endpoint serves several sites, for example a live site and a staging site. Optional in the request schemas because the oldest vendor cURL example (post share) leaves it out.
     */
    SiteSlug: string;
    /**
     * Timestamp
     * @description Point in time as an ISO 8601 date-time with a UTC offset. Every documented version of the vendor's samples writes `2018-09-14T23:57:18.734+03:00` (local time, milliseconds, `±hh:mm` offset); the pattern also accepts the other ISO 8601 forms a Rails back end emits (`Z`, `±hhmm`, no fraction, no seconds). The text is checked because a corrupted timestamp must be refused with a pointer, not passed on: the commonest corruption is a raw form body whose `+` was decoded as a space (`2018-09-14T23:57:18.734 03:00`), which `new Date` cannot read. Receivers still parse the value themselves; JSON has no date type.
     * @example 2018-09-14T23:57:18.734+03:00
     * @example 2014-08-13T11:14:08.835-07:00
     */
    Timestamp: string;
    /**
     * TrafficSource
     * @description Where the origin's traffic came from. The vendor publishes no list; its samples show `post-checkout`, `post-event` and `unknown`. Open list: any other string is accepted too.
     */
    TrafficSource: "post-checkout" | "post-event" | "unknown" | (string & {});
    /**
     * UnsubscribePayload
     * @description Payload of `unsubscribe_web_hook`: someone unsubscribed from Talkable's emails. Unknown members are accepted because Talkable may add fields without notice.
     */
    UnsubscribePayload: {
      person: components["schemas"]["Person"];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  referralWebHook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Form fields sent by Talkable. `payload` and `extras` hold JSON text; the `encoding` entries say so and the schemas describe the decoded values. */
    requestBody: {
      content: {
        "application/x-www-form-urlencoded": {
          key: components["schemas"]["SiteKey"];
          site?: components["schemas"]["SiteSlug"];
          /**
           * @description Names the webhook, so one URL can serve several types. Talkable's docs say every delivery carries it, but one older vendor cURL example leaves it out, so it is optional here.
           * @constant
           */
          type?: "referral_web_hook";
          /**
           * @description Present on test sends (Deliver Sample on Talkable's webhook page), as `true`. The SDK reads any value other than empty, `0`, `false`, `f`, `no` and `off` (in any case) as a test send and gives handlers `test: true`.
           * @example true
           */
          test?: string;
          payload: components["schemas"]["ReferralPayload"];
          extras?: components["schemas"]["Extras"];
        };
      };
    };
    responses: {
      /** @description Referral recorded: Talkable stops retrying and may now pay the rewards. Any 2xx status works; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other status: Talkable retries the delivery later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  rewardWebHook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Form fields sent by Talkable. `payload` and `extras` hold JSON text; the `encoding` entries say so and the schemas describe the decoded values. */
    requestBody: {
      content: {
        "application/x-www-form-urlencoded": {
          key: components["schemas"]["SiteKey"];
          site?: components["schemas"]["SiteSlug"];
          /**
           * @description Names the webhook, so one URL can serve several types. Talkable's docs say every delivery carries it, but one older vendor cURL example leaves it out, so it is optional here.
           * @constant
           */
          type?: "reward_web_hook";
          /**
           * @description Present on test sends (Deliver Sample on Talkable's webhook page), as `true`. The SDK reads any value other than empty, `0`, `false`, `f`, `no` and `off` (in any case) as a test send and gives handlers `test: true`.
           * @example true
           */
          test?: string;
          payload: components["schemas"]["RewardPayload"];
          extras?: components["schemas"]["Extras"];
        };
      };
    };
    responses: {
      /** @description Delivered: Talkable stops retrying. Any 2xx status works; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other status: Talkable retries the delivery later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  postShareWebHook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Form fields sent by Talkable. `payload` and `extras` hold JSON text; the `encoding` entries say so and the schemas describe the decoded values. */
    requestBody: {
      content: {
        "application/x-www-form-urlencoded": {
          key: components["schemas"]["SiteKey"];
          site?: components["schemas"]["SiteSlug"];
          /**
           * @description Names the webhook, so one URL can serve several types. Talkable's docs say every delivery carries it, but one older vendor cURL example leaves it out, so it is optional here.
           * @constant
           */
          type?: "post_share_web_hook";
          /**
           * @description Present on test sends (Deliver Sample on Talkable's webhook page), as `true`. The SDK reads any value other than empty, `0`, `false`, `f`, `no` and `off` (in any case) as a test send and gives handlers `test: true`.
           * @example true
           */
          test?: string;
          payload: components["schemas"]["PostSharePayload"];
          extras?: components["schemas"]["Extras"];
        };
      };
    };
    responses: {
      /** @description Delivered: Talkable stops retrying. Any 2xx status works; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other status: Talkable retries the delivery later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  createCouponWebHook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Form fields sent by Talkable. `payload` and `extras` hold JSON text; the `encoding` entries say so and the schemas describe the decoded values. */
    requestBody: {
      content: {
        "application/x-www-form-urlencoded": {
          key: components["schemas"]["SiteKey"];
          site?: components["schemas"]["SiteSlug"];
          /**
           * @description Names the webhook, so one URL can serve several types. Talkable's docs say every delivery carries it, but one older vendor cURL example leaves it out, so it is optional here.
           * @constant
           */
          type?: "create_coupon_web_hook";
          /**
           * @description Present on test sends (Deliver Sample on Talkable's webhook page), as `true`. The SDK reads any value other than empty, `0`, `false`, `f`, `no` and `off` (in any case) as a test send and gives handlers `test: true`.
           * @example true
           */
          test?: string;
          payload: components["schemas"]["CreateCouponPayload"];
          extras?: components["schemas"]["Extras"];
        };
      };
    };
    responses: {
      /** @description Coupon created: Talkable adds the code to its coupon list and stops retrying. Any 2xx status works; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other status: Talkable retries the delivery later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  offerSignupWebHook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Form fields sent by Talkable. `payload` and `extras` hold JSON text; the `encoding` entries say so and the schemas describe the decoded values. */
    requestBody: {
      content: {
        "application/x-www-form-urlencoded": {
          key: components["schemas"]["SiteKey"];
          site?: components["schemas"]["SiteSlug"];
          /**
           * @description Names the webhook, so one URL can serve several types. Talkable's docs say every delivery carries it, but one older vendor cURL example leaves it out, so it is optional here.
           * @constant
           */
          type?: "offer_signup_web_hook";
          /**
           * @description Present on test sends (Deliver Sample on Talkable's webhook page), as `true`. The SDK reads any value other than empty, `0`, `false`, `f`, `no` and `off` (in any case) as a test send and gives handlers `test: true`.
           * @example true
           */
          test?: string;
          payload: components["schemas"]["OfferSignupPayload"];
          extras?: components["schemas"]["Extras"];
        };
      };
    };
    responses: {
      /** @description Delivered: Talkable stops retrying. Any 2xx status works; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other status: Talkable retries the delivery later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  claimSignupWebHook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Form fields sent by Talkable. `payload` and `extras` hold JSON text; the `encoding` entries say so and the schemas describe the decoded values. */
    requestBody: {
      content: {
        "application/x-www-form-urlencoded": {
          key: components["schemas"]["SiteKey"];
          site?: components["schemas"]["SiteSlug"];
          /**
           * @description Names the webhook, so one URL can serve several types. Talkable's docs say every delivery carries it, but one older vendor cURL example leaves it out, so it is optional here.
           * @constant
           */
          type?: "claim_signup_web_hook";
          /**
           * @description Present on test sends (Deliver Sample on Talkable's webhook page), as `true`. The SDK reads any value other than empty, `0`, `false`, `f`, `no` and `off` (in any case) as a test send and gives handlers `test: true`.
           * @example true
           */
          test?: string;
          payload: components["schemas"]["ClaimSignupPayload"];
          extras?: components["schemas"]["Extras"];
        };
      };
    };
    responses: {
      /** @description Delivered: Talkable stops retrying. Any 2xx status works; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other status: Talkable retries the delivery later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  unsubscribeWebHook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Form fields sent by Talkable. `payload` and `extras` hold JSON text; the `encoding` entries say so and the schemas describe the decoded values. */
    requestBody: {
      content: {
        "application/x-www-form-urlencoded": {
          key: components["schemas"]["SiteKey"];
          site?: components["schemas"]["SiteSlug"];
          /**
           * @description Names the webhook, so one URL can serve several types. Talkable's docs say every delivery carries it, but one older vendor cURL example leaves it out, so it is optional here.
           * @constant
           */
          type?: "unsubscribe_web_hook";
          /**
           * @description Present on test sends (Deliver Sample on Talkable's webhook page), as `true`. The SDK reads any value other than empty, `0`, `false`, `f`, `no` and `off` (in any case) as a test send and gives handlers `test: true`.
           * @example true
           */
          test?: string;
          payload: components["schemas"]["UnsubscribePayload"];
          extras?: components["schemas"]["Extras"];
        };
      };
    };
    responses: {
      /** @description Delivered: Talkable stops retrying. Any 2xx status works; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other status: Talkable retries the delivery later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  checkUnsubscribeWebHook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Form fields sent by Talkable. `payload` and `extras` hold JSON text; the `encoding` entries say so and the schemas describe the decoded values. */
    requestBody: {
      content: {
        "application/x-www-form-urlencoded": {
          key: components["schemas"]["SiteKey"];
          site?: components["schemas"]["SiteSlug"];
          /**
           * @description Names the webhook, so one URL can serve several types. Talkable's docs say every delivery carries it, but one older vendor cURL example leaves it out, so it is optional here.
           * @constant
           */
          type?: "check_unsubscribe_web_hook";
          /**
           * @description Present on test sends (Deliver Sample on Talkable's webhook page), as `true`. The SDK reads any value other than empty, `0`, `false`, `f`, `no` and `off` (in any case) as a test send and gives handlers `test: true`.
           * @example true
           */
          test?: string;
          payload: components["schemas"]["CheckUnsubscribePayload"];
          extras?: components["schemas"]["Extras"];
        };
      };
    };
    responses: {
      /** @description Answer to the check (any 2xx status). The JSON body must carry `result.unsubscribed` as a boolean. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckUnsubscribeResponse"];
        };
      };
      /** @description Any other status: Talkable retries the delivery later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  eventWebHook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Form fields sent by Talkable. `payload` and `extras` hold JSON text; the `encoding` entries say so and the schemas describe the decoded values. */
    requestBody: {
      content: {
        "application/x-www-form-urlencoded": {
          key: components["schemas"]["SiteKey"];
          site?: components["schemas"]["SiteSlug"];
          /**
           * @description Names the webhook, so one URL can serve several types. Talkable's docs say every delivery carries it, but one older vendor cURL example leaves it out, so it is optional here.
           * @constant
           */
          type?: "event_web_hook";
          /**
           * @description Present on test sends (Deliver Sample on Talkable's webhook page), as `true`. The SDK reads any value other than empty, `0`, `false`, `f`, `no` and `off` (in any case) as a test send and gives handlers `test: true`.
           * @example true
           */
          test?: string;
          payload: components["schemas"]["EventPayload"];
          extras?: components["schemas"]["Extras"];
        };
      };
    };
    responses: {
      /** @description Delivered: Talkable stops retrying. Any 2xx status works; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other status: Talkable retries the delivery later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
