import { type EmmaExample, emmaExamples } from "../../generated/emma/examples.js";
import { type TalkableExample, talkableExamples } from "../../generated/talkable/examples.js";
import type { EmmaBodies, EmmaEventName } from "talkable-emma-webhooks/emma";
import { emmaEventNames } from "talkable-emma-webhooks/emma";
import type { TalkableBodies, TalkableWebhookType } from "talkable-emma-webhooks/talkable";
import { talkableWebhookTypes } from "talkable-emma-webhooks/talkable";

/** One spec example of a Talkable webhook, as a table row. */
export interface TalkableExampleRow {
  readonly type: TalkableWebhookType;
  readonly name: string;
  readonly value: TalkableBodies[TalkableWebhookType];
}

/** One spec example of an Emma event, as a table row. */
export interface EmmaExampleRow {
  readonly event: EmmaEventName;
  readonly name: string;
  readonly value: EmmaBodies[EmmaEventName];
}

/** The named examples of one Talkable webhook (Object.entries loses their type on the union). */
export function talkableExamplesOf<K extends TalkableWebhookType>(
  type: K,
): [string, TalkableExample<K>][] {
  return Object.entries<TalkableExample<K>>(talkableExamples[type]);
}

/** The named examples of one Emma event (Object.entries loses their type on the union). */
export function emmaExamplesOf<K extends EmmaEventName>(event: K): [string, EmmaExample<K>][] {
  return Object.entries<EmmaExample<K>>(emmaExamples[event]);
}

/** One named example of a Talkable webhook; throws when the catalog has no such name. */
export function talkableExampleNamed<K extends TalkableWebhookType>(
  type: K,
  name: string,
): TalkableExample<K> {
  const example = talkableExamplesOf(type).find(([key]) => key === name)?.[1];
  if (example === undefined) throw new Error(`the catalog has no example ${type}/${name}`);
  return example;
}

/** One named example of an Emma event; throws when the catalog has no such name. */
export function emmaExampleNamed<K extends EmmaEventName>(event: K, name: string): EmmaExample<K> {
  const example = emmaExamplesOf(event).find(([key]) => key === name)?.[1];
  if (example === undefined) throw new Error(`the catalog has no example ${event}/${name}`);
  return example;
}

/** Every example of every Talkable webhook in the generated catalog. */
export function talkableExampleRows(): TalkableExampleRow[] {
  return talkableWebhookTypes.flatMap((type) =>
    talkableExamplesOf(type).map(([name, example]) => ({
      type,
      name,
      value: example.value,
    })),
  );
}

/** Every example of every Emma event in the generated catalog. */
export function emmaExampleRows(): EmmaExampleRow[] {
  return emmaEventNames.flatMap((event) =>
    emmaExamplesOf(event).map(([name, example]) => ({
      event,
      name,
      value: example.value,
    })),
  );
}

/** What can replace the fields of a Talkable body on the wire. */
export interface TalkableWireOverrides {
  readonly key?: string;
  readonly site?: string;
}

/** A decoded Talkable body: the spec's, or one a test varied. */
export interface DecodedTalkableBody {
  readonly key: string;
  readonly site?: string;
  readonly type?: string;
  readonly payload: unknown;
  readonly extras?: unknown;
}

/**
 * Encodes a decoded Talkable body the way Talkable sends it: a properly percent-encoded form
 * whose `payload` and `extras` fields hold JSON text.
 */
export function encodeTalkableBody(
  value: DecodedTalkableBody,
  overrides: TalkableWireOverrides = {},
): string {
  const form = new URLSearchParams();
  form.set("key", overrides.key ?? value.key);
  const site = overrides.site ?? value.site;
  if (site !== undefined) form.set("site", site);
  if (value.type !== undefined) form.set("type", value.type);
  form.set("payload", JSON.stringify(value.payload));
  if (value.extras !== undefined) form.set("extras", JSON.stringify(value.extras));
  return form.toString();
}

/** Encodes an Emma body as Emma sends it: JSON. */
export function encodeEmmaBody(value: unknown): string {
  return JSON.stringify(value);
}

/** The content types each vendor sends. */
export const formContentType = "application/x-www-form-urlencoded";
export const jsonContentType = "application/json";

/** The first (default) spec example of one Talkable webhook. */
export function firstTalkableExample<K extends TalkableWebhookType>(type: K): TalkableBodies[K] {
  const [example] = Object.values<{ readonly value: TalkableBodies[K] }>(talkableExamples[type]);
  if (!example) throw new Error(`the catalog has no example of ${type}`);
  return example.value;
}

/** The first (default) spec example of one Emma event. */
export function firstEmmaExample<K extends EmmaEventName>(event: K): EmmaBodies[K] {
  const [example] = Object.values<{ readonly value: EmmaBodies[K] }>(emmaExamples[event]);
  if (!example) throw new Error(`the catalog has no example of ${event}`);
  return example.value;
}

/**
 * A Talkable body as `curl --data` sends it: fields joined with `&`, nothing percent-encoded
 * (so a `+` in the JSON means a space, and `%` and `&` stay as they are).
 */
export function rawTalkableBody(fields: Readonly<Record<string, unknown>>): string {
  return Object.entries(fields)
    .map(([name, value]) => `${name}=${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join("&");
}
