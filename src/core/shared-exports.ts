// What every receiver entry point (./talkable, ./emma) exports alike: the error model, the
// receiver's shared types and the validator types. One list, so the two cannot drift apart.
export { WebhookError, errorStatuses } from "./errors.js";
export type {
  ErrorBody,
  WebhookErrorCode,
  WebhookErrorDetail,
  WebhookErrorOptions,
} from "./errors.js";
export type { DriftHandler, ErrorHandler, HandlerContext } from "./handlers.js";
export { maxDriftFindings, maxDriftValueChars } from "./drift-limits.js";
export type { DriftFinding, DriftReport } from "./drift.js";
export type { WebhookAnswer } from "./answer.js";
export type { BodyReader, IncomingDelivery, IncomingHeaders } from "./incoming.js";
export type { BodyDeadline } from "./body-deadline.js";
export type { HandleContext } from "./fetch-delivery.js";
export type { ReceiverOptions } from "./receiver-options.js";
export type { IdempotencyClaim, IdempotencyStore } from "./idempotency.js";
export type { DeliveryHandoff, HandoffDelivery } from "./handoff.js";
export type {
  CompiledValidator,
  SchemaValidator,
  StandardSchemaV1,
  ValidationIssue,
} from "./compiled-validator.js";
