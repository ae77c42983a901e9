import { describe, expectTypeOf, it } from "vitest";
import type { EmmaBodies, EmmaPayloads } from "talkable-emma-webhooks/emma";
import type { TalkablePayloads, TalkableSchemas } from "talkable-emma-webhooks/talkable";

type Referral = TalkablePayloads["referral_web_hook"];
type Reward = TalkablePayloads["reward_web_hook"];
type Purchase = Extract<TalkableSchemas["Origin"], { type: "Purchase" }>;

describe("Talkable types widen where the vendor's versions differ", () => {
  it("types every identifier as a number or a string", () => {
    expectTypeOf<TalkableSchemas["Identifier"]>().toEqualTypeOf<number | string>();
    expectTypeOf<TalkableSchemas["Campaign"]["id"]>().toEqualTypeOf<number | string>();
    expectTypeOf<TalkableSchemas["Campaign"]["cached_slug"]>().toEqualTypeOf<
      number | string | undefined
    >();
    expectTypeOf<Purchase["id"]>().toEqualTypeOf<number | string>();
    expectTypeOf<Purchase["order_number"]>().toEqualTypeOf<number | string | undefined>();
    expectTypeOf<Purchase["customer_id"]>().toEqualTypeOf<number | string | null | undefined>();
    expectTypeOf<Reward["reward"]["id"]>().toEqualTypeOf<number | string | undefined>();
    expectTypeOf<TalkablePayloads["create_coupon_web_hook"]["coupon_list_id"]>().toEqualTypeOf<
      number | string
    >();
  });

  it("types money as a number or a decimal string", () => {
    expectTypeOf<Purchase["subtotal"]>().toEqualTypeOf<number | string | null | undefined>();
    expectTypeOf<TalkablePayloads["create_coupon_web_hook"]["discount_amount"]>().toEqualTypeOf<
      number | string | null
    >();
  });

  it("makes optional what older versions leave out", () => {
    expectTypeOf<Referral["advocate_rewards"]>().toEqualTypeOf<
      TalkableSchemas["ReferralReward"][] | undefined
    >();
    expectTypeOf<Reward["offer"]>().toEqualTypeOf<TalkableSchemas["Offer"] | undefined>();
    expectTypeOf<Reward["advocate_origin"]>().toEqualTypeOf<
      TalkableSchemas["Origin"] | undefined
    >();
    expectTypeOf<Reward["reward"]["status"]>().toEqualTypeOf<
      TalkableSchemas["RewardStatus"] | undefined
    >();
    // What every version carries stays required.
    expectTypeOf<Referral["campaign"]>().toEqualTypeOf<TalkableSchemas["Campaign"]>();
    expectTypeOf<Reward["reward"]["reason"]>().toEqualTypeOf<TalkableSchemas["RewardReason"]>();
  });

  it("types the oldest documented shapes (Curebit-era docs)", () => {
    const referral = {
      campaign: { id: 970078549, type: "StandaloneCampaign", cached_slug: "affiliate-campaign" },
      offer: { email: "referrer@example.com", short_url_code: "1a2PV" },
      referred: {
        id: 648889141,
        email: "referred@example.com",
        amount: "0.00",
        origin: { id: 404180964, type: "Purchase", order_number: 605022930 },
      },
    } satisfies Referral;
    const reward = {
      person: { email: "referrer@example.com", gender: null, sub_choice: true },
      campaign: { id: 146331555, cached_slug: "affiliate-campaign-test" },
      reward: { reason: "referrer", incentive_type: "rebate", amount: 10, coupon_code: null },
    } satisfies Reward;
    expectTypeOf(referral.referred.origin.order_number).toBeNumber();
    expectTypeOf(reward.reward.amount).toBeNumber();
  });
});

describe("Emma types follow real deliveries", () => {
  it("makes every documented value optional and nullable", () => {
    type Add = EmmaPayloads["member_add"];
    expectTypeOf<Add["member_id"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Add["signup_form_id"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Add["group_ids"]>().toEqualTypeOf<number[] | "all" | null | undefined>();
    expectTypeOf<Add["timestamp"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("types the captured member_add delivery, resource_url beside data", () => {
    const captured = {
      event_name: "member_add",
      resource_url: "https://api.e2ma.net/1743199/members/1160010079",
      data: {
        signup_form_id: null,
        timestamp: "@D:2017-12-21T11:01:11",
        group_ids: [3065183],
        account_id: 1743199,
        member_id: 1160010079,
      },
    } satisfies EmmaBodies["member_add"];
    expectTypeOf(captured.data.timestamp).toBeString();
    expectTypeOf<EmmaBodies["member_add"]["resource_url"]>().toEqualTypeOf<
      string | null | undefined
    >();
  });
});
