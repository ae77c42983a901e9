/**
 * Docs-only changes to a copy of a bundled spec before Redoc renders it; openapi/ and
 * generated/ stay as they are.
 */
import { emmaEventNames } from "../../generated/emma/webhooks.js";
import { talkableWebhookTypes } from "../../generated/talkable/webhooks.js";
import { type CodeSample, emmaSamples, talkableSamples } from "./docs-samples.js";

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function includes<T extends string>(list: readonly T[], name: string): name is T {
  return list.some((entry) => entry === name);
}

function samplesFor(api: string, webhook: string): CodeSample[] | undefined {
  if (api === "talkable" && includes(talkableWebhookTypes, webhook))
    return talkableSamples(webhook);
  if (api === "emma" && includes(emmaEventNames, webhook)) return emmaSamples(webhook);
  return undefined;
}

/**
 * The samples as Markdown for the webhook's description: Redoc CE 3 renders `x-codeSamples`
 * for operations only, not for webhooks. The wire body and Emma's JSON body are left out: the
 * Payload panel shows them.
 */
function samplesMarkdown(samples: readonly CodeSample[]): string {
  return samples
    .filter((sample) => sample.label !== "Wire body" && sample.label !== "Body (JSON)")
    .map(
      (sample) =>
        `#### ${sample.label}\n\n\`\`\`${sample.lang}\n${sample.source.trimEnd()}\n\`\`\``,
    )
    .join("\n\n");
}

/**
 * Redoc shows a schema with `const` and no `type` as `any`: give it the const's JSON type, and
 * Redoc shows "string, Value: "member_signup"".
 */
function showConsts(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) showConsts(item);
    return;
  }
  if (!isRecord(node)) return;
  if ("const" in node && node["type"] === undefined) {
    const value = node["const"];
    const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    if (["string", "number", "boolean", "null"].includes(type)) {
      node["type"] = Number.isInteger(value) ? "integer" : type;
    }
  }
  for (const value of Object.values(node)) showConsts(value);
}

/**
 * Returns the copy of `spec` (the bundled document of API `api`, e.g. `talkable`) that the
 * docs render: code samples on every webhook, consts shown as their value, and no Servers box
 * for a document without paths (where Talkable posts is whatever URL the merchant configures).
 *
 * @example
 * const docs = prepareDocsSpec("talkable", parse(await readFile("generated/talkable/openapi.yaml", "utf8")));
 */
export function prepareDocsSpec(api: string, spec: Json): Json {
  const copy: Json = structuredClone(spec);
  const webhooks = isRecord(copy["webhooks"]) ? copy["webhooks"] : {};
  for (const [name, item] of Object.entries(webhooks)) {
    const post = isRecord(item) ? item["post"] : undefined;
    const samples = samplesFor(api, name);
    if (!isRecord(post) || !samples) continue;
    post["x-codeSamples"] = samples;
    const description = typeof post["description"] === "string" ? post["description"] : "";
    post["description"] = `${description.trimEnd()}\n\n${samplesMarkdown(samples)}\n`;
  }
  if (!isRecord(copy["paths"]) || Object.keys(copy["paths"]).length === 0) delete copy["servers"];
  showConsts(copy);
  return copy;
}
