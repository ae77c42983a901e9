import type { EmmaEventName, EmmaPayloads } from "../../generated/emma/webhooks.js";
import { type DeepPartial, mergeOverrides } from "./deep-merge.js";
import { type EmmaExampleName, pickEmmaExample } from "./pick-example.js";
import { resolveUrl } from "./resolve-url.js";

/** Where a delivery goes when no `url` is given. */
export const defaultEmmaDeliveryUrl = "http://localhost/webhooks/emma";

/**
 * Options of {@link emmaDelivery}.
 *
 * @example
 * ```ts
 * import type { EmmaDeliveryOptions } from "talkable-emma-webhooks/testing";
 * const options: EmmaDeliveryOptions<"message_click"> = { token: "test-token", overrides: { member_id: 7 } };
 * ```
 */
export interface EmmaDeliveryOptions<K extends EmmaEventName> {
  /** The callback token, added to the URL as `?token=`. */
  readonly token?: string;
  /** A whole `data` object replacing the spec's example. */
  readonly data?: EmmaPayloads[K];
  /** Deep partial changes merged into `data` (the example's, or `data`). */
  readonly overrides?: DeepPartial<EmmaPayloads[K]>;
  /** Where the request goes (default `http://localhost/webhooks/emma`); its query is kept. */
  readonly url?: string | URL;
  /** Which of the spec's named examples to start from (default: the first). */
  readonly example?: EmmaExampleName<K>;
}

/**
 * A Fetch `Request` carrying an Emma webhook exactly as Emma sends it: `POST` of the JSON body
 * `{"event_name", "data"}` to the callback URL, with the secret `token` in its query.
 *
 * @example
 * ```ts
 * import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
 * import { emmaDelivery } from "talkable-emma-webhooks/testing";
 *
 * const webhooks = createEmmaWebhooks({ token: "test-token" });
 * const response = await webhooks.handle(emmaDelivery("member_signup", { token: "test-token" }));
 * response.status; // 200
 * ```
 */
export function emmaDelivery<K extends EmmaEventName>(
  event: K,
  options: EmmaDeliveryOptions<K> = {},
): Request {
  const data = mergeOverrides(
    options.data ?? pickEmmaExample(event, options.example),
    options.overrides,
  );
  const url = resolveUrl(options.url ?? defaultEmmaDeliveryUrl);
  if (options.token !== undefined) url.searchParams.set("token", options.token);
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ event_name: event, data }),
  });
}
