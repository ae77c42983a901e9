import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), "utf8");

/** The TypeScript blocks of the README, as written. */
async function readmeBlocks(): Promise<string[]> {
  const readme = await read("README.md");
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
}

describe("the README's testing examples are the files CI runs", () => {
  it.each([
    ["test/examples/frontend-node.test.ts", false],
    ["test/examples/relay-receiver.test.ts", false],
    ["test/browser/mock-page.ts", true],
  ] as const)("%s", async (path, dropsHeaderComment) => {
    let code = await read(path);
    // The browser page opens with a comment for the test's readers, not the README's.
    if (dropsHeaderComment) code = code.replace(/^(?:\/\/.*\n)+/, "");
    expect(await readmeBlocks()).toContain(code);
  });
});
