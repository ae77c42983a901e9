import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

function medianMillis(args: readonly string[], runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: "ignore" });
    if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** What importing an entry point adds to a bare `node` start, in milliseconds. */
export function importCost(entry: string, runs = 15): { bare: number; withImport: number } {
  const bare = medianMillis(["--input-type=module", "-e", "0"], runs);
  const code = `await import(${JSON.stringify(entry)})`;
  const withImport = medianMillis(["--input-type=module", "-e", code], runs);
  return { bare, withImport };
}

/** Minified, bundled and gzipped size of an entry point with everything it imports. */
export async function gzipSize(entry: string): Promise<number> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild wrote nothing");
  return gzipSync(output.contents, { level: 9 }).byteLength;
}
