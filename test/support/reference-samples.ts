import { readFileSync, readdirSync } from "node:fs";

/** The vendors' samples and seeds the tests read, copied into the repository (see its README). */
export const vendorRoot = new URL("../fixtures/vendor/", import.meta.url);
export const seedsRoot = new URL("seeds/", vendorRoot);

/** One reference JSON file, parsed. */
export interface ReferenceFile {
  /** The file name, without folder: `referral_web_hook.json`. */
  readonly file: string;
  readonly value: unknown;
}

function readJson(url: URL): unknown {
  const value: unknown = JSON.parse(readFileSync(url, "utf8"));
  return value;
}

/** Every `*.json` file of one folder under `test/fixtures/vendor/`, sorted by name. */
export function readReferenceJson(folder: string): ReferenceFile[] {
  const dir = new URL(folder, vendorRoot);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => ({ file, value: readJson(new URL(file, dir)) }));
}

/** What a seed's cURL example sends: the decoded `payload` field and the `type` field, if any. */
export interface SeedCurl {
  readonly file: string;
  readonly type: string | undefined;
  readonly payload: unknown;
}

/**
 * Reads the cURL example of the seed whose name starts with `prefix` (`000`, `001`, ...).
 * Only the command is read, from its `curl` line on: some seeds' sample payload blocks
 * above it are not valid JSON. The vendor's commands quote the form with `'...'` and send
 * the JSON raw, so the payload runs from `payload={` to the first `}'`.
 */
export function readSeedCurl(prefix: string): SeedCurl {
  const file = readdirSync(seedsRoot).find((name) => name.startsWith(`${prefix}_`));
  if (file === undefined) throw new Error(`no seed ${prefix}_* in ${seedsRoot.pathname}`);
  const text = readFileSync(new URL(file, seedsRoot), "utf8");
  const start = text.search(/^\s*curl\s/m);
  const command = start < 0 ? "" : text.slice(start);
  const payload = /payload=(\{.*?\})'/s.exec(command)?.[1];
  if (payload === undefined) throw new Error(`no payload=... in the cURL example of ${file}`);
  const parsed: unknown = JSON.parse(payload);
  return { file, type: /\btype=(\w+)/.exec(command)?.[1], payload: parsed };
}
