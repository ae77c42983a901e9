import { emmaExamples } from "../../generated/emma/examples.js";
import { talkableExamples } from "../../generated/talkable/examples.js";
import type { WebhookRef } from "./vendors.js";

/** One of the spec's named examples: its summary and its decoded body. */
export interface ExampleEntry {
  readonly summary: string;
  readonly body: Readonly<Record<string, unknown>>;
}

type Catalog = Readonly<
  Record<string, Readonly<Record<string, { summary: string; value: object }>>>
>;

// The generated catalogs are typed per webhook and example name; the CLI looks them up by the
// strings the user typed (already checked by resolveExampleName), hence this one widening.
const catalogs: Readonly<Record<WebhookRef["vendor"], Catalog>> = {
  talkable: talkableExamples as Catalog,
  emma: emmaExamples as Catalog,
};

/** The example `name` of a webhook, copied so callers may change it. */
export function exampleOf(ref: WebhookRef, name: string): ExampleEntry {
  const entry = catalogs[ref.vendor][ref.name]?.[name];
  if (!entry) throw new Error(`the spec has no example ${name} of ${ref.name}`);
  return {
    summary: entry.summary,
    body: structuredClone(entry.value) as Readonly<Record<string, unknown>>,
  };
}

/** The part of an example a user edits: Talkable's `payload`, Emma's `data`. */
export function examplePayload(ref: WebhookRef, name: string): unknown {
  const { body } = exampleOf(ref, name);
  return ref.vendor === "talkable" ? body["payload"] : body["data"];
}
