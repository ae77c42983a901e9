import { emmaAnswerValidators } from "../../generated/emma/validators.js";
import type { WebhookAnswer } from "../core/answer.js";
import { type AnswerValidators, buildSpecAnswer } from "../core/spec-answer.js";
import type { EmmaEvent } from "./types.js";

const validators: AnswerValidators = emmaAnswerValidators;

/**
 * Emma's spec declares no answer body for any event today, so every delivery gets an empty 200;
 * an event whose spec gains one would get it from its handlers, checked like Talkable's.
 */
export function buildEmmaAnswer(event: EmmaEvent, results: readonly unknown[]): WebhookAnswer {
  return buildSpecAnswer(validators, event.event_name, results, (result) => result);
}
