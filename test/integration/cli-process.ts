// Runs the built `bin` (dist/cli.js, from `npm run compile`) as a real process.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const cliPath = join(repoRoot, "dist/cli.js");

/** Fails early, saying what to run, when the bin has not been built. */
export function assertBuilt(): void {
  if (!existsSync(cliPath)) throw new Error("dist/cli.js is missing: run `npm run compile` first");
}

/** A fresh working directory (each holds its own inbox). */
export function freshDir(): string {
  return mkdtempSync(join(tmpdir(), "tew-cli-"));
}

/** One of the vendor cURL commands copied into test/fixtures/cli/. */
export function curlFixture(name: string): string {
  return readFileSync(join(repoRoot, "test/fixtures/cli", name), "utf8").trim();
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const quietEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined };

/** Runs one command to completion. */
export function runCli(
  args: readonly string[],
  options: { cwd: string; input?: string },
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [cliPath, ...args],
      { cwd: options.cwd, env: quietEnv, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? 1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? "");
  });
}

/** Runs a shell command line (the vendor's cURL commands, verbatim) with `sh -c`. */
export function runShell(command: string, cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile("sh", ["-c", command], { cwd, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error && typeof error.code === "number" ? error.code : 0, stdout, stderr });
    });
  });
}

/** A running `listen`: its URL, its output lines as they come, and a way to stop it. */
export interface Listener {
  readonly url: string;
  readonly lines: string[];
  /** Resolves with output line number `index` (0-based) once it is printed. */
  line(index: number): Promise<string>;
  /** Everything written to stderr so far. */
  stderr(): string;
  stop(): Promise<number | null>;
}

function waitFor<T>(check: () => T | undefined, what: string, child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 15_000);
    const poll = () => {
      const value = check();
      if (value !== undefined) {
        clearTimeout(timer);
        resolve(value);
      } else if (child.exitCode !== null) {
        clearTimeout(timer);
        reject(new Error(`listen exited (${child.exitCode}) before ${what}`));
      } else setTimeout(poll, 20);
    };
    poll();
  });
}

/** Starts `listen --port 0` with `args`, and waits until it says where it listens. */
export async function startListen(args: readonly string[], cwd: string): Promise<Listener> {
  const child = spawn(process.execPath, [cliPath, "listen", "--port", "0", ...args], {
    cwd,
    env: quietEnv,
  });
  const lines: string[] = [];
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    const parts = stdout.split("\n");
    stdout = parts.pop() ?? "";
    lines.push(...parts);
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const url = await waitFor(() => /listening on (\S+)/.exec(stderr)?.[1], "listen to start", child);
  return {
    url,
    lines,
    line: (index) => waitFor(() => lines[index], `output line ${index + 1}`, child),
    stderr: () => stderr,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once("exit", (code) => resolve(code));
        child.kill("SIGTERM");
      }),
  };
}
