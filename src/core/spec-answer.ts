import { type WebhookAnswer, emptyAnswer, jsonAnswer } from "./answer.js";
import type { CompiledValidator } from "./compiled-validator.js";
import { WebhookError } from "./errors.js";

/** The spec's answer validators of one vendor, by webhook name (only those that declare one). */
export type AnswerValidators = Readonly<Partial<Record<string, CompiledValidator<unknown>>>>;

/**
 * Several handlers' answers make one: a boolean is true when any handler said true (for Check
 * Unsubscribe, a person any handler knows as unsubscribed stays unsubscribed: the safe side);
 * any other member comes from the last handler that gave it.
 */
function mergeResults(results: readonly unknown[]): unknown {
  return results.reduce((merged, result) => {
    if (merged === undefined || typeof merged !== "object" || typeof result !== "object") {
      return result;
    }
    const combined: Record<string, unknown> = { ...merged, ...result };
    for (const [name, value] of Object.entries(merged as Record<string, unknown>)) {
      if (typeof value === "boolean" && typeof combined[name] === "boolean") {
        combined[name] = value || (combined[name] as boolean);
      }
    }
    return combined;
  }, undefined);
}

/**
 * Builds the 2xx answer once every handler finished, from the spec: a webhook whose spec
 * declares a JSON answer gets one made of what its handlers returned (`wrap` puts a handler's
 * result where the vendor's answer holds it) and checked by the spec's validator; a delivery
 * no handler answered is a failure (500, so the sender asks again) rather than a guess. Every
 * other webhook gets an empty 200.
 */
export function buildSpecAnswer(
  validators: AnswerValidators,
  name: string,
  results: readonly unknown[],
  wrap: (result: unknown) => unknown,
): WebhookAnswer {
  const validate = validators[name];
  if (!validate) return emptyAnswer;
  if (results.length === 0) throw new WebhookError("handler_failed", `no handler answered ${name}`);
  for (const result of results) {
    if (!validate(wrap(result))) {
      const where = validate.errors?.[0];
      const detail = where
        ? `: ${where.instancePath || "/"} ${where.message ?? where.keyword}`
        : "";
      throw new WebhookError(
        "handler_failed",
        `a ${name} handler returned an answer the spec does not allow${detail}`,
      );
    }
  }
  return jsonAnswer(wrap(mergeResults(results)));
}
