import { relative } from "node:path";
import { type Command, Option } from "commander";
import { defaultBodyTimeoutMs } from "../core/body-deadline.js";
import { type TalkableWebhookType, talkableWebhookTypes } from "../talkable/index.js";
import { defaultInbox, type Inbox, openInbox } from "./inbox.js";
import { type InspectOptions, inspectDelivery } from "./inspect-delivery.js";
import { type CommandContext, CliUsageError, parseUrl } from "./io.js";
import { deliveryJson, deliveryLine } from "./listen-output.js";
import { type IncomingDelivery, type OutgoingAnswer, startListenServer } from "./listen-server.js";
import { redactBody, redactPath } from "./redact.js";
import { type ListenAnswer, answerAsReceiver, relayDelivery } from "./relay.js";

interface ListenOptions {
  readonly port: string;
  readonly host: string;
  readonly key?: string;
  readonly site?: string;
  readonly token?: string;
  readonly type?: TalkableWebhookType;
  readonly unsubscribed: "true" | "false";
  readonly forwardTo?: string;
  readonly inbox: string;
  readonly bodyTimeout: string;
  readonly verbose?: boolean;
  readonly json?: boolean;
}

interface ListenSettings {
  readonly inspect: InspectOptions;
  readonly inbox: Inbox;
  readonly forwardTo: URL | undefined;
  readonly unsubscribed: boolean;
  readonly options: ListenOptions;
}

const examples = `
Examples:
  $ talkable-emma-webhooks listen --key "$TALKABLE_KEY" --token "$EMMA_TOKEN"
  $ talkable-emma-webhooks listen --forward-to http://localhost:3000/webhooks/talkable --json
  $ talkable-emma-webhooks listen --port 0 --unsubscribed true --verbose`;

async function printPayload(
  settings: ListenSettings,
  id: string,
  payload: unknown,
  context: CommandContext,
) {
  if (payload !== undefined) return context.io.stdout(`${JSON.stringify(payload, null, 2)}\n`);
  // Undecodable deliveries are shown as recorded, read back from the inbox, key hidden.
  const { record, body } = await settings.inbox.load(id);
  context.io.stdout(`${redactBody(new TextDecoder().decode(body), record.contentType ?? "")}\n`);
}

async function receive(
  delivery: IncomingDelivery,
  settings: ListenSettings,
  context: CommandContext,
): Promise<OutgoingAnswer> {
  if (delivery.method !== "POST") {
    context.io.stderr(
      `${delivery.method} ${redactPath(delivery.path)}: answered 405 (webhooks are POSTed)\n`,
    );
    const message = `expected POST, got ${delivery.method}`;
    return {
      status: 405,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "method_not_allowed", message } }),
    };
  }
  const query = new URL(delivery.path, "http://localhost").searchParams;
  const body = new TextDecoder().decode(delivery.body);
  const verdict = await inspectDelivery(
    { body, contentType: delivery.contentType, query },
    settings.inspect,
  );
  const record = await settings.inbox.save(
    {
      id: verdict?.deliveryId ?? null,
      receivedAt: delivery.receivedAt.toISOString(),
      method: delivery.method,
      path: delivery.path,
      contentType: delivery.contentType ?? null,
      size: delivery.body.byteLength,
      vendor: verdict?.vendor,
      type: verdict?.type,
      valid: verdict?.valid ?? false,
      test: verdict?.test,
      problems: verdict?.problems ?? [],
    },
    delivery.body,
  );
  const answer: ListenAnswer = settings.forwardTo
    ? await relayDelivery(
        settings.forwardTo,
        { body: delivery.body, contentType: delivery.contentType, query },
        verdict,
      )
    : answerAsReceiver(verdict, settings.unsubscribed);
  if (settings.options.json) {
    context.io.stdout(`${JSON.stringify(deliveryJson(record, verdict, answer))}\n`);
  } else {
    context.io.stdout(deliveryLine(record, verdict, answer, context.colors));
    if (settings.options.verbose)
      await printPayload(settings, record.file, verdict?.payload, context);
  }
  return answer;
}

function parseBodyTimeout(value: string): number {
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0 || ms > 2 ** 31 - 1) {
    throw new CliUsageError(`--body-timeout ${value} is not a positive number of milliseconds`);
  }
  return ms;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CliUsageError(`--port ${value} is not a port; give 0-65535 (0: any free port)`);
  }
  return port;
}

async function runListen(options: ListenOptions, context: CommandContext): Promise<number> {
  const settings: ListenSettings = {
    inspect: { key: options.key, site: options.site, token: options.token, type: options.type },
    inbox: openInbox(options.inbox, context.io.cwd),
    forwardTo:
      options.forwardTo === undefined ? undefined : parseUrl(options.forwardTo, "--forward-to"),
    unsubscribed: options.unsubscribed === "true",
    options,
  };
  const port = parsePort(options.port);
  const bodyTimeoutMs = parseBodyTimeout(options.bodyTimeout);
  const onBodyTimeout = (method: string, path: string) =>
    context.io.stderr(
      `${method} ${redactPath(path)}: answered 408 (the body did not arrive within ${bodyTimeoutMs} ms)\n`,
    );
  const server = await startListenServer(
    port,
    options.host,
    (delivery) => receive(delivery, settings, context),
    { bodyTimeoutMs, onBodyTimeout },
  ).catch((error: unknown) => {
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new CliUsageError(
      `cannot listen on ${options.host}:${port} (${code}); pick another --port or --host`,
      1,
    );
  });
  const mode = settings.forwardTo
    ? `relaying to ${settings.forwardTo.origin}`
    : "answering as a receiver";
  const inbox = relative(context.io.cwd, settings.inbox.folder) || ".";
  context.io.stderr(`listening on ${server.url} (${mode}); inbox ${inbox}; Ctrl-C stops\n`);
  if (options.key === undefined) context.io.stderr("no --key: any Talkable key is accepted\n");
  if (options.token === undefined) context.io.stderr("no --token: Emma tokens are not checked\n");
  await new Promise<void>((resolve) => {
    if (context.io.signal.aborted) resolve();
    context.io.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  await server.close();
  return 0;
}

/** `listen`: a local receiver for both vendors that checks every delivery against the spec. */
export function registerListen(program: Command, context: CommandContext): void {
  program
    .command("listen")
    .description("receive deliveries locally, check each against the spec, and record them")
    .option("--port <port>", "port to listen on (0: any free port)", "4000")
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--key <key>", "Talkable: the security key deliveries must carry (default: any)")
    .option("--site <site>", "Talkable: the only site slug accepted")
    .option("--token <token>", "Emma: the token deliveries must carry in ?token= (default: none)")
    .addOption(
      new Option(
        "--type <webhook>",
        "Talkable: the type of deliveries without a type field",
      ).choices(talkableWebhookTypes),
    )
    .addOption(
      new Option("--unsubscribed <boolean>", "answer to Check Unsubscribe")
        .choices(["true", "false"])
        .default("false"),
    )
    .option(
      "--forward-to <url>",
      "relay each delivery byte-exact to your app and return its answer",
    )
    .option("--inbox <folder>", "where deliveries are recorded", defaultInbox)
    .option(
      "--body-timeout <ms>",
      "answer 408 to a body that has not fully arrived this long after the headers",
      String(defaultBodyTimeoutMs),
    )
    .option("--verbose", "print each delivery's payload too")
    .option("--json", "print one JSON object per delivery instead")
    .addHelpText("after", examples)
    .action(async (options: ListenOptions) => {
      context.exitCode = await runListen(options, context);
    });
}
