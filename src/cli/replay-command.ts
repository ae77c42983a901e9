import type { Command } from "commander";
import { checkAnswer } from "./answer-check.js";
import { formatSendResult, formatSize } from "./format.js";
import { postDelivery, withQuery } from "./http-send.js";
import { defaultInbox, openInbox } from "./inbox.js";
import { type CommandContext, parseUrl } from "./io.js";
import { redactUrl } from "./redact.js";
import { defaultTarget } from "./send-command.js";

interface ReplayOptions {
  readonly to: string;
  readonly inbox: string;
}

const examples = `
Examples:
  $ talkable-emma-webhooks replay last --to http://localhost:3000/webhooks/talkable
  $ talkable-emma-webhooks replay 3f9a1c0e7b2d --to http://localhost:3000/webhooks/emma`;

async function runReplay(id: string, options: ReplayOptions, context: CommandContext) {
  const { record, body } = await openInbox(options.inbox, context.io.cwd).load(id);
  const query = new URL(record.path, "http://localhost").searchParams;
  const url = withQuery(parseUrl(options.to, "--to"), query);
  const { io, colors } = context;
  const name = record.id === null ? `record ${record.file}` : `id ${record.id.slice(0, 12)}`;
  const what = `${record.type ?? "delivery"} ${name} (${record.vendor ?? "unknown"}, ${formatSize(body.byteLength)})`;
  io.stdout(`${colors.dim("↻")} ${what} to ${redactUrl(url)}\n`);
  const answer = await postDelivery({
    url,
    contentType: record.contentType ?? "application/octet-stream",
    body,
  });
  const problems = checkAnswer({ type: record.type, valid: record.valid }, answer);
  io.stdout(formatSendResult(answer, problems, colors));
  return answer.status >= 200 && answer.status < 300 && problems.length === 0 ? 0 : 1;
}

/** `replay <id|last>`: re-sends a delivery `listen` recorded, byte-exact. */
export function registerReplay(program: Command, context: CommandContext): void {
  program
    .command("replay")
    .description("re-send a delivery that `listen` recorded, byte-exact")
    .argument(
      "<id>",
      "the delivery's id (event.id, as listen prints it; 8+ leading characters do), or last",
    )
    .option("--to <url>", "where to send it", defaultTarget)
    .option("--inbox <folder>", "where listen recorded it", defaultInbox)
    .addHelpText("after", examples)
    .action(async (id: string, options: ReplayOptions) => {
      context.exitCode = await runReplay(id, options, context);
    });
}
