export { createEmmaClient } from "./create-emma-client.js";
export { emmaDefaultBaseUrl } from "./base-url.js";
export type {
  EmmaClient,
  EmmaClientOptions,
  EmmaRequestOptions,
  EmmaResult,
  EmmaWebhookEventName,
} from "./types.js";
