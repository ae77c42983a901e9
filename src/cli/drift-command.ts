import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { type DriftPlace, type DriftSummary, summarizeInbox } from "./drift-summary.js";
import { defaultInbox, openInbox } from "./inbox.js";
import { type CommandContext, type Colors, CliUsageError } from "./io.js";
import { proposeSpecPatch } from "./spec-patch.js";

interface DriftOptions {
  readonly json?: boolean;
  readonly patch?: string | true;
  readonly spec?: string;
  readonly key?: string;
}

const examples = `
Examples:
  $ talkable-emma-webhooks drift                       # what the recorded deliveries carry that the spec does not
  $ talkable-emma-webhooks drift --json
  $ talkable-emma-webhooks drift --patch drift.patch && git apply drift.patch && npm run generate`;

/** The spec folder: `--spec`, else `./openapi`, else the one this package ships. */
function specFolder(given: string | undefined, cwd: string): string {
  if (given !== undefined) return resolve(cwd, given);
  if (existsSync(join(cwd, "openapi", "talkable.yaml"))) return join(cwd, "openapi");
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up += 1, dir = dirname(dir)) {
    if (existsSync(join(dir, "openapi", "talkable.yaml"))) return join(dir, "openapi");
  }
  throw new CliUsageError("no openapi/ folder here; give the spec's folder with --spec");
}

function placeLine(place: DriftPlace, colors: Colors): string {
  const seen = `×${place.count} in ${place.deliveries} deliveries (${place.webhooks.join(", ")})`;
  const when = `first ${place.firstSeen}, last ${place.lastSeen}`;
  const where = `${place.spec.file}#${place.spec.pointer}`;
  return [
    `${colors.cyan(place.kind)} ${colors.yellow(place.pointer)} ${seen}`,
    `  ${place.message}; e.g. ${place.example}; ${when}`,
    `  edit ${colors.dim(where)}`,
  ].join("\n");
}

function summaryText(summary: DriftSummary, colors: Colors): string {
  const head = `${summary.deliveries} deliveries recorded: ${summary.accepted} accepted (${summary.withDrift} with drift), ${summary.refused} refused (not counted)`;
  if (summary.places.length === 0)
    return `${head}\n${colors.green("no drift: the spec describes every accepted delivery")}\n`;
  const lines = summary.places.map((place) => placeLine(place, colors));
  return `${head}; ${summary.places.length} places the spec does not describe:\n${lines.join("\n")}\n`;
}

async function runDrift(inboxPath: string, options: DriftOptions, context: CommandContext) {
  const { io, colors } = context;
  const inbox = openInbox(inboxPath, io.cwd);
  const summary = await summarizeInbox(inbox, { key: options.key });
  if (options.patch !== undefined) {
    const patch = await proposeSpecPatch(summary.places, specFolder(options.spec, io.cwd));
    if (options.patch === true) io.stdout(patch);
    else await writeFile(resolve(io.cwd, options.patch), patch);
    if (options.patch !== true)
      io.stderr(`wrote ${options.patch} (${summary.places.length} places)\n`);
    return 0;
  }
  io.stdout(options.json ? `${JSON.stringify(summary, null, 2)}\n` : summaryText(summary, colors));
  return 0;
}

/** `drift [inbox]`: what recorded deliveries carry that the spec does not describe. */
export function registerDrift(program: Command, context: CommandContext): void {
  program
    .command("drift")
    .description("summarise what recorded deliveries carry that the spec does not describe")
    .argument("[inbox]", "the folder listen recorded deliveries in", defaultInbox)
    .option("--json", "print the summary as JSON")
    .option("--patch [file]", "write the proposed spec change as a unified diff (default: stdout)")
    .option(
      "--spec <folder>",
      "the spec folder the patch edits (default: ./openapi, else the package's)",
    )
    .option("--key <key>", "Talkable: the security key deliveries must carry (default: their own)")
    .addHelpText("after", examples)
    .action(async (inbox: string, options: DriftOptions) => {
      context.exitCode = await runDrift(inbox, options, context);
    });
}
