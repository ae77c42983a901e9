/**
 * npm run docs: renders every API listed in redocly.yaml to site/<name>.html with
 * `redocly build-docs`, and writes site/index.html linking to them. `--preview` then serves
 * site/ on http://127.0.0.1:4173 (npm run docs:preview).
 *
 * Each page renders a docs-only copy of the bundled spec (code samples, consts shown as values,
 * no Servers box for Talkable; see lib/docs-spec.ts). `--inlineBundle` puts Redoc's script into
 * each page, Redoc 3 embeds its styles and uses system fonts, telemetry is off, and the badge's
 * CDN logo is inlined, so the pages load nothing from another host.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { type DocsApi, readDocsApis } from "./lib/docs-apis.js";
import { renderDocsIndex } from "./lib/docs-index.js";
import { makeOffline } from "./lib/docs-offline.js";
import { addPageStyle } from "./lib/docs-page-style.js";
import { serveDocs } from "./lib/docs-serve.js";
import { prepareDocsSpec } from "./lib/docs-spec.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const siteDir = "site"; // relative to root, the children's working directory
const redocly = join(root, "node_modules", ".bin", "redocly");

function runRedocly(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(redocly, args, {
      cwd: root,
      stdio: "inherit",
      // Off for the CLI run and, through the page's options, for the page viewed later.
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    });
    child.on("error", (error) => reject(new Error(`cannot run ${redocly}: ${error.message}`)));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`redocly ${args.join(" ")} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

async function renderApi(api: DocsApi, workDir: string): Promise<void> {
  const bundled: unknown = parse(
    await readFile(join(root, "generated", api.name, "openapi.yaml"), "utf8"),
  );
  if (typeof bundled !== "object" || bundled === null || Array.isArray(bundled))
    throw new Error(`generated/${api.name}/openapi.yaml does not hold a YAML mapping`);
  const specFile = join(workDir, `${api.name}.yaml`);
  await writeFile(specFile, stringify(prepareDocsSpec(api.name, { ...bundled })));
  const output = join(siteDir, `${api.name}.html`);
  await runRedocly(["build-docs", specFile, "--output", output, "--inlineBundle"]);
  const page = join(root, output);
  await writeFile(page, addPageStyle(makeOffline(await readFile(page, "utf8"))));
}

async function main(): Promise<void> {
  const apis = await readDocsApis(root);
  await mkdir(join(root, siteDir), { recursive: true });
  const workDir = await mkdtemp(join(tmpdir(), "docs-"));
  try {
    // One after the other: two Redoc renders at once only fight over a small machine's cores.
    for (const api of apis) await renderApi(api, workDir);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  await writeFile(join(root, siteDir, "index.html"), renderDocsIndex(apis));
  const pages = ["index", ...apis.map((api) => api.name)].map((name) => `${siteDir}/${name}.html`);
  console.log(`docs: wrote ${pages.join(", ")}`);
  if (process.argv.includes("--preview")) await serveDocs(join(root, siteDir), 4173);
}

main().catch((error: unknown) => {
  console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
