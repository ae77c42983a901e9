/**
 * `npm run bench -- --profile`: one loopback server loaded with V8's CPU profiler on (started
 * after the warm-up, see loopback-server.ts), summarised as the top functions by self time.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printProfile } from "./cpu-profile.js";
import { type TargetId, targets } from "./loopback-loads.js";
import { load, start } from "./loopback.js";
import { withLoadGeneratorPinned } from "./pinning.js";

/**
 * Loads one server with V8's CPU profiler on (see loopback-server.ts) and prints the top
 * functions by self time: where a delivery's time goes, so a regression is found in minutes.
 */
export function profileServer(id: TargetId, seconds = 8): Promise<void> {
  return withLoadGeneratorPinned(() => profileUnderLoad(id, seconds));
}

async function profileUnderLoad(id: TargetId, seconds: number): Promise<void> {
  const target = targets().find((candidate) => candidate.id === id);
  if (!target) throw new Error(`no loopback target ${id}`);
  const directory = mkdtempSync(join(tmpdir(), "bench-profile-"));
  const file = join(directory, "server.cpuprofile");
  const server = await start(target.server, { BENCH_PROFILE: file });
  let rate = 0;
  try {
    await load(target, server, 2);
    server.child.kill("SIGUSR2");
    ({ rate } = await load(target, server, seconds));
  } finally {
    await new Promise((done) => {
      server.child.once("exit", done);
      server.child.kill("SIGTERM");
    });
  }
  try {
    printProfile(
      `CPU profile of ${target.name}, ${seconds} s under load (${rate.toFixed(0)} req/s)`,
      file,
    );
  } finally {
    // BENCH_KEEP_PROFILE=1 keeps the .cpuprofile (for Chrome DevTools or speedscope).
    if (process.env["BENCH_KEEP_PROFILE"]) console.log(`  kept ${file}`);
    else rmSync(directory, { recursive: true, force: true });
  }
}
