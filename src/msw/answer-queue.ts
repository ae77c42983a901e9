/**
 * Statuses a mock receiver answers its next deliveries with instead of running the receiver,
 * so that a test can make a sender see a failure (and retry).
 */
export class AnswerQueue {
  readonly #statuses: number[] = [];

  push(status: number, times: number): void {
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError("talkable-emma-webhooks: status must be an HTTP status from 200 to 599");
    }
    if (!Number.isInteger(times) || times < 1) {
      throw new RangeError("talkable-emma-webhooks: times must be a positive integer");
    }
    for (let i = 0; i < times; i++) this.#statuses.push(status);
  }

  /** The answer for this delivery, when one is queued: an empty body with the status. */
  take(): Response | undefined {
    const status = this.#statuses.shift();
    return status === undefined ? undefined : new Response(null, { status });
  }

  clear(): void {
    this.#statuses.length = 0;
  }
}
