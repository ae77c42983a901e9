import { talkableAnswerValidators } from "../talkable/index.js";
import type { Problem } from "./problems.js";

/** An HTTP answer as it came back. */
export interface ReceivedAnswer {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string;
}

/** What the answer is to: the delivery's webhook and whether the delivery was valid. */
export interface AnsweredDelivery {
  readonly type: string | undefined;
  readonly valid: boolean;
}

function checkUnsubscribeAnswer(answer: ReceivedAnswer): Problem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    return [{ pointer: "", message: 'is not JSON; answer {"result":{"unsubscribed":<boolean>}}' }];
  }
  const validate = talkableAnswerValidators.check_unsubscribe_web_hook;
  if (validate(parsed)) return [];
  return (validate.errors ?? []).map((issue) => {
    const missing = issue.params["missingProperty"];
    const field = issue.keyword === "required" && typeof missing === "string" ? `/${missing}` : "";
    const pointer = `${issue.instancePath}${field}`;
    return {
      pointer,
      message: field ? "is required" : (issue.message ?? `fails ${issue.keyword}`),
    };
  });
}

/**
 * Checks a receiver's answer against the spec: 2xx to a valid delivery (with Check
 * Unsubscribe's JSON answer), and no 2xx to one that contradicts the spec.
 */
export function checkAnswer(delivery: AnsweredDelivery, answer: ReceivedAnswer): Problem[] {
  const ok = answer.status >= 200 && answer.status < 300;
  if (!delivery.valid) {
    return ok
      ? [
          {
            pointer: "",
            message: `answered ${answer.status} to a delivery that contradicts the spec; refuse it with 400`,
          },
        ]
      : [];
  }
  if (!ok) {
    return [
      {
        pointer: "",
        message: `answered ${answer.status} to a valid delivery; the sender will retry it`,
      },
    ];
  }
  return delivery.type === "check_unsubscribe_web_hook" ? checkUnsubscribeAnswer(answer) : [];
}
