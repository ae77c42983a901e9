import { http, type HttpHandler } from "msw";
import { talkableAnswerExamples } from "../../generated/talkable/examples.js";
import { parseFormFields } from "../core/form-fields.js";
import { createTalkableWebhooks } from "../talkable/create-talkable-webhooks.js";
import type { TalkableEvent, TalkableEventOf, TalkableWebhooks } from "../talkable/types.js";
import type { TalkableWebhookType } from "../../generated/talkable/webhooks.js";
import { AnswerQueue } from "./answer-queue.js";
import { splitReceiverUrl } from "./receiver-url.js";

/** What the mock answers a Check Unsubscribe with: a fixed value, or one per delivery. */
export type UnsubscribedAnswer =
  boolean | ((event: TalkableEventOf<"check_unsubscribe_web_hook">) => boolean | Promise<boolean>);

/**
 * Options of {@link talkableReceiver}.
 *
 * @example
 * ```ts
 * import type { TalkableReceiverOptions } from "talkable-emma-webhooks/msw";
 * const options: TalkableReceiverOptions = { url: "https://shop.test/webhooks/talkable", key: "test-key" };
 * ```
 */
export interface TalkableReceiverOptions {
  /** The URL (or msw path pattern) the code under test posts to. */
  readonly url: string;
  /** Key(s) to accept. Without one, any non-empty key is accepted (a missing key is still 401). */
  readonly key?: string | readonly string[];
  /** Site slug(s) to accept; deliveries naming another site get 401. */
  readonly site?: string | readonly string[];
  /** The Check Unsubscribe answer (default: the spec's example, `unsubscribed: false`). */
  readonly unsubscribed?: UnsubscribedAnswer;
}

/**
 * A mock receiver: msw handlers to install, and the deliveries they accepted, in order.
 *
 * @example
 * ```ts
 * import { talkableReceiver, type TalkableReceiverMock } from "talkable-emma-webhooks/msw";
 * const mock: TalkableReceiverMock = talkableReceiver({ url: "https://shop.test/talkable" });
 * mock.answerNext(503); // the next delivery gets 503, so the sender retries
 * mock.reset();
 * ```
 */
export interface TalkableReceiverMock {
  readonly handlers: HttpHandler[];
  /** Every accepted delivery, as the real receiver's handlers see it. */
  readonly deliveries: readonly TalkableEvent[];
  /** The accepted deliveries of one webhook type, typed as that type's event. */
  deliveriesOf<K extends TalkableWebhookType>(type: K): TalkableEventOf<K>[];
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

const defaultUnsubscribed =
  talkableAnswerExamples.check_unsubscribe_web_hook["subscribed"]?.value.result.unsubscribed ??
  false;
const uniqueFields: ReadonlySet<string> = new Set(["key"]);

/** The delivery's own key, so that a mock without a configured key accepts any key. */
async function keyOf(request: Request): Promise<string> {
  try {
    return (
      parseFormFields(await request.clone().text(), {
        unique: uniqueFields,
        wanted: uniqueFields,
      }).get("key") ?? ""
    );
  } catch {
    return "";
  }
}

function buildReceiver(
  keys: readonly string[],
  options: TalkableReceiverOptions,
  record: (event: TalkableEvent) => void,
): TalkableWebhooks {
  const receiver = createTalkableWebhooks({
    keys,
    ...(options.site === undefined ? {} : { site: options.site }),
  });
  const answer = options.unsubscribed ?? defaultUnsubscribed;
  receiver.on("check_unsubscribe_web_hook", async (event) => ({
    unsubscribed: typeof answer === "function" ? await answer(event) : answer,
  }));
  receiver.onAny(record);
  return receiver;
}

function eventsOfType<K extends TalkableWebhookType>(
  all: readonly TalkableEvent[],
  type: K,
): TalkableEventOf<K>[] {
  const isOfType = (event: TalkableEvent | TalkableEventOf<K>): event is TalkableEventOf<K> =>
    event.type === type;
  const matching: TalkableEventOf<K>[] = [];
  for (const event of all) if (isOfType(event)) matching.push(event);
  return matching;
}

/**
 * msw handlers that act as a Talkable webhook receiver for code that sends or relays Talkable
 * webhooks. Each delivery goes through this package's real receiver, so the mock refuses
 * exactly what production refuses (400 with JSON-pointer details for a delivery that
 * contradicts the spec, 401 for a wrong key or site, 405 for a method other than POST) and
 * answers what production answers (200; Check Unsubscribe: `{"result":{"unsubscribed":false}}`,
 * the spec's example answer, unless `unsubscribed` says otherwise).
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { talkableReceiver } from "talkable-emma-webhooks/msw";
 *
 * const receiver = talkableReceiver({ url: "https://shop.test/webhooks/talkable", key: "test-key" });
 * const server = setupServer(...receiver.handlers);
 * server.listen();
 * // ... run the code that relays the webhook, then:
 * console.log(receiver.deliveries[0]?.type);
 * ```
 */
export function talkableReceiver(options: TalkableReceiverOptions): TalkableReceiverMock {
  const deliveries: TalkableEvent[] = [];
  const queue = new AnswerQueue();
  const record = (event: TalkableEvent) => {
    deliveries.push(event);
  };
  const configured = options.key === undefined ? undefined : [options.key].flat();
  const fixed = configured && buildReceiver(configured, options, record);
  // Once the receiver takes `allowUnauthenticated`, one receiver serves every key:
  // `fixed ?? buildReceiver([], { ...options, allowUnauthenticated: true }, record)`.
  const receiverFor = async (request: Request) =>
    // A delivery without a key never reaches the comparison: the receiver refuses it first.
    fixed ?? buildReceiver([(await keyOf(request)) || "-"], options, record);
  const handler = http.all(splitReceiverUrl(options.url).path, async ({ request }) => {
    return queue.take() ?? (await receiverFor(request)).handle(request);
  });
  const reset = () => {
    deliveries.length = 0;
    queue.clear();
  };
  return {
    handlers: [handler],
    deliveries,
    deliveriesOf: (type) => eventsOfType(deliveries, type),
    answerNext: (status, times = 1) => queue.push(status, times),
    reset,
    clear: reset,
  };
}
