import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { median } from "./measure.js";

function spawnMillis(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed`);
  return performance.now() - start;
}

/**
 * What importing an entry point adds to a bare `node` start, in milliseconds: the two starts
 * alternate, so that a busy moment of the machine weighs on both alike.
 */
export function importCost(entry: string, runs = 31): { bare: number; withImport: number } {
  const bareArgs = ["--input-type=module", "-e", "0"];
  const importArgs = ["--input-type=module", "-e", `await import(${JSON.stringify(entry)})`];
  const bare: number[] = [];
  const withImport: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    bare.push(spawnMillis(bareArgs));
    withImport.push(spawnMillis(importArgs));
  }
  return { bare: median(bare), withImport: median(withImport) };
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
