import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig, version } from "prettier";

/** The repository's own prettier settings, whatever folder the files are written to. */
const options = await resolveConfig(fileURLToPath(import.meta.url));
const cacheDir = fileURLToPath(
  new URL("../../node_modules/.cache/generate-format/", import.meta.url),
);

const maxAgeMs = 14 * 24 * 60 * 60 * 1000;

/** Forgets entries no run has used for two weeks, so the cache does not grow with every edit. */
async function pruneCache(now = Date.now()): Promise<void> {
  const names = await readdir(cacheDir).catch(() => []);
  for (const name of names) {
    const path = join(cacheDir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > maxAgeMs) await rm(path, { force: true });
  }
}
await pruneCache();

/**
 * Formats a generated file with prettier; the parser follows the file's extension.
 *
 * Prettier takes most of a run on ajv's half-megabyte output, and most runs (`--check`, a
 * regenerate after a docs-only edit) format the same text again: so results are cached by a hash
 * of everything that decides them (text, parser, options, prettier's version).
 */
export async function formatGenerated(path: string, text: string): Promise<string> {
  const parser = path.slice(path.lastIndexOf(".") + 1);
  const key = createHash("sha256")
    .update(JSON.stringify([version, options, parser, text]))
    .digest("hex");
  const cached = join(cacheDir, key);
  const hit = await readFile(cached, "utf8").catch(() => undefined);
  if (hit !== undefined) {
    const now = new Date();
    await utimes(cached, now, now).catch(() => undefined);
    return hit;
  }
  const formatted = await format(text, { ...options, filepath: path });
  await mkdir(cacheDir, { recursive: true });
  // Written aside then renamed, so a run sharing the cache never reads half a file.
  const partial = `${cached}.${process.pid}`;
  await writeFile(partial, formatted);
  await rename(partial, cached);
  return formatted;
}
