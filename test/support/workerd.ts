// Runs a worker in the real `workerd` runtime (the npm package's binary), on 127.0.0.1.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { freePort } from "./free-port.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
// The binary itself, not npm's `.bin/workerd` launcher: killing the launcher would leave the
// server it started running, orphaned, after the tests.
const { default: workerdBin } = createRequire(import.meta.url)("workerd") as { default: string };

/** A worker running in workerd, and how to stop it. */
export interface RunningWorker {
  readonly url: string;
  /** What workerd printed (the worker's console and workerd's own errors). */
  output(): string;
  close(): Promise<void>;
}

/** Options of {@link startWorker}. */
export interface WorkerOptions {
  /** The worker's module source; it imports the package by its name, as a user's would. */
  readonly source: string;
  /** Text bindings (`env.NAME`), as `wrangler secret put` would give them. */
  readonly bindings: Readonly<Record<string, string>>;
}

/**
 * Bundles `source` with esbuild the way wrangler does (ESM, neutral platform: a `node:` import
 * fails the build), resolving `talkable-emma-webhooks` to the BUILT package through its
 * `exports` map, as an installed dependency.
 */
async function bundle(dir: string, source: string): Promise<void> {
  const modules = join(dir, "node_modules");
  mkdirSync(modules);
  symlinkSync(repoRoot, join(modules, "talkable-emma-webhooks"), "dir");
  writeFileSync(join(dir, "entry.js"), source);
  await build({
    entryPoints: [join(dir, "entry.js")],
    outfile: join(dir, "worker.js"),
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    nodePaths: [modules],
    logLevel: "error",
  });
}

/** The workerd config (capnp): one worker, one HTTP socket, text bindings; no compat flags. */
function config(port: number, bindings: WorkerOptions["bindings"]): string {
  const texts = Object.entries(bindings)
    .map(([name, text]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(text)})`)
    .join(", ");
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "worker.js") ],
  compatibilityDate = "2025-09-01",
  bindings = [ ${texts} ],
);
`;
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string) {
  // Well inside the 60 s hook: a starved machine can take many seconds to start workerd.
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`workerd exited: ${output()}`);
    try {
      await fetch(url, { method: "OPTIONS" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`workerd did not listen on ${url}: ${output()}`);
}

/** Bundles the worker, starts `workerd serve` on a free loopback port, waits until it answers. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const dir = mkdtempSync(join(tmpdir(), "tew-workerd-"));
  await bundle(dir, options.source);
  const port = await freePort();
  writeFileSync(join(dir, "config.capnp"), config(port, options.bindings));
  const child = spawn(workerdBin, ["serve", "config.capnp"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const output = () => text;
  await waitUntilUp(url, child, output);
  return {
    url,
    output,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
