import type { TalkablePayloads, TalkableWebhookType } from "../../generated/talkable/webhooks.js";
import { type DeepPartial, mergeOverrides } from "./deep-merge.js";
import { pickTalkableExample, type TalkableExampleName } from "./pick-example.js";

/**
 * Options of {@link talkableFixture} beyond the overrides.
 *
 * @example
 * ```ts
 * import type { TalkableFixtureOptions } from "talkable-emma-webhooks/testing";
 * const options: TalkableFixtureOptions<"reward_web_hook"> = { example: "click" };
 * ```
 */
export interface TalkableFixtureOptions<K extends TalkableWebhookType> {
  /** Which of the spec's named examples to start from (default: the first). */
  readonly example?: TalkableExampleName<K>;
}

/**
 * The payload of a Talkable webhook, made from the spec's example: a fresh deep copy each
 * call, typed as that webhook's payload, with deep partial `overrides` merged in (objects
 * merge, arrays and scalars replace; `__proto__`, `constructor` and `prototype` are ignored).
 *
 * @example
 * ```ts
 * import { talkableFixture } from "talkable-emma-webhooks/testing";
 * const payload = talkableFixture("referral_web_hook", { referrer: { amount: "25.00" } });
 * payload.referrer?.amount; // "25.00", everything else as in the spec's example
 * const click = talkableFixture("reward_web_hook", {}, { example: "click" });
 * ```
 */
export function talkableFixture<K extends TalkableWebhookType>(
  type: K,
  overrides?: DeepPartial<TalkablePayloads[K]>,
  options: TalkableFixtureOptions<K> = {},
): TalkablePayloads[K] {
  return mergeOverrides(pickTalkableExample(type, options.example).payload, overrides);
}
