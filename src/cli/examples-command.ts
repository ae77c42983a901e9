import type { Command } from "commander";
import { emmaEventNames } from "../emma/index.js";
import { talkableWebhookTypes } from "../talkable/index.js";
import { exampleOf, examplePayload } from "./examples-data.js";
import type { CommandContext } from "./io.js";
import { type WebhookRef, exampleNamesOf, resolveExampleName, resolveWebhook } from "./vendors.js";

interface ExamplesOptions {
  readonly example?: string;
}

const help = `
Examples:
  $ talkable-emma-webhooks examples
  $ talkable-emma-webhooks examples reward_web_hook --example click > reward.json`;

function listing(refs: readonly WebhookRef[], context: CommandContext): string {
  const width = Math.max(...refs.map((ref) => ref.name.length));
  return refs
    .map((ref) => {
      const names = exampleNamesOf(ref).map(
        (name) => `${name} ${context.colors.dim(`(${exampleOf(ref, name).summary})`)}`,
      );
      return `  ${ref.name.padEnd(width)}  ${names.join(", ")}\n`;
    })
    .join("");
}

function listAll(context: CommandContext): string {
  const talkable = talkableWebhookTypes.map((name): WebhookRef => ({ vendor: "talkable", name }));
  const emma = emmaEventNames.map((name): WebhookRef => ({ vendor: "emma", name }));
  const { bold } = context.colors;
  return (
    `${bold("Talkable")} webhook types (form-encoded) and their examples:\n${listing(talkable, context)}\n` +
    `${bold("Emma")} events (JSON) and their examples:\n${listing(emma, context)}\n` +
    "Print one: talkable-emma-webhooks examples <webhook> [--example <name>]\n"
  );
}

/** `examples [webhook]`: lists the webhooks and their named examples, or prints one payload. */
export function registerExamples(program: Command, context: CommandContext): void {
  program
    .command("examples")
    .description("list the webhooks and the spec's named examples, or print one payload")
    .argument("[webhook]", "a Talkable webhook type or Emma event")
    .option("--example <name>", "which named example (default: the first)")
    .addHelpText("after", help)
    .action((webhook: string | undefined, options: ExamplesOptions) => {
      if (webhook === undefined) return context.io.stdout(listAll(context));
      const ref = resolveWebhook(webhook);
      const payload = examplePayload(ref, resolveExampleName(ref, options.example));
      context.io.stdout(`${JSON.stringify(payload, null, 2)}\n`);
    });
}
