/** Which APIs `npm run docs` renders, and what the index page says about each. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

/** One API of redocly.yaml, with the counts its index entry shows. */
export interface DocsApi {
  /** The redocly.yaml alias, e.g. `talkable@webhooks`. */
  readonly alias: string;
  /** The part before `@`: names the page (`site/<name>.html`) and the `generated/<name>/` folder. */
  readonly name: string;
  /** `info.title` of the bundled spec. */
  readonly title: string;
  readonly webhooks: number;
  /** Operations under `paths` (Emma's management API; Talkable has none). */
  readonly operations: number;
}

const httpMethods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function readYaml(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, "utf8").catch((error: unknown) => {
    throw new Error(`cannot read ${path} (run \`npm run generate\` first?)`, { cause: error });
  });
  const doc: unknown = parse(text);
  if (!isRecord(doc)) throw new Error(`${path} does not hold a YAML mapping`);
  return doc;
}

function countOperations(paths: unknown): number {
  if (!isRecord(paths)) return 0;
  return Object.values(paths)
    .filter(isRecord)
    .reduce((sum, item) => sum + Object.keys(item).filter((key) => httpMethods.has(key)).length, 0);
}

async function describeApi(root: string, alias: string): Promise<DocsApi> {
  const name = alias.split("@")[0] ?? "";
  // The name becomes a file and folder name: keep it to what the aliases look like today.
  if (!/^[a-z0-9-]+$/.test(name))
    throw new Error(`redocly.yaml alias ${alias} does not start with a plain name`);
  const spec = await readYaml(join(root, "generated", name, "openapi.yaml"));
  const info = isRecord(spec["info"]) ? spec["info"] : {};
  return {
    alias,
    name,
    title: typeof info["title"] === "string" ? info["title"] : name,
    webhooks: isRecord(spec["webhooks"]) ? Object.keys(spec["webhooks"]).length : 0,
    operations: countOperations(spec["paths"]),
  };
}

/**
 * Lists the APIs of `<root>/redocly.yaml` in its order, counted from the bundled specs in
 * `<root>/generated/<name>/openapi.yaml`.
 *
 * @example
 * const apis = await readDocsApis(process.cwd());
 * // [{ alias: "talkable@webhooks", name: "talkable", title: "Talkable webhooks", webhooks: 9, operations: 0 }, ...]
 */
export async function readDocsApis(root: string): Promise<DocsApi[]> {
  const config = await readYaml(join(root, "redocly.yaml"));
  const aliases = isRecord(config["apis"]) ? Object.keys(config["apis"]) : [];
  if (aliases.length === 0) throw new Error("redocly.yaml lists no APIs under `apis`");
  return Promise.all(aliases.map((alias) => describeApi(root, alias)));
}
