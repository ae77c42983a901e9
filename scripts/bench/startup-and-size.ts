import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
 * What importing an entry point adds to a node start that imports an empty module file, in
 * milliseconds, and (for information) to a bare `node -e` start. An application's own entry is
 * a module file, so Node has set up its file loader (resolution, reading, the module job; about
 * a third of what importing this package added to `node -e`) before any `import` of a package:
 * what the package adds is measured on top of that. The starts alternate, so that a busy moment
 * of the machine weighs on all alike.
 */
export function importCost(
  entry: string,
  runs = 31,
): { bare: number; emptyModule: number; withImport: number } {
  const directory = mkdtempSync(join(tmpdir(), "bench-import-"));
  const empty = join(directory, "empty.mjs");
  writeFileSync(empty, "export {};\n");
  const starts = {
    bare: ["--input-type=module", "-e", "0"],
    emptyModule: ["--input-type=module", "-e", `await import(${JSON.stringify(empty)})`],
    withImport: ["--input-type=module", "-e", `await import(${JSON.stringify(entry)})`],
  };
  const times = { bare: [] as number[], emptyModule: [] as number[], withImport: [] as number[] };
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [name, args] of Object.entries(starts)) {
        times[name as keyof typeof starts].push(spawnMillis(args));
      }
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  return {
    bare: median(times.bare),
    emptyModule: median(times.emptyModule),
    withImport: median(times.withImport),
  };
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
