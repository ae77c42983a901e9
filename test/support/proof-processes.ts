/**
 * Child processes of the load-and-fault proof (test/support/proof-receiver.ts and
 * proof-worker.ts), each run with tsx (which resolves the package name to src/ through
 * tsconfig paths), and a way to wait for a line they print.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";

const root = fileURLToPath(new URL("../../", import.meta.url));

export interface ProofProcess {
  readonly child: ChildProcess;
  /** Resolves with the first stdout line matching `pattern` (already printed or to come). */
  line(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGKILL unless it already exited; resolves once it has. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `node --import tsx test/support/<script> ...args`. */
export function startProofProcess(script: string, args: readonly string[]): ProofProcess {
  const child = spawn(process.execPath, ["--import", "tsx", `test/support/${script}`, ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    async line(pattern, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (const text of output.split("\n")) {
          const match = text.match(pattern);
          if (match) return match;
        }
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`${script} exited before printing ${String(pattern)}`);
        }
        if (Date.now() > deadline) throw new Error(`${script} did not print ${String(pattern)}`);
        await sleep(20);
      }
    },
    async kill(signal = "SIGKILL") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Polls `check` every 50 ms until it holds; throws after `timeoutMs`. */
export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(50);
  }
}
