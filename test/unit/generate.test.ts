import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runGenerator } from "./generator/run-generator.js";

const generated = new URL("../../generated/", import.meta.url);

/** Every generated file, as `vendor/name` with its text. */
const files = readdirSync(generated, { recursive: true, encoding: "utf8" })
  .filter((path) => /\.(ts|js|yaml)$/.test(path))
  .sort()
  .map((path) => ({ path, text: readFileSync(new URL(path, generated), "utf8") }));
const compiledModules = files.filter(({ path }) => path.endsWith("ajv-validators.js"));
const typedModules = files.filter(({ path }) => path.endsWith(".ts"));

describe("scripts/generate.ts", () => {
  it("regenerates exactly what generated/ holds (deterministic, and generated/ is fresh)", async () => {
    const { code, stdout } = await runGenerator(["--check"]);
    expect(stdout).toContain(`generated/ is up to date (${files.length} files)`);
    expect(code).toBe(0);
  }, 120_000);

  it("--check fails on a changed, a missing and a stray file, and names them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "generate-check-"));
    try {
      await cp(join(repoRoot, "generated"), dir, { recursive: true });
      await writeFile(join(dir, "talkable/webhooks.ts"), "// edited by hand\n");
      await rm(join(dir, "emma/examples.ts"));
      await writeFile(join(dir, "stray.ts"), "export {};\n");
      const { code, stderr } = await runGenerator(["--check", "--out-dir", dir]);
      expect(code).toBe(1);
      expect(stderr).toContain(`${join(dir, "talkable/webhooks.ts")}\n`);
      expect(stderr).toContain(`${join(dir, "emma/examples.ts")} (missing)`);
      expect(stderr).toContain(`${join(dir, "stray.ts")} (not written by the generator)`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("writes both vendors' modules, and the shared validator module", () => {
    expect(
      files.filter(({ path }) => /validators?\.ts$/.test(path)).map(({ path }) => path),
    ).toEqual(["emma/validators.ts", "talkable/validators.ts", "validator.ts"]);
    expect(compiledModules.map(({ path }) => path)).toEqual([
      "emma/ajv-validators.js",
      "talkable/ajv-validators.js",
    ]);
  });

  it.each(files)("$path starts with the header naming scripts/generate.ts", ({ path, text }) => {
    const comment = path.endsWith(".yaml") ? "#" : "//";
    const [first, second] = text.split("\n");
    expect(first).toMatch(
      new RegExp(
        `^${comment} This file was written by scripts/generate\\.ts \\(npm run generate\\) from \\S+\\.`,
      ),
    );
    expect(second).toMatch(
      new RegExp(`^${comment} Do not edit it by hand: change .+ and regenerate\\.$`),
    );
  });

  it.each(typedModules)("$path is type-checked and never imports src/", ({ text }) => {
    expect(text).not.toContain("@ts-nocheck");
    expect(text).not.toMatch(/from "(\.\.\/)+src\//);
  });
});

describe.each(compiledModules)("$path", ({ text }) => {
  it("compiles nothing at run time and imports nothing", () => {
    expect(text).not.toContain("require(");
    expect(text).not.toMatch(/new\s+Function/);
    expect(text).not.toMatch(/\beval\(/);
    expect(text).not.toMatch(/^import /m);
  });

  it("exports a first-error and an all-errors variant", () => {
    expect(text).toMatch(/^export const fast = \(\(\) => \{$/m);
    expect(text).toMatch(/^export const full = \(\(\) => \{$/m);
  });
});
