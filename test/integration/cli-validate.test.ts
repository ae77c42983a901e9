import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { talkableDelivery, emmaDelivery } from "talkable-emma-webhooks/testing";
import { assertBuilt, curlFixture, freshDir, runCli } from "./cli-process.js";

const cwd = freshDir();
const write = (name: string, text: string) => {
  writeFileSync(join(cwd, name), text);
  return name;
};

beforeAll(() => assertBuilt());

describe("validate's exit codes", () => {
  it("exits 0 for a valid Talkable form body, detected from its shape", async () => {
    const body = await talkableDelivery("unsubscribe_web_hook", { key: "k" }).text();
    const run = await runCli(["validate", write("talkable.txt", body)], { cwd });
    expect(run).toMatchObject({ code: 0, stdout: "valid: talkable unsubscribe_web_hook\n" });
  });

  it("exits 0 for an Emma body read from stdin", async () => {
    const body = await emmaDelivery("group_create").text();
    expect(await runCli(["validate", "-"], { cwd, input: body })).toMatchObject({ code: 0 });
  });

  it("exits 1 and points at each problem of an invalid body", async () => {
    const body = JSON.stringify({ event_name: "message_click", data: { account_id: "1" } });
    const run = await runCli(["validate", write("emma.json", body), "--json"], { cwd });
    expect(run.code).toBe(1);
    const verdict = JSON.parse(run.stdout) as { valid: boolean; problems: { pointer: string }[] };
    expect(verdict.valid).toBe(false);
    expect(verdict.problems[0]?.pointer).toMatch(/^\/data\//);
  });

  it("accepts a whole curl command line, as the vendor documents it", async () => {
    const command = curlFixture("check-unsubscribe.curl.txt");
    const run = await runCli(["validate", write("command.sh", command)], { cwd });
    expect(run).toMatchObject({ code: 0, stdout: "valid: talkable check_unsubscribe_web_hook\n" });
    // The post share seed names no type; post_share_web_hook is the only webhook it fits.
    const typeless = await runCli(["validate", "-"], {
      cwd,
      input: curlFixture("post-share-no-type.curl.txt"),
    });
    expect(typeless).toMatchObject({ code: 0, stdout: "valid: talkable post_share_web_hook\n" });
    const ambiguous = await runCli(["validate", "-"], {
      cwd,
      input: curlFixture("event-no-type.curl.txt"),
    });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stdout).toContain("(no type; matches unsubscribe_web_hook, event_web_hook)");
    expect(ambiguous.stdout).toContain("/type the delivery has no type field");
    const typed = ["validate", "-", "--type", "event_web_hook"];
    expect((await runCli(typed, { cwd, input: curlFixture("event-no-type.curl.txt") })).code).toBe(
      0,
    );
  });

  it("exits 2 for unusable input, saying what to do", async () => {
    const missing = await runCli(["validate", "missing.txt"], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read missing.txt (ENOENT)");
    expect((await runCli(["validate", "-"], { cwd, input: "  \n" })).code).toBe(2);
    const prose = await runCli(["validate", "-"], { cwd, input: "hello there" });
    expect(prose).toMatchObject({ code: 2 });
    expect(prose.stderr).toContain("pass --vendor talkable|emma");
    expect(
      (await runCli(["validate", "-", "--vendor", "mailchimp"], { cwd, input: "a=b" })).code,
    ).toBe(2);
  });
});

describe("every command's --help", () => {
  it.each(["send", "listen", "validate", "replay", "examples"])(
    "%s --help exits 0 with its usage",
    async (command) => {
      const run = await runCli([command, "--help"], { cwd });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: talkable-emma-webhooks ${command}`);
      expect(run.stdout).toContain("Examples:");
    },
  );
});
