import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const smoke = fileURLToPath(new URL("smoke.mjs", import.meta.url));

/** A runtime's binary, as scripts/ensure-runtimes.sh installs it from npm into .runtimes/. */
function runtimeBin(folder: string, name: string): string {
  return fileURLToPath(new URL(`.runtimes/${folder}/node_modules/.bin/${name}`, `file://${root}`));
}

const runtimes = [
  { name: "Node 22", bin: runtimeBin("node22", "node"), args: [], reports: /^node 22\./ },
  { name: "Node 24", bin: runtimeBin("node24", "node"), args: [], reports: /^node 24\./ },
  { name: "Bun", bin: runtimeBin("bun", "bun"), args: [], reports: /^bun 1\./ },
  {
    name: "Deno",
    bin: runtimeBin("deno", "deno"),
    // Files, environment and loopback only: the smoke test reaches nothing else.
    args: ["run", "--allow-read", "--allow-env", "--allow-net=127.0.0.1"],
    reports: /^deno 2\./,
  },
];

/** What every runtime must see; the same for all of them. */
const expected = {
  talkable: {
    valid: { status: 200 },
    forged: { status: 401, code: "unauthorized" },
    handled: ["referral_web_hook:object"],
  },
  emma: {
    valid: { status: 200 },
    forged: { status: 401, code: "unauthorized" },
    handled: ["message_click:object"],
  },
  node: {
    valid: { status: 200 },
    forged: { status: 401, code: "unauthorized" },
    handled: ["referral_web_hook:object"],
  },
  msw: { listed: 200, created: [200, "number"], grew: 1 },
};

describe("the built package under other runtimes (dist/, through package.json exports)", () => {
  it.each(runtimes)("$name: receivers, the Node adapter, msw and the Emma client", async (rt) => {
    if (!existsSync(new URL("dist/talkable.js", `file://${root}`))) {
      throw new Error("dist/ is missing: run `npm run compile` first (`npm test` does)");
    }
    if (!existsSync(rt.bin)) {
      throw new Error(
        `${rt.name} is not installed at ${rt.bin}: run \`sh scripts/ensure-runtimes.sh\` (the pretest step of \`npm test\`)`,
      );
    }
    const { stdout } = await run(rt.bin, [...rt.args, smoke], {
      cwd: root,
      timeout: 30_000,
      env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
    });
    const { runtime, ...seen } = JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as {
      runtime: string;
    };
    expect(runtime).toMatch(rt.reports);
    expect(seen).toEqual(expected);
  });
});
