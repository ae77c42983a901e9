export { createEmmaWebhooks } from "./create-emma-webhooks.js";
export type {
  EmmaDriftReport,
  EmmaEvent,
  EmmaEventOf,
  EmmaHandler,
  EmmaVerifyOptions,
  EmmaWebhooks,
  EmmaWebhooksOptions,
} from "./types.js";
export { emmaEventNames } from "../../generated/emma/webhooks.js";
export type { EmmaBodies, EmmaEventName, EmmaPayloads } from "../../generated/emma/webhooks.js";
export {
  emmaApiValidators,
  emmaBodyValidators,
  emmaPayloadValidators,
} from "../../generated/emma/validators.js";
export type { EmmaApiValidators } from "../../generated/emma/validators.js";
export type { EmmaOperations, EmmaPaths, EmmaSchemas } from "./schemas.js";
export * from "../core/shared-exports.js";
