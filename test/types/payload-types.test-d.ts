import { describe, expectTypeOf, it } from "vitest";
import type { EmmaBodies, EmmaPayloads, EmmaSchemas } from "talkable-emma-webhooks/emma";
import type {
  TalkableAnswers,
  TalkablePayloads,
  TalkableSchemas,
} from "talkable-emma-webhooks/talkable";

type Referral = TalkablePayloads["referral_web_hook"];
type Reward = TalkablePayloads["reward_web_hook"];
type CheckUnsubscribe = TalkablePayloads["check_unsubscribe_web_hook"];
type Campaign = Referral["campaign"];
type Amount = TalkableSchemas["Amount"];

describe("referral_web_hook payload", () => {
  it("types campaign and offer fields", () => {
    expectTypeOf<Campaign["id"]>().toEqualTypeOf<number | string>();
    expectTypeOf<Campaign["new_customer"]>().toEqualTypeOf<boolean | null | undefined>();
    expectTypeOf<Campaign["type"]>().toEqualTypeOf<
      "StandaloneCampaign" | "DoubleSidedDealCampaign" | undefined
    >();
    expectTypeOf<Referral["offer"]["short_url_code"]>().toEqualTypeOf<string>();
    expectTypeOf<Referral["offer"]["email"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("makes referrer, referred and the reward lists optional (older versions lack the lists)", () => {
    type Reward = TalkableSchemas["ReferralReward"];
    expectTypeOf<Pick<Referral, "referrer" | "referred">>().toEqualTypeOf<{
      referrer?: Reward;
      referred?: Reward;
    }>();
    expectTypeOf<Referral["advocate_rewards"]>().toEqualTypeOf<Reward[] | undefined>();
    expectTypeOf<Referral>().toHaveProperty("referred_origin");
    expectTypeOf<Reward["id"]>().toEqualTypeOf<number | string>();
  });

  it("types an amount as a decimal string, a number or null", () => {
    expectTypeOf<Amount>().toEqualTypeOf<string | number | null>();
    expectTypeOf<NonNullable<Referral["referrer"]>["amount"]>().toEqualTypeOf<Amount | undefined>();
  });

  it("refuses a campaign id that is neither a number nor text", () => {
    // @ts-expect-error: an identifier is a number or a string, never a boolean.
    const campaign: Campaign = { id: true };
    expectTypeOf(campaign.id).toEqualTypeOf<number | string>();
  });

  it("tells origins apart by type", () => {
    type Origin = NonNullable<Referral["referred_origin"]>;
    expectTypeOf<Origin["type"]>().toEqualTypeOf<"Purchase" | "AffiliateMember" | "Event">();
    expectTypeOf<Extract<Origin, { type: "Purchase" }>["subtotal"]>().toEqualTypeOf<
      Amount | undefined
    >();
  });
});

describe("reward_web_hook payload", () => {
  it("lets person be missing or null", () => {
    expectTypeOf<Pick<Reward, "person">>().toEqualTypeOf<{
      person?: TalkableSchemas["Person"] | null;
    }>();
    expectTypeOf<NonNullable<Reward["person"]>["email"]>().toEqualTypeOf<string>();
  });

  it("accepts known and unknown reward reasons, keeping the known ones", () => {
    type Reason = Reward["reward"]["reason"];
    expectTypeOf<"signup">().toExtend<Reason>();
    expectTypeOf<"referred">().toExtend<Reason>();
    expectTypeOf<string>().toExtend<Reason>();
    expectTypeOf<Reason>().toExtend<string>();
    expectTypeOf<Reason>().not.toEqualTypeOf<string>();
    expectTypeOf<Extract<Reason, "click">>().toEqualTypeOf<"click">();
  });
});

describe("check_unsubscribe_web_hook", () => {
  it("types the recipient", () => {
    expectTypeOf<CheckUnsubscribe["recipient"]["email"]>().toEqualTypeOf<string>();
    expectTypeOf<CheckUnsubscribe["recipient"]["first_name"]>().toEqualTypeOf<
      string | null | undefined
    >();
    expectTypeOf<"new_kind">().toExtend<CheckUnsubscribe["email_type"]>();
  });

  it("types the answer exactly", () => {
    expectTypeOf<TalkableAnswers["check_unsubscribe_web_hook"]>().toEqualTypeOf<{
      result: { unsubscribed: boolean };
    }>();
  });
});

describe("Emma events", () => {
  it("types message_click data: every documented value optional and nullable", () => {
    type Click = EmmaPayloads["message_click"];
    expectTypeOf<Click["account_id"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Click["member_id"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Click["mailing_id"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Click["link_id"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Click["subject"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Click["timestamp"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<EmmaBodies["message_click"]["event_name"]>().toEqualTypeOf<"message_click">();
    expectTypeOf<EmmaBodies["message_click"]["data"]>().toEqualTypeOf<Click>();
  });

  it("types member_add_to_group member_ids as a list, 'all' or null", () => {
    type AddToGroup = EmmaPayloads["member_add_to_group"];
    expectTypeOf<AddToGroup["member_ids"]>().toEqualTypeOf<number[] | "all" | null | undefined>();
    expectTypeOf<NonNullable<AddToGroup["member_ids"]>>().toEqualTypeOf<
      NonNullable<EmmaSchemas["IdList"]>
    >();
    expectTypeOf<AddToGroup>().toHaveProperty("group_ids");
    // @ts-expect-error: only the string "all" stands for every member.
    const some: AddToGroup["member_ids"] = "some";
    expectTypeOf(some).toEqualTypeOf<number[] | "all" | null | undefined>();
  });
});
