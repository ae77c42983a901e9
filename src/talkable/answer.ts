import { talkableAnswerValidators } from "../../generated/talkable/validators.js";
import { WebhookError } from "../core/errors.js";
import type { TalkableEvent } from "./types.js";

/**
 * Builds the 2xx answer once every handler finished. Check Unsubscribe must answer the spec's
 * `{"result":{"unsubscribed":<boolean>}}`: a person is unsubscribed when any handler says so,
 * and a delivery no handler answered is a failure (500, so Talkable asks again) rather than a
 * guess that could email someone who opted out.
 */
export function buildTalkableAnswer(event: TalkableEvent, results: readonly unknown[]): Response {
  if (event.type !== "check_unsubscribe_web_hook") return new Response(null, { status: 200 });
  if (results.length === 0) {
    throw new WebhookError("handler_failed", "no handler answered check_unsubscribe_web_hook");
  }
  let unsubscribed = false;
  const validate = talkableAnswerValidators.check_unsubscribe_web_hook;
  for (const result of results) {
    const answer = { result };
    if (!validate(answer)) {
      const message = "a check_unsubscribe_web_hook handler must return { unsubscribed: boolean }";
      throw new WebhookError("handler_failed", message);
    }
    unsubscribed ||= answer.result.unsubscribed;
  }
  return Response.json({ result: { unsubscribed } });
}
