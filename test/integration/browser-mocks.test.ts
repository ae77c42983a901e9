import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.js";

const root = new URL("../../", import.meta.url);
const page = fileURLToPath(new URL("test/browser/mock-page.ts", root));
const workerScript = fileURLToPath(new URL("node_modules/msw/lib/mockServiceWorker.js", root));

/** Resolves the package's own subpaths to its sources, as vitest.config.ts does for the tests. */
const packageSources: Plugin = {
  name: "package-sources",
  setup(bundler) {
    bundler.onResolve({ filter: /^talkable-emma-webhooks\/[a-z]+(?:\/[a-z]+)?$/ }, ({ path }) => ({
      path: fileURLToPath(new URL(`src/${path.slice(path.indexOf("/") + 1)}/index.ts`, root)),
    }));
  },
};

async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [page],
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
    plugins: [packageSources],
  });
  return result.outputFiles[0]?.text ?? "";
}

/** Serves the page, its bundle and msw's service worker from 127.0.0.1 (a secure context). */
async function serve(script: string, worker: string): Promise<Server> {
  const files: Record<string, [string, string]> = {
    "/": [
      "text/html",
      '<!doctype html><meta charset="utf-8"><title>webhooks</title><link rel="icon" href="data:,"><script type="module" src="/page.js"></script>',
    ],
    "/page.js": ["text/javascript", script],
    "/mockServiceWorker.js": ["text/javascript", worker],
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? "/", "http://127.0.0.1").pathname];
    response.writeHead(file ? 200 : 404, { "content-type": file?.[0] ?? "text/plain" });
    response.end(file?.[1] ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

let browser: Browser | undefined;
let server: Server | undefined;

beforeAll(async () => {
  const [script, worker] = await Promise.all([bundlePage(), readFile(workerScript, "utf8")]);
  server = await serve(script, worker);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("emmaApiHandlers in a real browser (setupWorker, headless Chromium)", () => {
  it("runs the README's page: seeded list, typed override, injected failure, reset", async () => {
    if (!browser || !server) throw new Error("the browser or the server did not start");
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no TCP address");
    const { port } = address;
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on("pageerror", (error) => problems.push(error.message));
    tab.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForSelector("body[data-state]", { timeout: 15_000 });

    // The only console error: Chromium's note on the failure the page injected.
    expect(problems).toEqual([
      "Failed to load resource: the server responded with a status of 401 (Unauthorized)",
    ]);
    expect(await tab.getAttribute("body", "data-state")).toBe("ready");
    const shown = await tab.$$eval("ul[data-step]", (lists) =>
      lists.map((list) => [
        list.dataset["step"],
        [...list.querySelectorAll("li")].map((item) => item.textContent),
      ]),
    );
    const seeded = "https://shop.example/emma?token=t";
    expect(shown).toEqual([
      ["seeded", [seeded, "https://shop.example/from-the-browser"]],
      ["override", ["https://shop.example/optout"]],
      ["failure", ["Could not load webhooks: Authorization failed."]],
      ["reset", [seeded]],
    ]);
    const controlled = await tab.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(controlled).toBe(`http://127.0.0.1:${port}/mockServiceWorker.js`);
    await tab.close();
  });
});
