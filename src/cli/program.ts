import { Command, CommanderError } from "commander";
import { registerDrift } from "./drift-command.js";
import { registerExamples } from "./examples-command.js";
import { type CliIo, type CommandContext, CliUsageError, createColors } from "./io.js";
import { registerListen } from "./listen-command.js";
import { registerReplay } from "./replay-command.js";
import { registerSend } from "./send-command.js";
import { registerValidate } from "./validate-command.js";

const name = "talkable-emma-webhooks";

const session = `
A session:
  $ ${name} listen                      # terminal 1: a receiver on http://127.0.0.1:4000
  $ ${name} send referral_web_hook      # terminal 2: the spec's example, as Talkable sends it
  $ ${name} replay last --to http://localhost:3000/webhooks/talkable
  $ ${name} drift --patch drift.patch   # turn what was received into a spec change`;

/** The whole command tree, writing to `io`. */
export function createProgram(context: CommandContext): Command {
  const { io, colors } = context;
  const program = new Command(name)
    .description(
      "Send, receive, validate and replay Talkable and Emma webhooks, checked against the spec.",
    )
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(colors.red(text)),
    })
    .exitOverride()
    .showHelpAfterError("(add --help for usage)")
    .addHelpText("after", session);
  for (const register of [
    registerSend,
    registerListen,
    registerValidate,
    registerReplay,
    registerDrift,
    registerExamples,
  ]) {
    register(program, context);
  }
  for (const command of program.commands) {
    command
      .configureOutput(program.configureOutput())
      .exitOverride()
      .showHelpAfterError("(add --help for usage)");
  }
  return program;
}

/** Runs the CLI on `argv` (without `node` and the script) and resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const context: CommandContext = { io, colors: createColors(io), exitCode: 0 };
  const program = createProgram(context);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync([...argv], { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${context.colors.red(`${name}: ${message}`)}\n`);
    return error instanceof CliUsageError ? error.exitCode : 1;
  }
}
