// listen records real-shaped deliveries that stray from the spec; `drift --patch` proposes the
// spec change; the patch applies with `git apply` to a copy of the repository, `npm run
// generate` regenerates it, and the regenerated package then finds no drift in them at all.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Listener,
  assertBuilt,
  freshDir,
  repoRoot,
  runCli,
  startListen,
} from "./cli-process.js";

const key = "drift-fixture-key";
const token = "drift-cli-token";
const fixture = (name: string) => readFileSync(join(repoRoot, "test/fixtures", name), "utf8");

function run(command: string, args: readonly string[], cwd: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(command, args, { cwd, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** The files `npm run generate` and the CLI's sources need, with this checkout's node_modules. */
function copyRepository(): string {
  const copy = freshDir();
  for (const entry of ["openapi", "scripts", "src", "generated", "examples"]) {
    cpSync(join(repoRoot, entry), join(copy, entry), { recursive: true });
  }
  for (const file of ["package.json", "tsconfig.json", ".prettierrc.json", "redocly.yaml"]) {
    cpSync(join(repoRoot, file), join(copy, file));
  }
  symlinkSync(join(repoRoot, "node_modules"), join(copy, "node_modules"), "dir");
  return copy;
}

async function post(url: string, body: string, contentType: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });
  return response.status;
}

interface Summary {
  accepted: number;
  refused: number;
  places: { kind: string; pointer: string; spec: { file: string; pointer: string } }[];
}

describe("drift --patch turns recorded deliveries into the spec", () => {
  const cwd = freshDir();
  let listener: Listener;

  beforeAll(async () => {
    assertBuilt();
    listener = await startListen(["--json", "--key", key, "--token", token], cwd);
    const testSend = fixture("drift/reward_web_hook__test-send.form.txt");
    expect(
      await post(`${listener.url}/webhooks`, testSend, "application/x-www-form-urlencoded"),
    ).toBe(200);
    const captured = JSON.parse(fixture("emma-real/member_add__hutsoninc-captured.json")) as {
      data: Record<string, unknown>;
    };
    const emma = { ...captured, webhook_id: 9, data: { ...captured.data, source: "import" } };
    const emmaUrl = `${listener.url}/webhooks/emma?token=${token}`;
    expect(await post(emmaUrl, JSON.stringify(emma), "application/json")).toBe(200);
    const sent = await runCli(
      [
        "send",
        "referral_web_hook",
        "--to",
        `${listener.url}/webhooks`,
        "--key",
        key,
        "--test",
        "--set",
        '/campaign/id="593427266"',
      ],
      { cwd },
    );
    expect(sent.code, sent.stderr).toBe(0);
    await listener.line(2);
  });
  afterAll(async () => expect(await listener.stop()).toBe(0));

  it("listen shows the test send, its drift and its event id", async () => {
    const first = JSON.parse(await listener.line(0)) as Record<string, unknown>;
    expect(first).toMatchObject({ type: "reward_web_hook", test: true, valid: true });
    expect(first["id"]).toMatch(/^[\da-f]{64}$/);
    expect((first["drift"] as unknown[]).length).toBe(4);
    const third = JSON.parse(await listener.line(2)) as Record<string, unknown>;
    expect(third).toMatchObject({ type: "referral_web_hook", test: true });
  });

  it("summarises the inbox with counts, first and last seen, and an example", async () => {
    const result = await runCli(["drift", "--json"], { cwd });
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary).toMatchObject({ accepted: 3, refused: 0 });
    expect(summary.places.map((place) => [place.kind, place.pointer])).toEqual(
      expect.arrayContaining([
        ["unknown_value", "/payload/reward/reason"],
        ["unknown_member", "/payload/loyalty"],
        ["unknown_member", "/webhook_id"],
        ["unknown_member", "/data/source"],
        ["union_type", "/payload/campaign/id"],
      ]),
    );
    expect(summary.places).toHaveLength(7);
    const text = await runCli(["drift"], { cwd });
    expect(text.stdout).toContain("3 deliveries recorded: 3 accepted (3 with drift)");
    expect(text.stdout).not.toContain(key);
    expect(text.stdout).not.toContain(token);
  });

  it("writes a patch that git applies, after which npm run generate finds no drift", async () => {
    const copy = copyRepository();
    const patchFile = join(cwd, "drift.patch");
    const made = await runCli(["drift", "--patch", patchFile, "--spec", join(copy, "openapi")], {
      cwd,
    });
    expect(made.code, made.stderr).toBe(0);
    const patch = readFileSync(patchFile, "utf8");
    expect(patch).toContain("+++ b/openapi/talkable/schemas/RewardReason.yaml");
    expect(patch).not.toContain(key);
    expect(await run("git", ["init", "-q"], copy)).toMatchObject({ code: 0 });
    const applied = await run("git", ["apply", "--verbose", patchFile], copy);
    expect(applied.code, applied.stderr).toBe(0);
    const generated = await run(join(copy, "node_modules/.bin/tsx"), ["scripts/generate.ts"], copy);
    expect(generated.code, generated.stderr).toBe(0);
    // The patched spec still lints (x-seen-types and new members are plain OpenAPI 3.1).
    const lint = await run(
      join(copy, "node_modules/.bin/tsx"),
      ["scripts/redocly.ts", "lint"],
      copy,
    );
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    // The copy's own CLI, from its sources, reads the regenerated drift trees.
    mkdirSync(join(copy, "inbox"));
    cpSync(join(cwd, ".talkable-emma-webhooks/inbox"), join(copy, "inbox"), { recursive: true });
    const tsx = join(copy, "node_modules/.bin/tsx");
    const after = await run(tsx, ["src/cli/bin.ts", "drift", "inbox", "--json"], copy);
    expect(after.code, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout)).toMatchObject({ accepted: 3, refused: 0, places: [] });
    // Four child processes (generate, lint, the CLI from sources): about 7 s here, three times
    // that when the machine is busy, which the default 20 s did not cover.
  }, 60_000);
});
