import type { ErrorBody } from "../talkable/index.js";
import { type ReceivedAnswer, checkAnswer } from "./answer-check.js";
import { postDelivery, withQuery } from "./http-send.js";
import { CliUsageError } from "./io.js";
import type { Problem } from "./problems.js";
import type { Verdict } from "./inspect-delivery.js";

/** The answer `listen` gives back, and (when relaying) the spec's view of the app's answer. */
export interface ListenAnswer extends ReceivedAnswer {
  readonly forwarded:
    { readonly status: number; readonly problems: readonly Problem[] } | undefined;
}

function json(status: number, value: unknown): ListenAnswer {
  const body = JSON.stringify(value);
  return { status, contentType: "application/json", body, forwarded: undefined };
}

/** What a correct receiver answers, without running any handler. */
export function answerAsReceiver(
  verdict: Verdict | undefined,
  unsubscribed: boolean,
): ListenAnswer {
  if (verdict === undefined) {
    const message = "expected a Talkable form body or an Emma JSON body";
    const body: ErrorBody = { error: { code: "unsupported_media_type", message } };
    return json(415, body);
  }
  if (!verdict.valid) {
    const message = verdict.problems[0]?.message ?? "the delivery contradicts the spec";
    const code = (verdict.code ?? "invalid_payload") as ErrorBody["error"]["code"];
    const details = verdict.problems.filter((problem) => problem.pointer !== "");
    return json(verdict.status, {
      error: { code, message, ...(details.length > 0 ? { details } : {}) },
    });
  }
  if (verdict.type === "check_unsubscribe_web_hook") return json(200, { result: { unsubscribed } });
  return { status: 200, contentType: null, body: "", forwarded: undefined };
}

/** Relays the exact bytes to the merchant's app, and checks its answer against the spec. */
export async function relayDelivery(
  target: URL,
  delivery: {
    readonly body: Uint8Array;
    readonly contentType: string | undefined;
    readonly query: URLSearchParams;
  },
  verdict: Verdict | undefined,
): Promise<ListenAnswer> {
  try {
    const answer = await postDelivery({
      url: withQuery(target, delivery.query),
      contentType: delivery.contentType ?? "application/octet-stream",
      body: delivery.body,
    });
    const problems = checkAnswer({ type: verdict?.type, valid: verdict?.valid ?? false }, answer);
    return { ...answer, forwarded: { status: answer.status, problems } };
  } catch (error) {
    const message = error instanceof CliUsageError ? error.message : String(error);
    return {
      ...json(502, { error: { code: "handler_failed", message } }),
      forwarded: { status: 502, problems: [{ pointer: "", message }] },
    };
  }
}
