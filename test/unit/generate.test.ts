import { execFile } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const generated = new URL("../../generated/", import.meta.url);

/** Every generated file, as `vendor/name` with its text. */
const files = readdirSync(generated, { recursive: true, encoding: "utf8" })
  .filter((path) => /\.(ts|yaml)$/.test(path))
  .sort()
  .map((path) => ({ path, text: readFileSync(new URL(path, generated), "utf8") }));
const modules = files.filter(({ path }) => path.endsWith(".ts"));
const validatorModules = files.filter(({ path }) => path.endsWith("validators.ts"));

describe("scripts/generate.ts", () => {
  it("regenerates exactly what generated/ holds (deterministic, and generated/ is fresh)", async () => {
    const tsx = fileURLToPath(new URL("node_modules/.bin/tsx", `file://${root}`));
    const run = promisify(execFile);
    const { stdout } = await run(tsx, ["scripts/generate.ts", "--check"], { cwd: root });
    expect(stdout).toMatch(/generated\/ is up to date \((\d+) files\)/);
    expect(stdout).toContain(`(${files.length} files)`);
  });

  it("writes both vendors' modules", () => {
    expect(validatorModules.map(({ path }) => path)).toEqual([
      "emma/validators.ts",
      "talkable/validators.ts",
    ]);
    expect(modules.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)("$path starts with the header naming scripts/generate.ts", ({ path, text }) => {
    const comment = path.endsWith(".yaml") ? "#" : "//";
    const [first, second] = text.split("\n");
    expect(first).toMatch(
      new RegExp(`^${comment} This file was written by scripts/generate\\.ts .* from openapi/`),
    );
    expect(second).toBe(
      `${comment} Do not edit it by hand: change the spec under openapi/ and regenerate.`,
    );
  });
});

describe.each(validatorModules)("$path", ({ text }) => {
  it("compiles nothing at run time and needs no ajv runtime", () => {
    expect(text).not.toContain("require(");
    expect(text).not.toMatch(/new\s+Function/);
    expect(text).not.toMatch(/\beval\(/);
    const imports = text.split("\n").filter((line) => line.startsWith("import "));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((line) => line.startsWith("import type "))).toBe(true);
  });

  it("declares each compiled function once (a module may not redeclare a function)", () => {
    const names = [...text.matchAll(/^function (\w+)\(/gm)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});
