import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { emmaEventNames } from "talkable-emma-webhooks/emma";
import { talkableWebhookTypes } from "talkable-emma-webhooks/talkable";
import { talkableFixture } from "talkable-emma-webhooks/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { launchChromium } from "../support/chromium.js";
import { decodePng, describePixels } from "../support/png.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const siteDir = join(root, "site");
const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Emma's management operations, from the bundled spec the docs were made from. */
async function readEmmaOperations(): Promise<
  { method: string; path: string; summary: string; tag: string }[]
> {
  const spec = z
    .object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) })
    .parse(parse(await readFile(join(root, "generated/emma/openapi.yaml"), "utf8")));
  const operation = z.object({ summary: z.string(), tags: z.tuple([z.string()]).rest(z.string()) });
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => httpMethods.includes(method))
      .map(([method, value]) => {
        const { summary, tags } = operation.parse(value);
        return { method: method.toUpperCase(), path, summary, tag: tags[0] };
      }),
  );
}

interface OpenedPage {
  readonly page: Page;
  /** Requests for anything but the page's own file, which the test aborted: no network. */
  readonly blocked: { url: string; type: string }[];
  /** Requests that failed (an aborted one included). */
  readonly failed: string[];
  readonly errors: string[];
}

let browser: Browser;
let context: BrowserContext;

async function openSitePage(file: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const opened: OpenedPage = { page, blocked: [], failed: [], errors: [] };
  page.on("pageerror", (error) => opened.errors.push(error.message));
  page.on("requestfailed", (request) => opened.failed.push(request.url()));
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (/^(?:file|data):/.test(request.url())) return route.continue();
    opened.blocked.push({ url: request.url(), type: request.resourceType() });
    return route.abort();
  });
  await page.goto(pathToFileURL(join(siteDir, file)).href);
  return opened;
}

/** Waits until Redoc's script took over the server-rendered page (React marks its root). */
async function waitForRedoc(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const container = document.getElementById("redoc");
    return (
      container !== null && Object.keys(container).some((key) => key.startsWith("__reactContainer"))
    );
  });
}

/**
 * Scrolls from top to bottom a screen at a time and returns all the text shown on the way
 * (whitespace collapsed): Redoc mounts sections only near the viewport.
 */
async function readWhileScrolling(page: Page): Promise<string> {
  const text = await page.evaluate(async () => {
    const seen: string[] = [];
    const settle = () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 60)));
    window.scrollTo(0, 0);
    for (let step = 0, atBottom = 0; step < 400 && atBottom < 3; step++) {
      await settle();
      seen.push(document.body.innerText);
      const bottom =
        window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      atBottom = bottom ? atBottom + 1 : 0;
      window.scrollBy(0, Math.round(window.innerHeight * 0.8));
    }
    return seen.join("\n");
  });
  return text.replace(/\s+/g, " ");
}

/** Saves a screenshot of what `target` shows, and checks it is a real picture, not a blank. */
async function expectRenderedScreenshot(target: Page | Locator, name: string): Promise<void> {
  const png = await target.screenshot({ type: "png" });
  await writeFile(join(siteDir, "screenshots", `${name}.png`), png);
  const { distinctColours, unlikeCorner } = describePixels(decodePng(png));
  expect(distinctColours).toBeGreaterThanOrEqual(3);
  expect(unlikeCorner).toBeGreaterThan(0.02);
}

/** The page asked for nothing beyond its own file, and no request failed. */
function expectNoNetworkNeeded({ blocked, failed, errors }: OpenedPage): void {
  expect(blocked).toEqual([]);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
}

