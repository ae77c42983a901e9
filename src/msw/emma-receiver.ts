import { http, type HttpHandler } from "msw";
import { createEmmaWebhooks } from "../emma/create-emma-webhooks.js";
import type { EmmaEvent } from "../emma/types.js";
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
 * mock.clear();
 * ```
 */
export interface EmmaReceiverMock {
  readonly handlers: HttpHandler[];
  /** Every accepted delivery, as the real receiver's handlers see it. */
  readonly deliveries: readonly EmmaEvent[];
  /** Forgets the recorded deliveries (for instance in `afterEach`). */
  clear(): void;
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
  receiver.onAny((event) => {
    deliveries.push(event);
  });
  return {
    handlers: [http.all(path, ({ request }) => receiver.handle(request))],
    deliveries,
    clear: () => {
      deliveries.length = 0;
    },
  };
}
