import { emmaApiExamples } from "../../generated/emma/api-examples.js";
import type { components } from "../../generated/emma/types.js";
import type { EmmaWebhookEventName } from "../emma/client/types.js";

type Webhook = components["schemas"]["Webhook"];
type WebhookEvent = components["schemas"]["WebhookEvent"];
type WebhookCreate = components["schemas"]["WebhookCreate"];
type WebhookUpdate = components["schemas"]["WebhookUpdate"];

/**
 * An event a webhook subscribes to: the names Emma lists (autocompleted), or any other string
 * (the mock answers an unknown name with Emma's 400, as the real API does).
 *
 * @example
 * ```ts
 * import type { EmmaApiEventName } from "talkable-emma-webhooks/msw";
 * const event: EmmaApiEventName = "member_signup";
 * ```
 */
// `string & {}` keeps the literal names in editors' suggestions instead of widening to string.
export type EmmaApiEventName = EmmaWebhookEventName;

/**
 * A webhook to start a test with. With `account_id`, it belongs to that account only;
 * without, every account starts with it. Without `webhook_id`, it gets the next free id.
 *
 * @example
 * ```ts
 * import type { EmmaWebhookSeed } from "talkable-emma-webhooks/msw";
 * const seed: EmmaWebhookSeed[] = [{ event: "member_signup", url: "https://shop.example/emma" }];
 * ```
 */
export interface EmmaWebhookSeed {
  readonly event: EmmaApiEventName;
  readonly url: string;
  /** Default `POST`. */
  readonly method?: Webhook["method"];
  readonly webhook_id?: number;
  readonly account_id?: number;
}

/** The spec's example webhooks, offered to every account. */
export const exampleSeed: readonly EmmaWebhookSeed[] = emmaApiExamples.listWebhooks[
  "200"
].default.map(({ url, webhook_id, method, event }) => ({ url, webhook_id, method, event }));

/** One account's webhooks. Ids are never reused: a new one is one more than any so far. */
class AccountWebhooks {
  readonly #webhooks = new Map<number, Webhook>();
  #lastId = 0;

  constructor(
    readonly accountId: number,
    seed: readonly EmmaWebhookSeed[],
  ) {
    const mine = seed.filter((entry) => (entry.account_id ?? accountId) === accountId);
    for (const entry of mine) this.#lastId = Math.max(this.#lastId, entry.webhook_id ?? 0);
    for (const entry of mine) {
      const webhook_id = entry.webhook_id ?? ++this.#lastId;
      const webhook = { url: entry.url, webhook_id, method: entry.method ?? "POST" };
      this.#webhooks.set(webhook_id, { ...webhook, account_id: accountId, event: entry.event });
    }
  }

  list(): Webhook[] {
    return [...this.#webhooks.values()].map((webhook) => structuredClone(webhook));
  }

  get(id: number): Webhook | undefined {
    const webhook = this.#webhooks.get(id);
    return webhook && structuredClone(webhook);
  }

  create(input: WebhookCreate): number {
    const webhook_id = ++this.#lastId;
    const method = input.method ?? "POST";
    const webhook = { url: input.url, webhook_id, method, account_id: this.accountId };
    this.#webhooks.set(webhook_id, { ...webhook, event: input.event });
    return webhook_id;
  }

  /** Changes the given fields; false when there is no such webhook. */
  update(id: number, fields: WebhookUpdate): boolean {
    const webhook = this.#webhooks.get(id);
    if (!webhook) return false;
    if (fields.url !== undefined) webhook.url = fields.url;
    if (fields.event !== undefined) webhook.event = fields.event;
    if (fields.method !== undefined) webhook.method = fields.method;
    return true;
  }

  delete(id: number): boolean {
    return this.#webhooks.delete(id);
  }

  deleteAll(): void {
    this.#webhooks.clear();
  }
}

/**
 * The in-memory state of the management API mock: each account's webhooks, created from the
 * seed the first time the account is used, and the event list of the spec's example.
 */
export class EmmaApiStore {
  readonly eventNames: ReadonlySet<string>;
  readonly #accounts = new Map<number, AccountWebhooks>();

  constructor(readonly seed: readonly EmmaWebhookSeed[]) {
    this.eventNames = new Set(this.events().map((event) => event.event_name));
  }

  /** Forgets every account: each starts again from the seed. */
  reset(): void {
    this.#accounts.clear();
  }

  account(id: number): AccountWebhooks {
    let account = this.#accounts.get(id);
    if (!account) {
      account = new AccountWebhooks(id, this.seed);
      this.#accounts.set(id, account);
    }
    return account;
  }

  /** The accounts used so far, in the order of first use. */
  accounts(): AccountWebhooks[] {
    return [...this.#accounts.values()];
  }

  events(): WebhookEvent[] {
    return structuredClone([...emmaApiExamples.listWebhookEvents["200"].default]);
  }
}
