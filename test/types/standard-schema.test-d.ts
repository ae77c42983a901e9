import type { StandardSchemaV1 } from "@standard-schema/spec";
import { describe, expectTypeOf, it } from "vitest";
import { emmaBodyValidators, type EmmaBodies } from "talkable-emma-webhooks/emma";
import { talkablePayloadValidators, type TalkablePayloads } from "talkable-emma-webhooks/talkable";

describe("generated validators implement Standard Schema v1", () => {
  it("are assignable to the published StandardSchemaV1 interface", () => {
    expectTypeOf(talkablePayloadValidators.referral_web_hook).toExtend<StandardSchemaV1>();
    expectTypeOf(emmaBodyValidators.member_signup).toExtend<StandardSchemaV1>();
  });

  it("infer the payload type as their output", () => {
    type Referral = StandardSchemaV1.InferOutput<
      typeof talkablePayloadValidators.referral_web_hook
    >;
    expectTypeOf<Referral>().toEqualTypeOf<TalkablePayloads["referral_web_hook"]>();
    type Signup = StandardSchemaV1.InferOutput<typeof emmaBodyValidators.member_signup>;
    expectTypeOf<Signup>().toEqualTypeOf<EmmaBodies["member_signup"]>();
  });
});
