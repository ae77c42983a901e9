import { emmaExampleNames } from "../../generated/emma/examples.js";
import { talkableExampleNames } from "../../generated/talkable/examples.js";
import { type EmmaEventName, emmaEventNames } from "../emma/index.js";
import { type TalkableWebhookType, talkableWebhookTypes } from "../talkable/index.js";
import { CliUsageError } from "./io.js";

/** Which vendor a webhook name belongs to, with the name narrowed. */
export type WebhookRef =
  | { readonly vendor: "talkable"; readonly name: TalkableWebhookType }
  | { readonly vendor: "emma"; readonly name: EmmaEventName };

export type Vendor = WebhookRef["vendor"];

const talkableNames: ReadonlySet<string> = new Set(talkableWebhookTypes);
const emmaNames: ReadonlySet<string> = new Set(emmaEventNames);

/** Finds a Talkable webhook type or Emma event by name; an unknown name says where to look. */
export function resolveWebhook(name: string): WebhookRef {
  if (talkableNames.has(name)) return { vendor: "talkable", name: name as TalkableWebhookType };
  if (emmaNames.has(name)) return { vendor: "emma", name: name as EmmaEventName };
  throw new CliUsageError(
    `unknown webhook ${JSON.stringify(name)}; run \`talkable-emma-webhooks examples\` to list them`,
  );
}

/** The spec's example names of one webhook (the first is the default). */
export function exampleNamesOf(ref: WebhookRef): readonly string[] {
  return ref.vendor === "talkable" ? talkableExampleNames[ref.name] : emmaExampleNames[ref.name];
}

/** Checks an `--example` name against the spec, defaulting to the first example. */
export function resolveExampleName(ref: WebhookRef, name: string | undefined): string {
  const names = exampleNamesOf(ref);
  if (name === undefined) return names[0] ?? "default";
  if (names.includes(name)) return name;
  throw new CliUsageError(
    `${ref.name} has no example ${JSON.stringify(name)}; its examples are: ${names.join(", ")}`,
  );
}

/** Parses a `--vendor` value. */
export function parseVendor(value: string): Vendor {
  if (value === "talkable" || value === "emma") return value;
  throw new CliUsageError(`--vendor must be talkable or emma, not ${JSON.stringify(value)}`);
}
