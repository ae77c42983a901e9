/**
 * npm run generate: rewrites generated/ from the hand-written specs in openapi/.
 * npm run generate:check (`--check`): writes nothing, fails when generated/ is stale.
 * `--spec-dir <dir>` and `--out-dir <dir>` read and write elsewhere (the generator's tests).
 *
 * A problem in the spec fails the run like a compiler error: one `file:line:col pointer message`
 * line per problem on stderr, exit code 1.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { bundleSpec } from "./lib/bundle.js";
import { checkExamples, checkTags, type CompiledExports } from "./lib/check-spec.js";
import { emitApiExampleModule } from "./lib/emit-api-examples.js";
import { emitDriftModule } from "./lib/emit-drift.js";
import { emitExampleModule, emitWebhookModule } from "./lib/emit-modules.js";
import { emitTypes } from "./lib/emit-types.js";
import { emitValidatorModule, validatorTargets } from "./lib/emit-validator-module.js";
import { compileValidators } from "./lib/emit-validators.js";
import { formatGenerated } from "./lib/format.js";
import { generatedHeader } from "./lib/header.js";
import { createLocator } from "./lib/locate.js";
import { SpecError, SpecErrors } from "./lib/spec-error.js";
import { readOperationBodies, readWebhooks } from "./lib/spec-model.js";
import { type VendorConfig, vendors } from "./lib/vendors.js";

const { values: args } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    "spec-dir": { type: "string", default: "openapi" },
    "out-dir": { type: "string", default: "generated" },
  },
});
const specDir = args["spec-dir"];
const outDir = args["out-dir"];
/** Hand-written modules that generated/ carries as they are, so that it imports nothing else. */
const templates = [
  "scripts/lib/templates/drift-node.ts",
  "scripts/lib/templates/standard-schema.ts",
  "scripts/lib/templates/validator.ts",
];

/** Loads the compiled validators the way the package will, to check the examples with them. */
async function loadCompiled(js: string) {
  const url = `data:text/javascript;base64,${Buffer.from(js).toString("base64")}`;
  return (await import(url)) as CompiledExports;
}

async function renderVendor(vendor: VendorConfig): Promise<Map<string, string>> {
  const root = join(specDir, vendor.file);
  const doc = await bundleSpec(root);
  const locate = createLocator(root);
  const hooks = readWebhooks(doc, vendor, locate);
  const bodies = readOperationBodies(doc);
  const compiled = compileValidators(doc, validatorTargets(hooks, bodies));
  const problems = [
    ...checkTags(doc, vendor, hooks, locate),
    ...checkExamples(await loadCompiled(compiled.js), hooks, bodies, locate),
  ];
  if (problems.length > 0) throw new SpecErrors(problems);
  const header = generatedHeader(`openapi/${vendor.file}`);
  // Other tools' output keeps their style (openapi-typescript's index signatures and `unknown &`
  // intersections, ajv's unused parameters): lint rules are for code written here.
  const toolHeader = `${header}/* eslint-disable */\n`;
  const dir = join(outDir, vendor.id);
  const files = new Map<string, string>([
    [
      join(dir, "openapi.yaml"),
      generatedHeader(`openapi/${vendor.file}`, "#") + stringify(doc, { lineWidth: 0 }),
    ],
    [join(dir, "types.ts"), toolHeader + (await emitTypes(doc))],
    [join(dir, "webhooks.ts"), header + emitWebhookModule(vendor, hooks)],
    [join(dir, "examples.ts"), header + emitExampleModule(vendor, hooks)],
    [join(dir, "validators.ts"), header + emitValidatorModule(vendor, hooks, bodies)],
    [join(dir, "drift.ts"), header + emitDriftModule(vendor, hooks, doc, locate, specDir)],
    [join(dir, "ajv-validators.js"), toolHeader + compiled.js],
    [join(dir, "ajv-validators.d.ts"), header + compiled.dts],
  ]);
  if (bodies.length > 0) {
    files.set(join(dir, "api-examples.ts"), header + emitApiExampleModule(vendor, bodies));
  }
  return files;
}

/** Every file of generated/, formatted; spec problems of both vendors are collected first. */
async function render(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const template of templates) {
    const text = await readFile(template, "utf8");
    files.set(join(outDir, basename(template)), generatedHeader(template) + text);
  }
  const problems: SpecError[] = [];
  for (const vendor of vendors) {
    try {
      for (const [path, text] of await renderVendor(vendor)) files.set(path, text);
    } catch (error) {
      if (error instanceof SpecErrors) problems.push(...error.errors);
      else if (error instanceof SpecError) problems.push(error);
      else throw error;
    }
  }
  if (problems.length > 0) throw new SpecErrors(problems);
  const formatted = await Promise.all(
    [...files].map(async ([path, text]) => [path, await formatGenerated(path, text)] as const),
  );
  return new Map(formatted);
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
  const files = await render();
  if (args.check) {
    const stale = await check(files);
    if (stale.length > 0) {
      console.error(`${outDir}/ is stale; run npm run generate:\n  ${stale.join("\n  ")}`);
      process.exitCode = 1;
      return;
    }
    console.log(`${outDir}/ is up to date (${files.size} files).`);
    return;
  }
  for (const [path, text] of files) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  console.log(`wrote ${files.size} files under ${relative(".", outDir)}/`);
}

try {
  await main();
} catch (error) {
  // Spec problems are the author's to fix, so they print as compiler errors, without a stack.
  if (!(error instanceof SpecErrors || error instanceof SpecError)) {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  }
  const list = error instanceof SpecErrors ? error.errors : [error];
  // A file that fails to parse is reported once per `$ref` into it; once is enough.
  for (const line of new Set(list.map((problem) => problem.format()))) console.error(line);
  process.exitCode = 1;
}
