import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const folder = new URL("../../examples/", import.meta.url);

/** The code of the README block that follows the link to `examples/<file>`. */
function blockAfterLink(file: string): string | undefined {
  const link = `[\`examples/${file}\`](examples/${file})`;
  const at = readme.indexOf(link);
  if (at === -1) return undefined;
  const start = readme.indexOf("```ts\n", at) + "```ts\n".length;
  return readme.slice(start, readme.indexOf("```", start));
}

describe("README examples", () => {
  // Sub-folders hold examples with settings of their own (examples/nest/: decorators).
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .sort();

  it.each(files)("shows examples/%s exactly as the type-checked file", (file) => {
    const code = readFileSync(new URL(file, folder), "utf8");
    const block = blockAfterLink(file);
    expect(block, `README links examples/${file}`).toBeDefined();
    // The file's first line says what it is; the README says that in prose instead.
    expect(code.endsWith(block ?? "")).toBe(true);
    expect(code.slice(0, code.length - (block ?? "").length)).toMatch(/^(\/\/[^\n]*\n)?$/);
  });

  it("gives no secret a literal fallback", () => {
    const fallback = /process\.env\[[^\]]*(?:KEY|TOKEN|SECRET|PASSWORD)[^\]]*\]\s*(?:\?\?|\|\|)/;
    expect(readme).not.toMatch(fallback);
    for (const file of files) {
      expect(readFileSync(new URL(file, folder), "utf8")).not.toMatch(fallback);
    }
  });
});
