import type { DriftFinding } from "../core/drift.js";
import { type TalkableWebhookType, talkableWebhookTypes } from "../talkable/index.js";
import type { Inbox, InboxRecord } from "./inbox.js";
import { type InspectOptions, inspectDelivery } from "./inspect-delivery.js";

/** One place of the spec that recorded deliveries stray from, with what was seen there. */
export interface DriftPlace {
  readonly kind: DriftFinding["kind"];
  /** The delivery pointer, array indices written `*` (`/payload/items/*\/sku`). */
  readonly pointer: string;
  /** Where to edit the spec. */
  readonly spec: DriftFinding["spec"];
  readonly message: string;
  readonly vendor: string;
  /** The webhook types (or Emma events) it was seen on. */
  readonly webhooks: string[];
  /** Findings there, and how many deliveries had one. */
  count: number;
  deliveries: number;
  readonly firstSeen: string;
  lastSeen: string;
  /** The first value seen (already cut and scrubbed like every finding's). */
  readonly example: string;
  /** Every JSON type, and up to {@link maxValues} distinct values, seen there. */
  readonly types: string[];
  readonly values: string[];
}

/** What `drift` reports about an inbox. */
export interface DriftSummary {
  readonly deliveries: number;
  readonly accepted: number;
  readonly refused: number;
  readonly withDrift: number;
  /** Most findings first. */
  readonly places: readonly DriftPlace[];
}

const maxValues = 20;
const knownTypes: ReadonlySet<string> = new Set(talkableWebhookTypes);

const generalPointer = (pointer: string) => pointer.replaceAll(/\/\d+(?=\/|$)/g, "/*");

function add(
  places: Map<string, DriftPlace>,
  finding: DriftFinding,
  record: InboxRecord,
  seen: Set<string>,
) {
  const pointer = generalPointer(finding.pointer);
  const key = [finding.kind, pointer, finding.spec.file, finding.spec.pointer].join("\0");
  let place = places.get(key);
  if (!place) {
    place = {
      kind: finding.kind,
      pointer,
      spec: finding.spec,
      message: finding.message,
      vendor: record.vendor ?? "",
      webhooks: [],
      count: 0,
      deliveries: 0,
      firstSeen: record.receivedAt,
      lastSeen: record.receivedAt,
      example: finding.value,
      types: [],
      values: [],
    };
    places.set(key, place);
  }
  place.count += 1;
  if (!seen.has(key)) place.deliveries += 1;
  seen.add(key);
  place.lastSeen = record.receivedAt;
  if (record.type && !place.webhooks.includes(record.type)) place.webhooks.push(record.type);
  if (!place.types.includes(finding.type)) place.types.push(finding.type);
  if (place.values.length < maxValues && !place.values.includes(finding.value)) {
    place.values.push(finding.value);
  }
}

/**
 * Checks every delivery `listen` recorded against the spec as it is now (so a regenerated spec
 * shows what is left), and groups the drift of the accepted ones by place.
 */
export async function summarizeInbox(inbox: Inbox, options: InspectOptions): Promise<DriftSummary> {
  const places = new Map<string, DriftPlace>();
  let accepted = 0;
  let withDrift = 0;
  const records = await inbox.list();
  for (const record of records) {
    const { body } = await inbox.load(record.file);
    const query = new URL(record.path, "http://localhost").searchParams;
    const type =
      record.type !== undefined && knownTypes.has(record.type)
        ? (record.type as TalkableWebhookType)
        : options.type;
    const verdict = await inspectDelivery(
      { body: new TextDecoder().decode(body), contentType: record.contentType ?? undefined, query },
      { ...options, type },
    );
    if (!verdict?.valid) continue;
    accepted += 1;
    if (verdict.drift.length > 0) withDrift += 1;
    const seen = new Set<string>();
    for (const finding of verdict.drift) add(places, finding, record, seen);
  }
  const sorted = [...places.values()].sort((a, b) => b.count - a.count);
  return {
    deliveries: records.length,
    accepted,
    refused: records.length - accepted,
    withDrift,
    places: sorted,
  };
}
