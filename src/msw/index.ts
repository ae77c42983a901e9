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
export type { EmmaApiCredentials, EmmaApiErrorBody } from "./emma-api-checks.js";
