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
    expectTypeOf<Campaign["id"]>().toEqualTypeOf<number>();
    expectTypeOf<Campaign["new_customer"]>().toEqualTypeOf<boolean | null | undefined>();
    expectTypeOf<Campaign["type"]>().toEqualTypeOf<
      "StandaloneCampaign" | "DoubleSidedDealCampaign" | undefined
    >();
    expectTypeOf<Referral["offer"]["short_url_code"]>().toEqualTypeOf<string>();
    expectTypeOf<Referral["offer"]["email"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("makes referrer and referred optional, the reward lists required", () => {
    type Reward = TalkableSchemas["ReferralReward"];
    expectTypeOf<Pick<Referral, "referrer" | "referred">>().toEqualTypeOf<{
      referrer?: Reward;
      referred?: Reward;
    }>();
    expectTypeOf<Referral["advocate_rewards"]>().toEqualTypeOf<Reward[]>();
    expectTypeOf<Referral>().toHaveProperty("referred_origin");
    expectTypeOf<Reward["id"]>().toEqualTypeOf<number>();
  });

  it("types an amount as a decimal string, a number or null", () => {
    expectTypeOf<Amount>().toEqualTypeOf<string | number | null>();
    expectTypeOf<NonNullable<Referral["referrer"]>["amount"]>().toEqualTypeOf<Amount | undefined>();
  });

  it("refuses a string campaign id", () => {
    // @ts-expect-error: a campaign id is a number; a looser type would make this compile.
    const campaign: Campaign = { id: "x" };
    expectTypeOf(campaign.id).toBeNumber();
  });

  it("tells origins apart by type", () => {
    type Origin = Referral["referred_origin"];
    expectTypeOf<Origin["type"]>().toEqualTypeOf<"Purchase" | "AffiliateMember" | "Event">();
    expectTypeOf<Extract<Origin, { type: "Purchase" }>["subtotal"]>().toEqualTypeOf<
      number | null | undefined
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
  it("types message_click data", () => {
    type Click = EmmaPayloads["message_click"];
    expectTypeOf<Click["account_id"]>().toEqualTypeOf<number>();
    expectTypeOf<Click["member_id"]>().toEqualTypeOf<number>();
    expectTypeOf<Click["mailing_id"]>().toEqualTypeOf<number>();
    expectTypeOf<Click["link_id"]>().toEqualTypeOf<number>();
    expectTypeOf<Click["subject"]>().toEqualTypeOf<string>();
    expectTypeOf<Click["timestamp"]>().toEqualTypeOf<string>();
    expectTypeOf<EmmaBodies["message_click"]["event_name"]>().toEqualTypeOf<"message_click">();
    expectTypeOf<EmmaBodies["message_click"]["data"]>().toEqualTypeOf<Click>();
  });

  it("types member_add_to_group member_ids as a list or 'all'", () => {
    type AddToGroup = EmmaPayloads["member_add_to_group"];
    expectTypeOf<AddToGroup["member_ids"]>().toEqualTypeOf<number[] | "all">();
    expectTypeOf<AddToGroup["member_ids"]>().toEqualTypeOf<EmmaSchemas["IdList"]>();
    expectTypeOf<AddToGroup>().toHaveProperty("group_ids");
    // @ts-expect-error: only the string "all" stands for every member.
    const some: AddToGroup["member_ids"] = "some";
    expectTypeOf(some).toEqualTypeOf<number[] | "all">();
  });
});
