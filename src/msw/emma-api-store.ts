import { emmaApiExamples } from "../../generated/emma/api-examples.js";
import type { components } from "../../generated/emma/types.js";

type Webhook = components["schemas"]["Webhook"];
type WebhookEvent = components["schemas"]["WebhookEvent"];
type WebhookCreate = components["schemas"]["WebhookCreate"];
type WebhookUpdate = components["schemas"]["WebhookUpdate"];

/**
 * The in-memory state of the management API mock: one account's webhooks, seeded from the
 * spec's `listWebhooks` example, and the event list from the `listWebhookEvents` example.
 * Ids are never reused, as a real API would not: a new one is one more than any issued so far.
 */
export class EmmaApiStore {
  /** The account served; the spec example's account unless one is configured. */
  readonly accountId: number | undefined;
  readonly eventNames: ReadonlySet<string>;
  readonly #webhooks = new Map<number, Webhook>();
  #lastId = 0;

  constructor(accountId: number | undefined) {
    this.accountId = accountId ?? emmaApiExamples.listWebhooks["200"].default[0]?.account_id;
    this.eventNames = new Set(this.events().map((event) => event.event_name));
    this.reset();
  }

  /** Restores the spec's example webhooks and forgets everything done since. */
  reset(): void {
    this.#webhooks.clear();
    this.#lastId = 0;
    for (const example of emmaApiExamples.listWebhooks["200"].default) {
      const account_id = this.accountId ?? example.account_id;
      this.#webhooks.set(example.webhook_id, { ...structuredClone(example), account_id });
      this.#lastId = Math.max(this.#lastId, example.webhook_id);
    }
  }

  events(): WebhookEvent[] {
    return structuredClone([...emmaApiExamples.listWebhookEvents["200"].default]);
  }

  list(): Webhook[] {
    return [...this.#webhooks.values()].map((webhook) => structuredClone(webhook));
  }

  get(id: number): Webhook | undefined {
    const webhook = this.#webhooks.get(id);
    return webhook && structuredClone(webhook);
  }

  create(input: WebhookCreate, accountId: number): number {
    this.#lastId += 1;
    const webhook: Webhook = {
      url: input.url,
      webhook_id: this.#lastId,
      method: input.method ?? "POST",
      account_id: accountId,
      event: input.event,
    };
    this.#webhooks.set(webhook.webhook_id, webhook);
    return webhook.webhook_id;
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
