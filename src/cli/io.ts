import picocolors from "picocolors";

/** The color functions of picocolors (plain pass-throughs when colors are off). */
export type Colors = ReturnType<typeof picocolors.createColors>;

/** Where a command reads and writes: the real process, or a test's capture. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Whether stdout is a terminal (colors are used only then). */
  readonly isTTY: boolean;
  /** Stops long-running commands (`listen`); the process wires it to SIGINT/SIGTERM. */
  readonly signal: AbortSignal;
}

/** Colors only on a terminal, and never when `NO_COLOR` is set (https://no-color.org). */
export function createColors(io: CliIo): Colors {
  const noColor = io.env["NO_COLOR"] !== undefined && io.env["NO_COLOR"] !== "";
  const forced = io.env["FORCE_COLOR"] !== undefined && io.env["FORCE_COLOR"] !== "0";
  return picocolors.createColors(!noColor && (io.isTTY || forced));
}

/** The usage error every command throws: printed without a stack, with exit code 2. */
export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** What every command's action shares: where to write, the colors, and the exit code to set. */
export interface CommandContext {
  readonly io: CliIo;
  readonly colors: Colors;
  exitCode: number;
}

/** Commander's collector for repeatable options. */
export function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}

/** Parses a URL option, saying what a valid one looks like. */
export function parseUrl(value: string, option: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new CliUsageError(
      `${option} ${JSON.stringify(value)} is not a URL; write e.g. http://127.0.0.1:4000/webhooks`,
    );
  }
}
