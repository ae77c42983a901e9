import type { DriftFinding } from "../core/drift.js";
import { decodeFormComponent } from "../core/percent-decode.js";
import { findEmmaDrift } from "../emma/drift.js";
import { createEmmaWebhooks } from "../emma/index.js";
import { findTalkableDrift } from "../talkable/drift.js";
import {
  type TalkableWebhookType,
  type TalkableWebhooks,
  WebhookError,
  createTalkableWebhooks,
  talkableWebhookTypes,
} from "../talkable/index.js";
import { type Problem, problemsOf } from "./problems.js";
import type { Vendor } from "./vendors.js";

/** A delivery as it came off the wire. */
export interface ReceivedDelivery {
  readonly body: string;
  readonly contentType: string | undefined;
  /** The query of the URL it was sent to (Emma's token travels there). */
  readonly query: URLSearchParams;
}

/** What the receiver is configured with; absent secrets accept any (local use). */
export interface InspectOptions {
  readonly vendor?: Vendor | undefined;
  readonly key?: string | undefined;
  readonly site?: string | undefined;
  readonly token?: string | undefined;
  /** The Talkable type assumed for deliveries without a `type` field. */
  readonly type?: TalkableWebhookType | undefined;
}

/** The spec's verdict on one delivery, and what a correct receiver answers to it. */
export interface Verdict {
  readonly vendor: Vendor;
  /** The Talkable `type` or Emma `event_name`, when the delivery names one. */
  readonly type: string | undefined;
  /** For a Talkable delivery without `type`: the webhook types its payload matches. */
  readonly matches: readonly string[];
  readonly valid: boolean;
  readonly problems: readonly Problem[];
  /** The status a correct receiver answers (before any handler runs). */
  readonly status: number;
  readonly code: string | undefined;
  /** The decoded payload (Talkable `payload`, Emma `data`), when it could be decoded. */
  readonly payload: unknown;
  /** The delivery id the receiver gave the event (`event.id`), when it accepted it. */
  readonly deliveryId: string | undefined;
  /** Talkable: whether the delivery is a test send; undefined for Emma and refused ones. */
  readonly test: boolean | undefined;
  /** What an accepted delivery carries that the spec does not describe (see `onDrift`). */
  readonly drift: readonly DriftFinding[];
  /** More findings than the cap: `drift` holds the first ones. */
  readonly driftTruncated: boolean;
}

/** Talkable's form media type, or JSON (Emma); a missing content type is guessed from the body. */
export function detectVendor(contentType: string | undefined, body: string): Vendor | undefined {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return "talkable";
  if (type !== undefined && /^application\/([a-z.+-]*\+)?json$/.test(type)) return "emma";
  if (type !== undefined && type !== "") return undefined;
  const start = body.trimStart();
  if (start.startsWith("{")) return "emma";
  return /^[A-Za-z_][\w%[\]]*=/.test(start) ? "talkable" : undefined;
}

/** The first `name=` field of a form body, raw or encoded (the key is plain text either way). */
function formField(body: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|&)${name}=([^&]*)`).exec(body);
  if (!match?.[1]) return undefined;
  try {
    return decodeFormComponent(match[1]);
  } catch {
    return match[1];
  }
}

function refused(vendor: Vendor, error: unknown, type: string | undefined): Verdict {
  const status = error instanceof WebhookError ? error.status : 400;
  const code = error instanceof WebhookError ? error.code : "malformed_body";
  const problems = problemsOf(error, vendor);
  return {
    vendor,
    type,
    matches: [],
    valid: false,
    problems,
    status,
    code,
    payload: undefined,
    deliveryId: undefined,
    test: undefined,
    drift: [],
    driftTruncated: false,
  };
}

type Drift = Awaited<ReturnType<typeof findTalkableDrift>>;

function accepted(
  vendor: Vendor,
  event: { readonly id: string; readonly test?: boolean },
  type: string,
  payload: unknown,
  drift: Drift,
): Verdict {
  return {
    vendor,
    type,
    matches: [],
    valid: true,
    problems: [],
    status: 200,
    code: undefined,
    payload,
    deliveryId: event.id,
    test: event.test,
    drift: drift.findings,
    driftTruncated: drift.truncated,
  };
}

async function accepts(receiver: TalkableWebhooks, body: string): Promise<boolean> {
  try {
    await receiver.verifyAndParse(body);
    return true;
  } catch {
    return false;
  }
}

/** The webhook types whose schema the payload of a delivery without `type` satisfies. */
async function matchingTypes(body: string, key: string, site: string | undefined) {
  const matches: string[] = [];
  for (const type of talkableWebhookTypes) {
    const receiver = createTalkableWebhooks({ key, type, ...(site ? { site } : {}) });
    if (await accepts(receiver, body)) matches.push(type);
  }
  return matches;
}

async function inspectTalkable(delivery: ReceivedDelivery, options: InspectOptions) {
  // Without --key any key is accepted: the delivery's own is what it is checked against.
  const key = options.key ?? formField(delivery.body, "key") ?? "(no key)";
  const site = options.site;
  const type = options.type;
  const receiver = createTalkableWebhooks({
    key,
    ...(site ? { site } : {}),
    ...(type ? { type } : {}),
  });
  try {
    const event = await receiver.verifyAndParse(delivery.body);
    const drift = await findTalkableDrift(event, [key]);
    return accepted("talkable", event, event.type, event.payload, drift);
  } catch (error) {
    const verdict = refused("talkable", error, formField(delivery.body, "type") ?? type);
    if (!verdict.problems.some((problem) => problem.pointer === "/type") || verdict.type)
      return verdict;
    return { ...verdict, matches: await matchingTypes(delivery.body, key, site) };
  }
}

async function inspectEmma(delivery: ReceivedDelivery, options: InspectOptions) {
  const receiver = createEmmaWebhooks(
    options.token === undefined ? { allowUnauthenticated: true } : { token: options.token },
  );
  try {
    const token = delivery.query.get("token");
    const event = await receiver.verifyAndParse(delivery.body, { token });
    const secrets = [options.token, token].filter((text): text is string => Boolean(text));
    const drift = await findEmmaDrift(event, secrets);
    return accepted("emma", event, event.event_name, event.data, drift);
  } catch (error) {
    return refused("emma", error, eventNameOf(delivery.body));
  }
}

function eventNameOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as unknown;
    const name = (parsed as { event_name?: unknown } | null)?.event_name;
    return typeof name === "string" ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a delivery against the spec with the package's own receivers (the same checks a
 * merchant's app runs), and says which problems it has and what a receiver answers.
 */
export async function inspectDelivery(
  delivery: ReceivedDelivery,
  options: InspectOptions = {},
): Promise<Verdict | undefined> {
  const vendor = options.vendor ?? detectVendor(delivery.contentType, delivery.body);
  if (vendor === "talkable") return inspectTalkable(delivery, options);
  if (vendor === "emma") return inspectEmma(delivery, options);
  return undefined;
}
