import { http, type HttpHandler } from "msw";
import { createEmmaWebhooks } from "../emma/create-emma-webhooks.js";
import type { EmmaEvent, EmmaEventOf } from "../emma/types.js";
import type { EmmaEventName } from "../../generated/emma/webhooks.js";
import { AnswerQueue } from "./answer-queue.js";
import { splitReceiverUrl } from "./receiver-url.js";

/**
 * Options of {@link emmaReceiver}.
 *
 * @example
 * ```ts
 * import type { EmmaReceiverOptions } from "talkable-emma-webhooks/msw";
 * const options: EmmaReceiverOptions = { url: "https://shop.test/webhooks/emma", token: "test-token" };
 * ```
 */
export interface EmmaReceiverOptions {
  /**
   * The callback URL (or msw path pattern). Its query is not matched; a `?token=` in it is
   * the expected token when `token` is not given.
   */
  readonly url: string;
  /** Token(s) to accept in `?token=`. Without one (here or in `url`), any or no token is accepted. */
  readonly token?: string | readonly string[];
  /** Accept only deliveries whose `data.account_id`, when present, is one of these. */
  readonly accountId?: number | readonly number[];
}

/**
 * A mock receiver: msw handlers to install, and the deliveries they accepted, in order.
 *
 * @example
 * ```ts
 * import { emmaReceiver, type EmmaReceiverMock } from "talkable-emma-webhooks/msw";
 * const mock: EmmaReceiverMock = emmaReceiver({ url: "https://shop.test/emma" });
 * mock.answerNext(500, 2); // the next two deliveries get 500
 * mock.reset();
 * ```
 */
export interface EmmaReceiverMock {
  readonly handlers: HttpHandler[];
  /** Every accepted delivery, as the real receiver's handlers see it. */
  readonly deliveries: readonly EmmaEvent[];
  /** The accepted deliveries of one event, typed as that event. */
  deliveriesOf<K extends EmmaEventName>(event: K): EmmaEventOf<K>[];
  /**
   * Answers the next `times` (default 1) deliveries with `status` and an empty body, without
   * checking or recording them: to test how a sender handles failures and retries.
   */
  answerNext(status: number, times?: number): void;
  /** Forgets the recorded deliveries and any queued answers (for instance in `afterEach`). */
  reset(): void;
  /** @deprecated Use `reset()`. */
  clear(): void;
}

function eventsNamed<K extends EmmaEventName>(
  all: readonly EmmaEvent[],
  name: K,
): EmmaEventOf<K>[] {
  const isNamed = (event: EmmaEvent | EmmaEventOf<K>): event is EmmaEventOf<K> =>
    event.event_name === name;
  const named: EmmaEventOf<K>[] = [];
  for (const event of all) if (isNamed(event)) named.push(event);
  return named;
}

/**
 * msw handlers that act as an Emma webhook receiver (a callback URL) for code that sends or
 * relays Emma webhooks. Each delivery goes through this package's real receiver: 400 with
 * JSON-pointer details when it contradicts the spec, 401 for a wrong token, 405 for a method
 * other than POST, otherwise 200.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { emmaReceiver } from "talkable-emma-webhooks/msw";
 *
 * const receiver = emmaReceiver({ url: "https://shop.test/webhooks/emma?token=test-token" });
 * const server = setupServer(...receiver.handlers);
 * server.listen();
 * // ... run the code that forwards Emma's webhook, then:
 * console.log(receiver.deliveries.map((event) => event.event_name));
 * ```
 */
export function emmaReceiver(options: EmmaReceiverOptions): EmmaReceiverMock {
  const { path, token: urlToken } = splitReceiverUrl(options.url);
  const token = options.token ?? urlToken;
  const receiver = createEmmaWebhooks({
    ...(token === undefined ? { allowUnauthenticated: true } : { token }),
    ...(options.accountId === undefined ? {} : { accountId: options.accountId }),
  });
  const deliveries: EmmaEvent[] = [];
  const queue = new AnswerQueue();
  receiver.onAny((event) => {
    deliveries.push(event);
  });
  const reset = () => {
    deliveries.length = 0;
    queue.clear();
  };
  return {
    handlers: [http.all(path, ({ request }) => queue.take() ?? receiver.handle(request))],
    deliveries,
    deliveriesOf: (event) => eventsNamed(deliveries, event),
    answerNext: (status, times = 1) => queue.push(status, times),
    reset,
    clear: reset,
  };
}
