import type { CompiledValidator, ValidationIssue } from "./compiled-validator.js";
import { WebhookError, type WebhookErrorDetail } from "./errors.js";

/** Points at the missing field itself for `required`, at the value for everything else. */
function toDetail(issue: ValidationIssue, prefix: string): WebhookErrorDetail {
  const missing = issue.params["missingProperty"];
  const field =
    issue.keyword === "required" && typeof missing === "string"
      ? `/${missing.replaceAll("~", "~0").replaceAll("/", "~1")}`
      : "";
  const pointer = `${prefix}${issue.instancePath}${field}`;
  const message = field ? "is required" : (issue.message ?? `fails ${issue.keyword}`);
  return { pointer, message: `${pointer || "/"} ${message}` };
}

/**
 * Runs a compiled validator, and on failure throws `invalid_payload` with JSON pointers
 * prefixed by where the validated value sits in the delivery (`/payload`, `` for the body).
 */
export function assertValid<T>(
  validate: CompiledValidator<T>,
  value: unknown,
  prefix: string,
  what: string,
): asserts value is T {
  if (validate(value)) return;
  const details = (validate.errors ?? []).map((issue) => toDetail(issue, prefix));
  const first = details[0]?.message ?? "does not match the schema";
  throw new WebhookError("invalid_payload", `${what} contradicts the spec: ${first}`, { details });
}
