import { talkableAnswerValidators } from "../../generated/talkable/validators.js";
import type { WebhookAnswer } from "../core/answer.js";
import { type AnswerValidators, buildSpecAnswer } from "../core/spec-answer.js";
import type { TalkableEvent } from "./types.js";

const validators: AnswerValidators = talkableAnswerValidators;

/**
 * Talkable's answers (Check Unsubscribe's `{"result":{"unsubscribed":<boolean>}}`) hold what a
 * handler returns under `result`; everything else about them comes from the spec.
 */
export function buildTalkableAnswer(
  event: TalkableEvent,
  results: readonly unknown[],
): WebhookAnswer {
  return buildSpecAnswer(validators, event.type, results, (result) => ({ result }));
}
