import { talkableAnswerValidators } from "../../generated/talkable/validators.js";
import { type WebhookAnswer, emptyAnswer, jsonAnswer } from "../core/answer.js";
import type { CompiledValidator } from "../core/compiled-validator.js";
import { WebhookError } from "../core/errors.js";
import type { TalkableEvent } from "./types.js";

const answerValidators: Readonly<Partial<Record<string, CompiledValidator<unknown>>>> =
  talkableAnswerValidators;

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
 * declares a JSON answer (`{"result": ...}`) gets one built from what its handlers returned and
 * checked by the spec's validator; a delivery no handler answered is a failure (500, so
 * Talkable asks again) rather than a guess. Every other webhook gets an empty 200.
 */
export function buildTalkableAnswer(
  event: TalkableEvent,
  results: readonly unknown[],
): WebhookAnswer {
  const validate = answerValidators[event.type];
  if (!validate) return emptyAnswer;
  if (results.length === 0) {
    throw new WebhookError("handler_failed", `no handler answered ${event.type}`);
  }
  for (const result of results) {
    if (!validate({ result })) {
      const where = validate.errors?.[0];
      const detail = where
        ? `: ${where.instancePath || "/"} ${where.message ?? where.keyword}`
        : "";
      throw new WebhookError(
        "handler_failed",
        `a ${event.type} handler returned an answer the spec does not allow${detail}`,
      );
    }
  }
  return jsonAnswer({ result: mergeResults(results) });
}
