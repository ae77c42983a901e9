/**
 * The code samples the reference pages show for each webhook (Redoc's `x-codeSamples`), made
 * from the spec's first example of that webhook: the decoded body as JSON, the exact wire body,
 * the `curl` command that delivers it, an SDK handler, and the CLI `send` command.
 */
import { emmaExamples } from "../../generated/emma/examples.js";
import type { EmmaEventName } from "../../generated/emma/webhooks.js";
import { talkableExamples } from "../../generated/talkable/examples.js";
import type { TalkableWebhookType } from "../../generated/talkable/webhooks.js";

/** One entry of Redoc's `x-codeSamples`. */
export interface CodeSample {
  readonly lang: string;
  readonly label: string;
  readonly source: string;
}

/** Where the samples deliver to: a placeholder for the reader's own endpoint. */
export const talkableSampleUrl = "https://your-app.example/webhooks/talkable";
export const emmaSampleUrl = "https://your-app.example/webhooks/emma";
export const emmaSampleToken = "YOUR_WEBHOOK_TOKEN";

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Single-quotes `text` for a POSIX shell (a `'` becomes `'\''`). */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

function firstExample<T>(examples: Readonly<Record<string, T>>): T {
  const example = Object.values(examples)[0];
  if (example === undefined) throw new Error("a webhook without examples");
  return example;
}

/** What a Talkable example holds: the decoded form fields. */
interface TalkableBody {
  readonly key: string;
  readonly site?: string | undefined;
  readonly type?: string;
  readonly payload: object;
}

function talkableBody(type: TalkableWebhookType): TalkableBody {
  const examples: Readonly<Record<string, { readonly value: TalkableBody }>> =
    talkableExamples[type];
  return firstExample(examples).value;
}

/** The form fields Talkable posts, in its order, with JSON fields as JSON text. */
function talkableFields(type: TalkableWebhookType, indent: boolean): [string, string][] {
  const body = talkableBody(type);
  return Object.entries(body).map(([name, value]: [string, unknown]) => [
    name,
    typeof value === "string" ? value : JSON.stringify(value, null, indent ? 2 : undefined),
  ]);
}

function talkableHandler(type: TalkableWebhookType): string {
  const field = Object.keys(talkableBody(type).payload)[0] ?? "";
  const work =
    type === "check_unsubscribe_web_hook"
      ? `  const unsubscribed = false; // look payload.${field} up in your mailing list\n  return { unsubscribed };`
      : `  if (test) return; // a test send (Deliver Sample): answered 2xx, nothing acted on\n  console.log(id, site, payload.${field});`;
  const fields =
    type === "check_unsubscribe_web_hook" ? "id, site, payload" : "id, site, test, payload";
  return `import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

const key = process.env["TALKABLE_KEY"];
if (!key) throw new Error("TALKABLE_KEY is not set");
const talkable = createTalkableWebhooks({ key });

talkable.on("${type}", async ({ ${fields} }) => {
  // payload is typed as TalkablePayloads["${type}"]; id is the same on every retry.
${work}
});

// A Fetch handler (Next.js route, Hono, Bun, Deno); Express: toNodeMiddleware(talkable).
export const POST = (request: Request) => talkable.handle(request);
`;
}

/**
 * Talkable's samples: decoded body, wire body (`application/x-www-form-urlencoded`, exactly as
 * `talkableDelivery` and Talkable send it), curl, SDK handler, CLI.
 *
 * @example
 * talkableSamples("referral_web_hook").map((sample) => sample.label);
 * // ["Decoded body (JSON)", "Wire body", "cURL", "SDK handler", "CLI"]
 */
export function talkableSamples(type: TalkableWebhookType): CodeSample[] {
  const body = talkableBody(type);
  const wire = new URLSearchParams(talkableFields(type, false)).toString();
  const curl = [
    `curl ${talkableSampleUrl}`,
    ...talkableFields(type, true).map(
      ([name, value]) => `  --data-urlencode ${shellQuote(`${name}=${value}`)}`,
    ),
  ].join(" \\\n");
  const cli = `npx talkable-emma-webhooks send ${type} --to ${talkableSampleUrl} --key ${shellQuote(body.key)}${body.site === undefined ? "" : ` --site ${shellQuote(body.site)}`}`;
  return [
    { lang: "json", label: "Decoded body (JSON)", source: json(body) },
    {
      lang: "http",
      label: "Wire body",
      source: `POST /webhooks/talkable HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n${wire}`,
    },
    { lang: "shell", label: "cURL", source: curl },
    { lang: "typescript", label: "SDK handler", source: talkableHandler(type) },
    { lang: "shell", label: "CLI", source: cli },
  ];
}

/** What an Emma example holds: the JSON body. */
interface EmmaBody {
  readonly event_name: string;
  readonly data: object;
}

function emmaBody(event: EmmaEventName): EmmaBody {
  const examples: Readonly<Record<string, { readonly value: EmmaBody }>> = emmaExamples[event];
  return firstExample(examples).value;
}

function emmaHandler(event: EmmaEventName): string {
  const { data } = emmaBody(event);
  const field = Object.keys(data).find((name) => name !== "account_id") ?? "account_id";
  return `import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";

const token = process.env["EMMA_WEBHOOK_TOKEN"];
if (!token) throw new Error("EMMA_WEBHOOK_TOKEN is not set");
const emma = createEmmaWebhooks({ token });

emma.on("${event}", async ({ id, data }) => {
  // data is typed as EmmaPayloads["${event}"]; id is the same on every retry.
  console.log(id, data.${field});
});

// A Fetch handler (Next.js route, Hono, Bun, Deno); Express: toNodeMiddleware(emma).
export const POST = (request: Request) => emma.handle(request);
`;
}

/**
 * Emma's samples: the JSON body, curl, SDK handler, CLI (the token travels in `?token=`).
 *
 * @example
 * emmaSamples("member_signup").map((sample) => sample.label);
 * // ["Body (JSON)", "cURL", "SDK handler", "CLI"]
 */
export function emmaSamples(event: EmmaEventName): CodeSample[] {
  const body = json(emmaBody(event));
  const url = `${emmaSampleUrl}?token=${emmaSampleToken}`;
  const curl = `curl ${shellQuote(url)} \\\n  -H 'content-type: application/json' \\\n  --data-raw ${shellQuote(body)}`;
  const cli = `npx talkable-emma-webhooks send ${event} --to ${emmaSampleUrl} --token ${emmaSampleToken}`;
  return [
    { lang: "json", label: "Body (JSON)", source: body },
    { lang: "shell", label: "cURL", source: curl },
    { lang: "typescript", label: "SDK handler", source: emmaHandler(event) },
    { lang: "shell", label: "CLI", source: cli },
  ];
}
