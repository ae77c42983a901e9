// The drift pieces of the CLI in-process: send --test, drift on an empty inbox, and the YAML
// edits --patch is made of (test/integration/cli-drift.test.ts runs the whole round trip).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/program.js";
import type { DriftPlace, DriftSummary } from "../../src/cli/drift-summary.js";
import { defaultInbox, openInbox } from "../../src/cli/inbox.js";
import { proposeSpecPatch } from "../../src/cli/spec-patch.js";
import { addMapEntry, appendToSequence } from "../../src/cli/yaml-edit.js";

function capture() {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readStdin: () => Promise.resolve(new Uint8Array()),
    env: { NO_COLOR: "1" },
    cwd: mkdtempSync(join(tmpdir(), "tew-cli-drift-")),
    isTTY: false,
    signal: new AbortController().signal,
  };
  return { io, out: () => out, err: () => err };
}

describe("send --test", () => {
  it("adds test=true to a Talkable delivery, in both encodings", async () => {
    for (const encoding of ["form", "curl"]) {
      const run = capture();
      const args = ["send", "reward_web_hook", "--test", "--dry-run", "--encoding", encoding];
      expect(await runCli(args, run.io)).toBe(0);
      expect(run.out()).toMatch(/&test=true\n$/);
    }
  });

  it("is refused for Emma, which marks no test sends", async () => {
    const run = capture();
    expect(await runCli(["send", "member_signup", "--test", "--dry-run"], run.io)).toBe(2);
    expect(run.err()).toContain("--test is for Talkable webhooks");
  });
});

describe("drift on an inbox", () => {
  it("says there is nothing when nothing was recorded", async () => {
    const run = capture();
    expect(await runCli(["drift", "--json"], run.io)).toBe(0);
    expect(JSON.parse(run.out())).toEqual({
      deliveries: 0,
      accepted: 0,
      refused: 0,
      withDrift: 0,
      places: [],
    });
  });
});

const entry = { block: ["b:", "  type: string"], flow: "b: {type: string}" };

describe("YAML edits", () => {
  it.each([
    ["a block map", "props:\n  a:\n    type: integer\nnext: 1\n", "/props"],
    ["a flow map", "props: {a: {type: integer}}\n", "/props"],
    ["a missing map", "type: object\ndescription: >-\n  Folded\n  text.\n", "/props"],
    ["an empty flow map", "props: {}\n", "/props"],
  ])("adds a member to %s", (_, text, pointer) => {
    const edited = addMapEntry(text, pointer, entry);
    expect((parse(edited) as { props: Record<string, unknown> }).props["b"]).toEqual({
      type: "string",
    });
    // Nothing else moves: every other line stays as it was written.
    for (const line of text.split("\n").filter((line) => !line.includes("{"))) {
      expect(edited).toContain(line);
    }
  });

  it.each([
    ["a flow list", "anyOf:\n  - enum: [a, b]\n", "/anyOf/0/enum"],
    ["a block list", "examples:\n  - a\n  - b\nnext: 1\n", "/examples"],
    ["a missing list", "id:\n  $ref: ./Identifier.yaml\n", "/id/x-seen-types"],
  ])("appends to %s", (_, text, pointer) => {
    const edited = appendToSequence(text, pointer, ["c"]);
    const path = pointer.split("/").slice(1);
    const list = path.reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key],
      parse(edited),
    );
    expect((list as unknown[]).at(-1)).toBe("c");
  });
});

describe("drift --patch's proposal for an open list", () => {
  const place = (values: string[]): DriftPlace => ({
    kind: "unknown_value",
    pointer: "/data/network",
    spec: {
      file: "openapi/emma/schemas/mailing-events.yaml",
      pointer: "/SocialNetwork/examples",
    },
    message: "a value the spec does not list",
    vendor: "emma",
    webhooks: ["message_share"],
    count: values.length,
    deliveries: values.length,
    firstSeen: "2026-12-01T00:00:00.000Z",
    lastSeen: "2026-12-02T00:00:00.000Z",
    example: values[0] ?? "",
    types: ["string"],
    values,
  });
  const specDir = fileURLToPath(new URL("../../openapi/", import.meta.url));

  it("adds a new value, and never one shown redacted or cut", async () => {
    const patch = await proposeSpecPatch(
      [place(['"li"', '"[redacted]"', "[redacted]", '"very long…'])],
      specDir,
    );
    const added = patch.split("\n").filter((line) => line.startsWith("+ "));
    expect(added).toEqual(["+    - li"]);
  });
});

describe("drift on a recorded inbox, in process", () => {
  const key = "drift-fixture-key";
  const token = "drift-unit-token";
  const fixture = (name: string) =>
    readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
  const record = (path: string, contentType: string, body: string) => ({
    id: null,
    receivedAt: "2026-12-03T09:00:00.000Z",
    method: "POST",
    path,
    contentType,
    size: body.length,
    vendor: undefined,
    type: undefined,
    valid: true,
    problems: [],
  });

  async function recorded() {
    const run = capture();
    const inbox = openInbox(defaultInbox, run.io.cwd);
    const testSend = fixture("drift/reward_web_hook__test-send.form.txt");
    const form = "application/x-www-form-urlencoded";
    await inbox.save(record("/webhooks", form, testSend), new TextEncoder().encode(testSend));
    const captured = JSON.parse(fixture("emma-real/member_add__hutsoninc-captured.json")) as {
      data: Record<string, unknown>;
    };
    const emma = JSON.stringify({
      ...captured,
      webhook_id: 9,
      data: { ...captured.data, source: "x" },
    });
    const emmaPath = `/webhooks/emma?token=${token}`;
    await inbox.save(record(emmaPath, "application/json", emma), new TextEncoder().encode(emma));
    return run;
  }

  it("groups the findings by place, with the spec file to edit, and shows no secret", async () => {
    const run = await recorded();
    const code = await runCli(["drift", "--json", "--key", key], run.io);
    expect(code, run.err()).toBe(0);
    const summary = JSON.parse(run.out()) as DriftSummary;
    expect(summary).toMatchObject({ deliveries: 2, accepted: 2, refused: 0, withDrift: 2 });
    expect(summary.places.map((place) => [place.kind, place.pointer])).toEqual(
      expect.arrayContaining([
        ["unknown_value", "/payload/reward/reason"],
        ["unknown_member", "/webhook_id"],
        ["unknown_member", "/data/source"],
      ]),
    );
    for (const place of summary.places) expect(place.spec.file).toMatch(/^openapi\/.+\.yaml$/);
    const text = capture();
    Object.assign(text.io, { cwd: run.io.cwd });
    expect(await runCli(["drift", "--key", key], text.io)).toBe(0);
    expect(text.out()).toContain("2 deliveries recorded: 2 accepted (2 with drift)");
    expect(text.out()).not.toContain(key);
    expect(text.out()).not.toContain(token);
  });

  it("writes the proposed spec change as a diff of openapi/ files", async () => {
    const run = await recorded();
    const file = join(run.io.cwd, "drift.patch");
    expect(await runCli(["drift", "--patch", file, "--key", key], run.io)).toBe(0);
    const patch = readFileSync(file, "utf8");
    expect(patch).toMatch(/^diff --git a\/openapi\/\S+\.yaml b\/openapi\/\S+\.yaml$/m);
    expect(patch).toContain("webhook_id");
    expect(patch).not.toContain(token);
  });
});
