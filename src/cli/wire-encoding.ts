import type { EmmaPayloads } from "../emma/index.js";
import type { TalkablePayloads, TalkableWebhookType } from "../talkable/index.js";
import { type TalkableExampleName, emmaDelivery, talkableDelivery } from "../testing/index.js";
import { exampleOf } from "./examples-data.js";
import type { WebhookRef } from "./vendors.js";

/** A request ready to go on the wire: the exact body bytes and the headers that matter. */
export interface OutgoingDelivery {
  readonly url: URL;
  readonly contentType: string;
  readonly body: Uint8Array;
}

/** `form`: percent-encoded, as Talkable sends it; `curl`: raw, as the vendor's cURL commands do. */
export type TalkableEncoding = "form" | "curl";

export interface WireOptions {
  readonly url: URL;
  readonly example: string;
  /** The payload (Talkable) or `data` (Emma) to send: the example's, edited, or the user's. */
  readonly payload: unknown;
  readonly key?: string | undefined;
  readonly site?: string | undefined;
  readonly token?: string | undefined;
  readonly encoding: TalkableEncoding;
  /** Talkable: a test send (`test=true`), as the Deliver Sample button sends it. */
  readonly test?: boolean | undefined;
}

/** What `curl --data 'key=...&type=...&payload={...}'` sends: the values, not percent-encoded. */
function curlFormBody(fields: readonly (readonly [string, string | undefined])[]): string {
  return fields
    .filter((field): field is readonly [string, string] => field[1] !== undefined)
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
}

async function toOutgoing(request: Request): Promise<OutgoingDelivery> {
  return {
    url: new URL(request.url),
    contentType: request.headers.get("content-type") ?? "",
    body: new Uint8Array(await request.arrayBuffer()),
  };
}

async function talkableWire(name: TalkableWebhookType, options: WireOptions) {
  const example = exampleOf({ vendor: "talkable", name }, options.example).body;
  const key = options.key ?? String(example["key"]);
  const site = options.site ?? (example["site"] as string | undefined);
  if (options.encoding === "curl") {
    const extras = example["extras"] === undefined ? undefined : JSON.stringify(example["extras"]);
    const body = curlFormBody([
      ["key", key],
      ["site", site],
      ["type", name],
      ["payload", JSON.stringify(options.payload)],
      ["extras", extras],
      ["test", options.test ? "true" : undefined],
    ]);
    const contentType = "application/x-www-form-urlencoded";
    return { url: options.url, contentType, body: new TextEncoder().encode(body) };
  }
  // The payload may deliberately contradict the spec (to test a receiver), so it is passed on
  // unchecked; talkableDelivery only encodes it.
  const payload = options.payload as TalkablePayloads[typeof name];
  const exampleName = options.example as TalkableExampleName<typeof name>;
  const siteOption = site === undefined ? {} : { site };
  const test = options.test === true;
  return toOutgoing(
    talkableDelivery(name, {
      key,
      payload,
      example: exampleName,
      url: options.url,
      test,
      ...siteOption,
    }),
  );
}

/** Builds the exact request a vendor would send for one webhook. */
export async function encodeDelivery(
  ref: WebhookRef,
  options: WireOptions,
): Promise<OutgoingDelivery> {
  if (ref.vendor === "talkable") return talkableWire(ref.name, options);
  const data = options.payload as EmmaPayloads[typeof ref.name];
  const token = options.token === undefined ? {} : { token: options.token };
  return toOutgoing(emmaDelivery(ref.name, { data, url: options.url, ...token }));
}
