/**
 * npm run docs: renders every API listed in redocly.yaml to site/<name>.html with
 * `redocly build-docs`, and writes site/index.html linking to them.
 *
 * `--inlineBundle` puts Redoc's script into each page (no CDN), Redoc 3 embeds its styles and
 * uses system fonts, and telemetry is off, so the pages render from disk without a network.
 */
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DocsApi, readDocsApis } from "./lib/docs-apis.js";
import { renderDocsIndex } from "./lib/docs-index.js";

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

async function renderApi(api: DocsApi): Promise<void> {
  const output = join(siteDir, `${api.name}.html`);
  await runRedocly(["build-docs", api.alias, "--output", output, "--inlineBundle"]);
}

async function main(): Promise<void> {
  const apis = await readDocsApis(root);
  await mkdir(join(root, siteDir), { recursive: true });
  // One after the other: two Redoc renders at once only fight over a small machine's cores.
  for (const api of apis) await renderApi(api);
  await writeFile(join(root, siteDir, "index.html"), renderDocsIndex(apis));
  const pages = ["index", ...apis.map((api) => api.name)].map((name) => `${siteDir}/${name}.html`);
  console.log(`docs: wrote ${pages.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
