// What every receiver entry point (./talkable, ./emma) exports alike: the error model and the
// validator types. One list, so the two entry points cannot drift apart.
export { WebhookError, errorStatuses } from "./errors.js";
export type {
  ErrorBody,
  WebhookErrorCode,
  WebhookErrorDetail,
  WebhookErrorOptions,
} from "./errors.js";
export type { ErrorHandler } from "./handlers.js";
export type { CompiledValidator, ValidationIssue } from "./compiled-validator.js";
