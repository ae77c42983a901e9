export { createTalkableWebhooks } from "./create-talkable-webhooks.js";
export type {
  TalkableDriftReport,
  TalkableEvent,
  TalkableEventOf,
  TalkableHandler,
  TalkableHandlerResult,
  TalkableWebhooks,
  TalkableWebhooksOptions,
} from "./types.js";
export { talkableWebhookTypes } from "../../generated/talkable/webhooks.js";
export type {
  TalkableAnswers,
  TalkableBodies,
  TalkablePayloads,
  TalkableWebhookType,
} from "../../generated/talkable/webhooks.js";
export {
  talkableAnswerValidators,
  talkableBodyValidators,
  talkablePayloadValidators,
} from "../../generated/talkable/validators.js";
export type { TalkableSchemas } from "./schemas.js";
export * from "../core/shared-exports.js";