beforeAll(async () => {
  await promisify(execFile)(join(root, "node_modules/.bin/tsx"), ["scripts/build-docs.ts"], {
    cwd: root,
  });
  await mkdir(join(siteDir, "screenshots"), { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("npm run docs", () => {
  it("writes an index page that links to both references and counts what they hold", async () => {
    const operations = await readEmmaOperations();
    const opened = await openSitePage("index.html");
    const { page } = opened;
    await expect(page.locator("h1").textContent()).resolves.toContain("talkable-emma-webhooks");
    const entries = [
      { href: "talkable.html", counts: `${talkableWebhookTypes.length} webhooks` },
      {
        href: "emma.html",
        counts: `${emmaEventNames.length} webhooks and ${operations.length} management operations`,
      },
    ];
    for (const { href, counts } of entries) {
      const link = page.locator(`a[href="${href}"]`);
      await expect(link.count()).resolves.toBe(1);
      await expect(page.locator("li", { has: link }).innerText()).resolves.toContain(counts);
      expect(existsSync(fileURLToPath(new URL(href, page.url())))).toBe(true);
    }
    // The page is mostly margin at 1280×900: picture the content itself.
    await expectRenderedScreenshot(page.locator("main"), "index");
    expect(opened.blocked).toEqual([]);
    await page.close();
  });

  it("renders every Talkable webhook, offline", async () => {
    const opened = await openSitePage("talkable.html");
    const { page } = opened;
    await waitForRedoc(page);
    await expectRenderedScreenshot(page, "talkable");
    // Redoc lists each webhook under its tag by method and name ("POST referral_web_hook").
    const text = await readWhileScrolling(page);
    for (const type of talkableWebhookTypes) expect(text).toContain(`POST ${type}`);
    expect(text).not.toContain("The OpenAPI default"); // no Servers box for posted webhooks
    expectNoNetworkNeeded(opened);
    await page.close();
  }, 60_000);

  it("shows the referral's decoded payload as JSON and a cURL sample, offline", async () => {
    const opened = await openSitePage("talkable.html");
    const { page } = opened;
    await waitForRedoc(page);
    await page.goto(`${page.url()}#tag/Referral/operation/referral_web_hook`);
    const decoded = page.getByRole("heading", { name: "Decoded body (JSON)" });
    await decoded.waitFor({ state: "visible", timeout: 10_000 });
    const blocks = await page.locator("pre").allInnerTexts();
    const example = talkableFixture("referral_web_hook");
    const json = blocks.find(
      (text) => text.trimStart().startsWith("{") && text.includes('"payload"'),
    );
    expect(json, "a JSON block with the decoded body").toBeDefined();
    expect(JSON.parse(json ?? "null")).toMatchObject({
      type: "referral_web_hook",
      payload: example,
    });
    const curl = blocks.find((text) => text.startsWith("curl "));
    expect(curl).toContain("--data-urlencode 'type=referral_web_hook'");
    await expect(
      page.getByRole("heading", { name: "SDK handler" }).count(),
    ).resolves.toBeGreaterThan(0);
    await expect(page.getByRole("heading", { name: "CLI" }).count()).resolves.toBeGreaterThan(0);
    await expectRenderedScreenshot(page, "talkable-referral");
    expectNoNetworkNeeded(opened);
    await page.close();
  }, 60_000);

  it("renders every Emma event and management operation, offline", async () => {
    const operations = await readEmmaOperations();
    const opened = await openSitePage("emma.html");
    const { page } = opened;
    await waitForRedoc(page);
    await expectRenderedScreenshot(page, "emma");
    const text = await readWhileScrolling(page);
    for (const name of emmaEventNames) expect(text).toContain(`POST ${name}`);
    for (const { method, path } of operations) expect(text).toContain(`${method} ${path}`);
    // Summaries show in the sidebar, under their tag once it is opened.
    for (const tag of new Set(operations.map((operation) => operation.tag))) {
      await page.getByRole("link", { name: tag, exact: true }).first().click();
      for (const { summary } of operations.filter((operation) => operation.tag === tag)) {
        const link = page.getByRole("link", { name: summary }).first();
        await link.waitFor({ state: "visible", timeout: 5_000 });
        await expect(link.isVisible()).resolves.toBe(true);
      }
    }
    expectNoNetworkNeeded(opened);
    await page.close();
  }, 60_000);

  it("shows Emma's event_name const as its value, not as `any`", async () => {
    const opened = await openSitePage("emma.html");
    const { page } = opened;
    await waitForRedoc(page);
    await page.goto(`${page.url()}#tag/Member-events/operation/member_signup`);
    await page.waitForFunction(() => document.body.innerText.includes('Value:\n"member_signup"'));
    const text = (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, " ");
    expect(text).toContain('event_name string required Value: "member_signup"');
    expect(text).not.toMatch(/event_name any/);
    expectNoNetworkNeeded(opened);
    await page.close();
  }, 60_000);
});
