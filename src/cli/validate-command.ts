import { type Command, Option } from "commander";
import { talkableWebhookTypes } from "../talkable/index.js";
import { parseCurlCommand, isCurlCommand } from "./curl-command.js";
import { formatProblems } from "./format.js";
import { type InspectOptions, type Verdict, inspectDelivery } from "./inspect-delivery.js";
import { type CommandContext, CliUsageError } from "./io.js";
import { readInput } from "./read-input.js";
import { type Vendor, parseVendor } from "./vendors.js";

interface ValidateOptions {
  readonly vendor?: Vendor;
  readonly key?: string;
  readonly site?: string;
  readonly token?: string;
  readonly type?: InspectOptions["type"];
  readonly json?: boolean;
}

const examples = `
Exit codes: 0 valid, 1 invalid, 2 unusable input.

Examples:
  $ talkable-emma-webhooks validate body.txt
  $ pbpaste | talkable-emma-webhooks validate -            # a body, or a whole curl command
  $ talkable-emma-webhooks validate emma.json --vendor emma --json`;

function toDelivery(text: string) {
  if (!isCurlCommand(text))
    return { body: text, contentType: undefined, query: new URLSearchParams() };
  const request = parseCurlCommand(text);
  let query = new URLSearchParams();
  try {
    if (request.url) query = new URL(request.url).searchParams;
  } catch {
    // A placeholder URL (`<url>`) carries no query.
  }
  return { body: request.body, contentType: request.contentType, query };
}

function describe(verdict: Verdict, context: CommandContext): string {
  const { colors } = context;
  const type =
    verdict.type ??
    (verdict.matches.length > 0 ? `(no type; matches ${verdict.matches.join(", ")})` : "(no type)");
  const head = verdict.valid ? colors.green("valid") : colors.red("invalid");
  return `${head}: ${verdict.vendor} ${type}\n${formatProblems(verdict.problems, colors)}`;
}

async function runValidate(source: string, options: ValidateOptions, context: CommandContext) {
  const text = new TextDecoder().decode(await readInput(source, context.io));
  if (text.trim() === "")
    throw new CliUsageError(`${source} is empty; give a captured webhook body`);
  const verdict = await inspectDelivery(toDelivery(text), options);
  if (verdict === undefined) {
    throw new CliUsageError(
      `${source} is neither a form body nor JSON; pass --vendor talkable|emma`,
    );
  }
  if (options.json) {
    const { vendor, type, matches, valid, problems } = verdict;
    context.io.stdout(
      `${JSON.stringify({ vendor, type: type ?? null, matches, valid, problems })}\n`,
    );
  } else {
    context.io.stdout(describe(verdict, context));
  }
  return verdict.valid ? 0 : 1;
}

/** `validate [file|-]`: checks one captured body (or curl command) against the spec. */
export function registerValidate(program: Command, context: CommandContext): void {
  program
    .command("validate")
    .description(
      "check one captured delivery body (form or JSON, or a curl command) against the spec",
    )
    .argument("[file]", "the body, or - for standard input", "-")
    .addOption(
      new Option("--vendor <vendor>", "talkable or emma (default: detected)").argParser(
        parseVendor,
      ),
    )
    .option("--key <key>", "Talkable: the expected security key (default: any)")
    .option("--site <site>", "Talkable: the expected site slug")
    .option("--token <token>", "Emma: the expected token (from the curl command's URL)")
    .addOption(
      new Option("--type <webhook>", "Talkable: the type of a body without a type field").choices(
        talkableWebhookTypes,
      ),
    )
    .option("--json", "print the verdict as JSON")
    .addHelpText("after", examples)
    .action(async (file: string, options: ValidateOptions) => {
      context.exitCode = await runValidate(file, options, context);
    });
}
