import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDir, repoRoot } from "./cli-process.js";

const exec = promisify(execFile);
const self = "talkable-emma-webhooks";

/** Every installed package under `modules` (nested and scoped ones too), by name. */
function installedPackages(modules: string, found = new Map<string, string>()) {
  for (const name of readdirSync(modules)) {
    if (name.startsWith(".")) continue;
    const path = join(modules, name);
    if (name.startsWith("@")) {
      installedPackages(path, found);
      continue;
    }
    const manifest = JSON.parse(readFileSync(join(path, "package.json"), "utf8")) as {
      name: string;
    };
    found.set(manifest.name, path);
    const nested = join(path, "node_modules");
    if (statSync(nested, { throwIfNoEntry: false })?.isDirectory())
      installedPackages(nested, found);
  }
  return found;
}

/** The bytes of every file under `path` (not counting nested node_modules twice). */
function sizeOf(path: string): number {
  const entry = statSync(path);
  if (!entry.isDirectory()) return entry.size;
  return readdirSync(path)
    .filter((name) => name !== "node_modules")
    .reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** What the README's install section promises: `adds **N packages**` and `(about K kB)`. */
function readmePromise(): { packages: number; dependencyKb: number } {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Install"), readme.indexOf("## What is in"));
  const packages = Number(/adds \*\*(\d+) packages\*\*/.exec(section)?.[1]);
  const dependencyKb = Number(/dependencies \(about (\d+) kB\)/.exec(section)?.[1]);
  return { packages, dependencyKb };
}

describe("a receiver's install of the packed tarball (npm install --omit=dev)", () => {
  const project = join(freshDir(), "shop");
  let packages = new Map<string, string>();
  let npmSaid = "";

  beforeAll(async () => {
    const dir = join(project, "..");
    const { stdout } = await exec("npm", ["pack", repoRoot, "--pack-destination", dir, "--silent"]);
    const tarball = join(dir, stdout.trim().split("\n").at(-1) ?? "");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "shop", private: true }));
    // No --legacy-peer-deps: npm installs what the package says a user needs, and no more.
    const install = await exec(
      "npm",
      ["install", tarball, "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline"],
      { cwd: project, timeout: 90_000 },
    );
    npmSaid = install.stdout + install.stderr;
    packages = installedPackages(join(project, "node_modules"));
  }, 120_000);

  it("adds no msw, openapi-msw, bullmq nor ioredis: they are optional peers", () => {
    // npm warned about msw's install script while openapi-msw pulled msw in.
    expect(npmSaid).not.toMatch(/msw|install-scripts/);
    expect([...packages.keys()]).toContain(self);
    for (const peer of ["msw", "openapi-msw", "bullmq", "ioredis"]) {
      expect([...packages.keys()]).not.toContain(peer);
    }
  });

  it("adds the packages and the dependency size the README states", () => {
    const promise = readmePromise();
    expect(packages.size).toBe(promise.packages);
    const dependencyBytes = [...packages]
      .filter(([name]) => name !== self)
      .reduce((sum, [, path]) => sum + sizeOf(path), 0);
    // Patch releases of the dependencies move the size a little, never by a quarter.
    expect(dependencyBytes / 1000).toBeGreaterThan(promise.dependencyKb * 0.75);
    expect(dependencyBytes / 1000).toBeLessThan(promise.dependencyKb * 1.25);
  });

  it("runs a receiver from the install, without any optional peer", async () => {
    const code = `
      import { createTalkableWebhooks } from "${self}/talkable";
      import { talkableDelivery } from "${self}/testing";
      const webhooks = createTalkableWebhooks({ key: "k" });
      const answer = await webhooks.handle(talkableDelivery("referral_web_hook", { key: "k" }));
      console.log(answer.status);`;
    const { stdout } = await exec(process.execPath, ["--input-type=module", "-e", code], {
      cwd: project,
    });
    expect(stdout.trim()).toBe("200");
  });
});
