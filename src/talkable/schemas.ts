import type { components } from "../../generated/talkable/types.js";

/**
 * Every named schema of the Talkable spec (`Campaign`, `Person`, `Origin`, `ReferralPayload`, ...).
 *
 * @example
 * ```ts
 * import type { TalkableSchemas } from "talkable-emma-webhooks/talkable";
 * type Person = TalkableSchemas["Person"];
 * ```
 */
export type TalkableSchemas = components["schemas"];
