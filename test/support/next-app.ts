// Builds and starts a real Next.js app (next build + next start) whose routes import the BUILT
// package, on 127.0.0.1. Next's telemetry is off; nothing leaves the machine.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { freePort } from "./free-port.js";

const exec = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const nextBin = join(repoRoot, "node_modules/.bin/next");
const quiet = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };

/** A running Next.js server. */
export interface RunningNextApp {
  readonly url: string;
  /** What `next start` printed (route handlers' console included). */
  output(): string;
  close(): Promise<void>;
}

/**
 * Writes an app of `files` (paths under the app, e.g. `app/hooks/route.ts`) in a folder inside
 * the repository (Turbopack reads only files under its root, the repository, where the
 * lockfile is), with `talkable-emma-webhooks` linked to the repository as an installed package.
 */
function writeApp(files: Readonly<Record<string, string>>): string {
  const parent = join(repoRoot, ".next-apps");
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "app-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(repoRoot, join(dir, "node_modules/talkable-emma-webhooks"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", private: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string) {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${output()}`);
    if (output().includes("Ready in")) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`next start did not listen on ${url}: ${output()}`);
}

/** `next build` (with no secret in its environment), then `next start` with `env`. */
export async function startNextApp(
  files: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string>>,
): Promise<RunningNextApp> {
  const dir = writeApp(files);
  await exec(nextBin, ["build"], { cwd: dir, env: quiet, timeout: 120_000 });
  const port = await freePort();
  const child = spawn(nextBin, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...quiet, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child, () => text);
  return {
    url,
    output: () => text,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
