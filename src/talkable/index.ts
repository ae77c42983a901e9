export { createTalkableWebhooks } from "./create-talkable-webhooks.js";
export type {
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
export { WebhookError, errorStatuses } from "../core/errors.js";
export type {
  ErrorBody,
  WebhookErrorCode,
  WebhookErrorDetail,
  WebhookErrorOptions,
} from "../core/errors.js";
export type { ErrorHandler } from "../core/handlers.js";
export type { CompiledValidator, ValidationIssue } from "../core/compiled-validator.js";
