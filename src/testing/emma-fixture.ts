import type { EmmaEventName, EmmaPayloads } from "../../generated/emma/webhooks.js";
import { type DeepPartial, mergeOverrides } from "./deep-merge.js";
import { type EmmaExampleName, pickEmmaExample } from "./pick-example.js";

/**
 * Options of {@link emmaFixture} beyond the overrides.
 *
 * @example
 * ```ts
 * import type { EmmaFixtureOptions } from "talkable-emma-webhooks/testing";
 * const options: EmmaFixtureOptions<"member_add_to_group"> = { example: "all_members" };
 * ```
 */
export interface EmmaFixtureOptions<K extends EmmaEventName> {
  /** Which of the spec's named examples to start from (default: the first). */
  readonly example?: EmmaExampleName<K>;
}

/**
 * The `data` of an Emma event, made from the spec's example: a fresh deep copy each call,
 * typed as that event's payload, with deep partial `overrides` merged in (objects merge,
 * arrays and scalars replace; `__proto__`, `constructor` and `prototype` are ignored).
 *
 * @example
 * ```ts
 * import { emmaFixture } from "talkable-emma-webhooks/testing";
 * const data = emmaFixture("message_click", { member_id: 42 });
 * data.link_id; // from the spec's example
 * ```
 */
export function emmaFixture<K extends EmmaEventName>(
  event: K,
  overrides?: DeepPartial<EmmaPayloads[K]>,
  options: EmmaFixtureOptions<K> = {},
): EmmaPayloads[K] {
  return mergeOverrides(pickEmmaExample(event, options.example), overrides);
}
