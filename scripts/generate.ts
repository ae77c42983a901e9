/**
 * npm run generate: rewrites generated/ from the hand-written specs in openapi/.
 * npm run generate:check (`--check`): writes nothing, fails when generated/ is stale.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { stringify } from "yaml";
import { bundleSpec } from "./lib/bundle.js";
import { emitApiExampleModule } from "./lib/emit-api-examples.js";
import { emitExampleModule, emitWebhookModule } from "./lib/emit-modules.js";
import { emitTypes } from "./lib/emit-types.js";
import { emitValidatorModule } from "./lib/emit-validator-module.js";
import { generatedHeader } from "./lib/header.js";
import { readOperationBodies, readWebhooks } from "./lib/spec-model.js";
import { type VendorConfig, vendors } from "./lib/vendors.js";

const outDir = "generated";

async function renderVendor(vendor: VendorConfig): Promise<Map<string, string>> {
  const doc = await bundleSpec(vendor.root);
  const hooks = readWebhooks(doc, vendor);
  const bodies = readOperationBodies(doc);
  const header = generatedHeader(vendor.root);
  const dir = join(outDir, vendor.id);
  const files = new Map<string, string>([
    [join(dir, "openapi.yaml"), header.replaceAll("//", "#") + stringify(doc, { lineWidth: 0 })],
    [join(dir, "types.ts"), header + (await emitTypes(doc))],
    [join(dir, "webhooks.ts"), header + emitWebhookModule(vendor, hooks)],
    [join(dir, "examples.ts"), header + emitExampleModule(vendor, hooks)],
    [join(dir, "validators.ts"), header + emitValidatorModule(vendor, doc, hooks, bodies)],
  ]);
  if (bodies.length > 0) {
    files.set(join(dir, "api-examples.ts"), header + emitApiExampleModule(vendor, bodies));
  }
  return files;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function check(files: Map<string, string>): Promise<string[]> {
  const stale: string[] = [];
  for (const [path, text] of files) {
    const current = await readFile(path, "utf8").catch(() => undefined);
    if (current !== text) stale.push(current === undefined ? `${path} (missing)` : path);
  }
  for (const path of await listFiles(outDir)) {
    if (!files.has(path)) stale.push(`${path} (not written by the generator)`);
  }
  return stale;
}

async function main(): Promise<void> {
  const files = new Map<string, string>();
  for (const vendor of vendors) {
    for (const [path, text] of await renderVendor(vendor)) files.set(path, text);
  }
  if (process.argv.includes("--check")) {
    const stale = await check(files);
    if (stale.length > 0) {
      console.error(`generated/ is stale; run npm run generate:\n  ${stale.join("\n  ")}`);
      process.exitCode = 1;
      return;
    }
    console.log(`generated/ is up to date (${files.size} files).`);
    return;
  }
  for (const [path, text] of files) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  console.log(`wrote ${files.size} files under ${relative(".", outDir)}/`);
}

await main();
