import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { startApp } from "./cli-app.js";
import { assertBuilt, cliPath, freshDir, repoRoot, runShell } from "./cli-process.js";
import { freePort } from "../support/free-port.js";

const exec = promisify(execFile);

/** The README's tools session: its command lines and the output lines shown under them. */
function readmeSession(): { commands: string[]; output: string[] } {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const tools = readme.slice(readme.indexOf("## Tools"));
  const block = /```console\n([\s\S]*?)```/.exec(tools)?.[1] ?? "";
  const lines = block.trimEnd().split("\n");
  return {
    commands: lines.filter((line) => line.startsWith("$ ")).map((line) => line.slice(2)),
    output: lines.filter((line) => !line.startsWith("$ ")),
  };
}

/** Ids, times, sizes and durations differ from run to run; the words around them may not. */
const normalize = (line: string) =>
  line.replace(/\b(?:[\da-z]{13}|[\da-f]{12})\b/g, "ID").replace(/\d+/g, "N");

describe("the README's tools session", () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((child) => child.kill("SIGTERM")));

  it("runs as shown: listen, send, replay to an app built with this package", async () => {
    assertBuilt();
    const session = readmeSession();
    expect(session.commands).toHaveLength(3);
    const cwd = freshDir();
    const app = await startApp();
    const port = String(await freePort());
    const appPort = new URL(app.url).port;
    const env = { ...process.env, NO_COLOR: "1", TALKABLE_KEY: "app-key" };
    const commands = session.commands.map((command) =>
      command
        .replace("npx talkable-emma-webhooks", `exec "${process.execPath}" "${cliPath}"`)
        .replaceAll("4000", port)
        .replaceAll("localhost:3000", `127.0.0.1:${appPort}`),
    );
    let printed = "";
    const listen = spawn("sh", ["-c", (commands[0] ?? "").replace(/ &$/, "")], { cwd, env });
    children.push(listen);
    listen.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    listen.stderr.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    await expect.poll(() => printed, { timeout: 15_000 }).toContain("listening on");
    for (const command of commands.slice(1)) {
      const run = await exec("sh", ["-c", command], { cwd, env });
      printed += run.stdout;
    }
    await expect.poll(() => printed).toMatch(/referral_web_hook .* valid → 200/);
    const shown = printed
      .replaceAll(port, "4000")
      .replaceAll(`127.0.0.1:${appPort}`, "localhost:3000");
    const actual = new Set(shown.split("\n").map(normalize));
    for (const line of session.output) expect(actual).toContain(normalize(line));
    expect(app.handled).toEqual(["referral_web_hook"]);
    await app.close();
  });
});

describe("the packed package", () => {
  it(
    "answers `npx talkable-emma-webhooks --help` from an installed tarball",
    { timeout: 90_000 },
    async () => {
      assertBuilt();
      const dir = freshDir();
      const { stdout } = await exec(
        "npm",
        ["pack", repoRoot, "--pack-destination", dir, "--silent"],
        { cwd: dir },
      );
      const tarball = stdout.trim().split("\n").at(-1) ?? "";
      const project = join(dir, "project");
      mkdirSync(project);
      writeFileSync(join(project, "package.json"), JSON.stringify({ name: "shop", private: true }));
      // Every dependency is already in npm's cache from the repo's own install; peers (msw for
      // openapi-msw, the optional queue peers) are skipped: the bin needs none of them.
      await exec(
        "npm",
        [
          "install",
          join(dir, tarball),
          "--no-audit",
          "--no-fund",
          "--prefer-offline",
          "--ignore-scripts",
          "--legacy-peer-deps",
        ],
        { cwd: project, timeout: 60_000 },
      );
      expect(readdirSync(join(project, "node_modules/.bin"))).toContain("talkable-emma-webhooks");
      const help = await exec("npx", ["--no-install", "talkable-emma-webhooks", "--help"], {
        cwd: project,
      });
      expect(help.stdout).toContain("Usage: talkable-emma-webhooks [options] [command]");
      for (const command of ["send", "listen", "validate", "replay", "examples"]) {
        expect(help.stdout).toContain(`${command} [options]`);
      }
      const run = await runShell(
        "npx --no-install talkable-emma-webhooks examples member_signup",
        project,
      );
      expect(JSON.parse(run.stdout)).toHaveProperty("member_id");
    },
  );
});
