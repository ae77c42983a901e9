export { talkableReceiver } from "./talkable-receiver.js";
export type {
  TalkableReceiverMock,
  TalkableReceiverOptions,
  UnsubscribedAnswer,
} from "./talkable-receiver.js";
export { emmaReceiver } from "./emma-receiver.js";
export type { EmmaReceiverMock, EmmaReceiverOptions } from "./emma-receiver.js";
export { emmaApiHandlers } from "./emma-api-handlers.js";
export type { EmmaApiHandlers, EmmaApiHandlersOptions } from "./emma-api-handlers.js";
export { createEmmaApiHttp, emmaApiHttp } from "./emma-api-http.js";
export type { EmmaApiHttp } from "./emma-api-http.js";
export type { EmmaApiCredentials, EmmaApiErrorBody } from "./emma-api-checks.js";
export type {
  EmmaApiErrorStatus,
  EmmaApiInjection,
  EmmaApiOperation,
} from "./emma-api-failures.js";
export type { EmmaApiRequestRecord } from "./emma-api-serve.js";
export type { EmmaApiEventName, EmmaWebhookSeed } from "./emma-api-store.js";
