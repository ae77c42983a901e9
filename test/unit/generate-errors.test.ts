import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  copySpec,
  type GeneratorRun,
  runGenerator,
  type SpecCopy,
} from "./generator/run-generator.js";

/** A spec problem line: `file:line:col pointer message`. */
const problemLine = /^(\S+):(\d+):(\d+) (#\S*) (.+)$/;

function problems(run: GeneratorRun) {
  return run.stderr
    .trim()
    .split("\n")
    .map((line) => {
      const match = problemLine.exec(line);
      if (!match) throw new Error(`not a one-line problem: ${line}`);
      const [, file = "", line_ = "", col = "", pointer = "", message = ""] = match;
      return { file, line: Number(line_), col: Number(col), pointer, message };
    });
}

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split("\n");
  const index = lines.findIndex((line, at) => at >= after && line.includes(needle));
  if (index < 0) throw new Error(`no line with ${needle}`);
  return index + 1;
}

describe("scripts/generate.ts on a broken spec", () => {
  let spec: SpecCopy;
  let refAndYaml: GeneratorRun;
  const sources: Record<string, string> = {};

  beforeAll(async () => {
    spec = await copySpec();
    // Run 1: a $ref to a missing file (Talkable) and a duplicated YAML key (Emma).
    await spec.edit("talkable/webhooks/unsubscribe_web_hook.yaml", (text) => {
      sources["unsubscribe"] = text.replace(
        "$ref: ../schemas/SiteSlug.yaml",
        "$ref: ../schemas/NoSuchSchema.yaml",
      );
      return sources["unsubscribe"];
    });
    await spec.edit("emma/webhooks/group-events.yaml", (text) => {
      sources["group"] = text.replace(
        "group_id: 1544\n",
        "group_id: 1544\n                  group_id: 1545\n",
      );
      return sources["group"];
    });
    refAndYaml = await runGenerator(["--spec-dir", spec.specDir, "--out-dir", spec.outDir]);
  }, 120_000);

  afterAll(() => spec.remove());

  it("fails with one line per problem, and no stack trace", () => {
    expect(refAndYaml.code).toBe(1);
    expect(refAndYaml.stderr).not.toMatch(/\n\s+at /);
    expect(problems(refAndYaml)).toHaveLength(2);
  });

  it("points a broken $ref at the $ref itself", () => {
    const problem = problems(refAndYaml).find((p) => p.message.includes("NoSuchSchema"));
    expect(problem).toMatchObject({
      file: `${spec.specDir}/talkable/webhooks/unsubscribe_web_hook.yaml`,
      line: lineOf(sources["unsubscribe"] ?? "", "NoSuchSchema.yaml"),
      pointer:
        "#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/site",
    });
    expect(problem?.message).toMatch(/^Can't resolve \$ref/);
  });

  it("points a duplicated YAML key at its second occurrence", () => {
    const problem = problems(refAndYaml).find((p) => p.file.endsWith("group-events.yaml"));
    expect(problem).toMatchObject({
      line: lineOf(sources["group"] ?? "", "group_id: 1545"),
      col: 19,
      message: "Failed to parse: duplicated mapping key",
    });
  });
});

describe("scripts/generate.ts on examples and tags that contradict the spec", () => {
  let spec: SpecCopy;
  let run: GeneratorRun;
  const sources: Record<string, string> = {};

  beforeAll(async () => {
    spec = await copySpec();
    // The Talkable webhook's `type` const differs from its key.
    await spec.edit("talkable/webhooks/unsubscribe_web_hook.yaml", (text) => {
      sources["unsubscribe"] = text.replace(
        "const: unsubscribe_web_hook",
        "const: unsubscribed_web_hook",
      );
      return sources["unsubscribe"];
    });
    // A Talkable example (in its own file) and an Emma example (inline) break their schemas.
    await spec.edit("talkable/examples/check_unsubscribe_web_hook_default.yaml", (text) => {
      sources["check"] = text
        .replace(/^value:\n/m, "value:\n  key: 42\n")
        .replace(/^ {2}key: ".*"\n/m, "");
      return sources["check"];
    });
    await spec.edit("emma/webhooks/group-events.yaml", (text) => {
      sources["group"] = text.replace("group_id: 1544", "group_id: not-a-number");
      return sources["group"];
    });
    run = await runGenerator(["--spec-dir", spec.specDir, "--out-dir", spec.outDir]);
  }, 120_000);

  afterAll(() => spec.remove());

  it("fails without writing anything", async () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const { existsSync } = await import("node:fs");
    expect(existsSync(spec.outDir)).toBe(false);
  });

  it("reports a webhook whose type const differs from its key, at the const", () => {
    const problem = problems(run).find((p) => p.message.startsWith("type const"));
    expect(problem).toEqual({
      file: `${spec.specDir}/talkable/webhooks/unsubscribe_web_hook.yaml`,
      line: lineOf(sources["unsubscribe"] ?? "", "const: unsubscribed_web_hook"),
      col: 22,
      pointer:
        "#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/type/const",
      message: `type const "unsubscribed_web_hook" differs from the webhook's key "unsubscribe_web_hook"`,
    });
  });

  it("reports an example that contradicts its schema, in the example's own file", () => {
    const problem = problems(run).find((p) =>
      p.file.endsWith("check_unsubscribe_web_hook_default.yaml"),
    );
    expect(problem).toMatchObject({
      line: lineOf(sources["check"] ?? "", "key: 42"),
      pointer: "#/value/key",
      message: "example default contradicts its schema: /key must be string",
    });
  });

  it("reports an inline example of an Emma event, with every problem the validator finds", () => {
    const lines = problems(run).filter((p) => p.file.endsWith("group-events.yaml"));
    const group = sources["group"] ?? "";
    expect(lines.map((p) => p.message)).toContainEqual(
      expect.stringMatching(
        /^example default contradicts its schema: \/data\/group_id must be integer/,
      ),
    );
    expect(lines[0]).toMatchObject({
      line: lineOf(group, "group_id: not-a-number"),
      pointer:
        "#/group_create/post/requestBody/content/application~1json/examples/default/value/data/group_id",
    });
  });
});
