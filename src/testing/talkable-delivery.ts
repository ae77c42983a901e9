import type { TalkablePayloads, TalkableWebhookType } from "../../generated/talkable/webhooks.js";
import { type DeepPartial, mergeOverrides } from "./deep-merge.js";
import { pickTalkableExample, type TalkableExampleName } from "./pick-example.js";
import { resolveUrl } from "./resolve-url.js";

/** Where a delivery goes when no `url` is given. */
export const defaultTalkableDeliveryUrl = "http://localhost/webhooks/talkable";

/**
 * Options of {@link talkableDelivery}.
 *
 * @example
 * ```ts
 * import type { TalkableDeliveryOptions } from "talkable-emma-webhooks/testing";
 * const options: TalkableDeliveryOptions<"referral_web_hook"> = { key: "test-key", site: "my-shop" };
 * ```
 */
export interface TalkableDeliveryOptions<K extends TalkableWebhookType> {
  /** The site's security key, sent in the `key` field. */
  readonly key: string;
  /** The `site` field (default: the example's site). */
  readonly site?: string;
  /** A whole payload replacing the spec's example. */
  readonly payload?: TalkablePayloads[K];
  /** Deep partial changes merged into the payload (the example's, or `payload`). */
  readonly overrides?: DeepPartial<TalkablePayloads[K]>;
  /** Where the request goes (default `http://localhost/webhooks/talkable`). */
  readonly url?: string | URL;
  /** Which of the spec's named examples to start from (default: the first). */
  readonly example?: TalkableExampleName<K>;
  /** A test send: adds `test=true`, as Talkable's Deliver Sample does (default: a live send). */
  readonly test?: boolean;
  /** More top-level form fields, sent after the others (receivers keep them in `event.fields`). */
  readonly fields?: Readonly<Record<string, string>>;
}

/**
 * A Fetch `Request` carrying a Talkable webhook exactly as Talkable sends it: `POST`,
 * `application/x-www-form-urlencoded`, fields `key`, `site`, `type`, `payload` (JSON text) and,
 * when the spec's example has them, `extras` (JSON text), all percent-encoded; `test=true` on
 * a test send (`test: true`).
 *
 * @example
 * ```ts
 * import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
 * import { talkableDelivery } from "talkable-emma-webhooks/testing";
 *
 * const webhooks = createTalkableWebhooks({ key: "test-key" });
 * const response = await webhooks.handle(
 *   talkableDelivery("referral_web_hook", { key: "test-key", overrides: { referrer: { amount: "9.00" } } }),
 * );
 * response.status; // 200
 * const sample = talkableDelivery("reward_web_hook", { key: "test-key", test: true }); // event.test
 * ```
 */
export function talkableDelivery<K extends TalkableWebhookType>(
  type: K,
  options: TalkableDeliveryOptions<K>,
): Request {
  const example = pickTalkableExample(type, options.example);
  const payload = mergeOverrides(options.payload ?? example.payload, options.overrides);
  const form = new URLSearchParams({ key: options.key });
  const site = options.site ?? example.site;
  if (site !== undefined) form.set("site", site);
  form.set("type", type);
  form.set("payload", JSON.stringify(payload));
  if (example.extras !== undefined) form.set("extras", JSON.stringify(example.extras));
  if (options.test) form.set("test", "true");
  for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
  return new Request(resolveUrl(options.url ?? defaultTalkableDeliveryUrl), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
}
