import { type Command, Option } from "commander";
import { checkAnswer } from "./answer-check.js";
import { examplePayload } from "./examples-data.js";
import { formatProblems, formatSendResult, formatSize } from "./format.js";
import { type Verdict, inspectDelivery } from "./inspect-delivery.js";
import { postDelivery } from "./http-send.js";
import { type CommandContext, CliUsageError, collect, parseUrl } from "./io.js";
import { parseAssignment, setPointer } from "./json-pointer.js";
import { readJsonInput } from "./read-input.js";
import { redactBody, redactUrl } from "./redact.js";
import { type WebhookRef, resolveExampleName, resolveWebhook } from "./vendors.js";
import { type OutgoingDelivery, type TalkableEncoding, encodeDelivery } from "./wire-encoding.js";

interface SendOptions {
  readonly to: string;
  readonly key?: string;
  readonly site?: string;
  readonly token?: string;
  readonly example?: string;
  readonly payload?: string;
  readonly set: readonly string[];
  readonly encoding: TalkableEncoding;
  readonly dryRun?: boolean;
  readonly test?: boolean;
}

/** Where `send` and `replay` go by default: what `listen` listens on by default. */
export const defaultTarget = "http://127.0.0.1:4000/webhooks";

const examples = `
Examples:
  $ talkable-emma-webhooks send referral_web_hook --to http://localhost:3000/webhooks/talkable --key "$KEY"
  $ talkable-emma-webhooks send reward_web_hook --example click --set /reward/amount='"9.00"'
  $ talkable-emma-webhooks send reward_web_hook --test --set /reward/reason='"share"'
  $ talkable-emma-webhooks send member_signup --to https://example.com/emma --token "$TOKEN" --dry-run
  $ talkable-emma-webhooks examples post_share_web_hook | talkable-emma-webhooks send post_share_web_hook --payload -`;

function describeRequest(delivery: OutgoingDelivery): string {
  const body = redactBody(new TextDecoder().decode(delivery.body), delivery.contentType);
  return `POST ${redactUrl(delivery.url)}\ncontent-type: ${delivery.contentType}\n\n${body}\n`;
}

async function buildPayload(webhook: string, options: SendOptions, context: CommandContext) {
  const ref = resolveWebhook(webhook);
  const example = resolveExampleName(ref, options.example);
  let payload =
    options.payload === undefined
      ? examplePayload(ref, example)
      : await readJsonInput(options.payload, context.io);
  for (const assignment of options.set) {
    const { pointer, value } = parseAssignment(assignment);
    payload = setPointer(payload, pointer, value);
  }
  return { ref, example, payload };
}

/** The spec's verdict on what is about to be sent (its own key and token are the expected ones). */
async function checkOutgoing(
  delivery: OutgoingDelivery,
  vendor: WebhookRef["vendor"],
): Promise<Verdict> {
  const body = new TextDecoder().decode(delivery.body);
  const query = delivery.url.searchParams;
  const verdict = await inspectDelivery(
    { body, contentType: delivery.contentType, query },
    { vendor },
  );
  if (verdict === undefined) throw new Error("a built delivery always has a vendor");
  return verdict;
}

async function runSend(webhook: string, options: SendOptions, context: CommandContext) {
  const { ref, example, payload } = await buildPayload(webhook, options, context);
  if (options.test && ref.vendor !== "talkable") {
    throw new CliUsageError("--test is for Talkable webhooks: Emma marks no test sends");
  }
  const delivery = await encodeDelivery(ref, {
    url: parseUrl(options.to, "--to"),
    example,
    payload,
    key: options.key,
    site: options.site,
    token: options.token,
    encoding: options.encoding,
    test: options.test,
  });
  const { io, colors } = context;
  if (options.dryRun) {
    io.stdout(describeRequest(delivery));
    return 0;
  }
  const size = formatSize(delivery.body.byteLength);
  io.stdout(
    `${colors.dim("→")} ${ref.name} (${ref.vendor}, ${size}) to ${redactUrl(delivery.url)}\n`,
  );
  const verdict = await checkOutgoing(delivery, ref.vendor);
  if (!verdict.valid) {
    io.stdout(
      `${colors.yellow("this delivery contradicts the spec (sent anyway):")}\n${formatProblems(verdict.problems, colors)}`,
    );
  }
  const answer = await postDelivery(delivery);
  const problems = checkAnswer({ type: ref.name, valid: verdict.valid }, answer);
  io.stdout(formatSendResult(answer, problems, colors));
  if (ref.name === "check_unsubscribe_web_hook" && problems.length === 0 && answer.status < 300) {
    io.stdout(`${colors.green("✓")} the answer matches the spec\n`);
  }
  return answer.status >= 200 && answer.status < 300 && problems.length === 0 ? 0 : 1;
}

/** `send <webhook>`: delivers the spec's example of a webhook in its exact wire format. */
export function registerSend(program: Command, context: CommandContext): void {
  program
    .command("send")
    .description("deliver the spec's example of a webhook, in its exact wire format")
    .argument("<webhook>", "a Talkable webhook type or Emma event (list them with `examples`)")
    .option("--to <url>", "where to send it", defaultTarget)
    .option("--key <key>", "Talkable: the site's security key (default: the example's)")
    .option("--site <site>", "Talkable: the site slug (default: the example's)")
    .option("--token <token>", "Emma: the callback token, added to the URL as ?token=")
    .option("--example <name>", "which of the spec's named examples (default: the first)")
    .option("--payload <file>", "JSON file (or - for stdin) replacing the example's payload")
    .option(
      "--set <pointer=json>",
      "set one payload field, e.g. /offer/email='\"a@b.c\"' (repeatable)",
      collect,
      [],
    )
    .addOption(
      new Option(
        "--encoding <encoding>",
        "Talkable: form (percent-encoded) or curl (raw, as cURL -d)",
      )
        .choices(["form", "curl"])
        .default("form"),
    )
    .option("--test", "Talkable: a test send (adds test=true, as Deliver Sample does)")
    .option("--dry-run", "print the request (secrets hidden) instead of sending it")
    .addHelpText("after", examples)
    .action(async (webhook: string, options: SendOptions) => {
      context.exitCode = await runSend(webhook, options, context);
    });
}
