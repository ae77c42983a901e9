import { createEmmaWebhooks } from "../emma/index.js";
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
  /** The delivery id the receiver gave the event, when it gives one. */
  readonly deliveryId: string | undefined;
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
  if (match?.[1] === undefined) return undefined;
  try {
    return decodeURIComponent(match[1].replaceAll("+", " "));
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
  };
}

function accepted(vendor: Vendor, type: string, payload: unknown, event: object): Verdict {
  const id = "id" in event && typeof event.id === "string" ? event.id : undefined;
  return {
    vendor,
    type,
    matches: [],
    valid: true,
    problems: [],
    status: 200,
    code: undefined,
    payload,
    deliveryId: id,
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
  const key = options.key ?? (formField(delivery.body, "key") || "(no key)");
  const site = options.site;
  const type = options.type;
  const receiver = createTalkableWebhooks({
    key,
    ...(site ? { site } : {}),
    ...(type ? { type } : {}),
  });
  try {
    const event = await receiver.verifyAndParse(delivery.body);
    return accepted("talkable", event.type, event.payload, event);
  } catch (error) {
    const verdict = refused("talkable", error, formField(delivery.body, "type") || type);
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
    return accepted("emma", event.event_name, event.data, event);
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
