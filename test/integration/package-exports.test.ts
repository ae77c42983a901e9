import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

/** What each subpath of the built package must export, imported by Node through `exports`. */
const expected = {
  talkable: [
    "createTalkableWebhooks",
    "talkableWebhookTypes",
    "talkablePayloadValidators",
    "WebhookError",
  ],
  emma: [
    "createEmmaWebhooks",
    "createEmmaClient",
    "emmaEventNames",
    "emmaBodyValidators",
    "WebhookError",
  ],
  node: ["toNodeMiddleware", "toFetchRequest"],
  testing: ["talkableFixture", "emmaFixture", "talkableDelivery", "emmaDelivery"],
  msw: ["talkableReceiver", "emmaReceiver", "emmaApiHandlers"],
} as const;

describe("the built package (dist/, through the exports map)", () => {
  it.each(Object.entries(expected))(
    "talkable-emma-webhooks/%s exports its API",
    async (entry, names) => {
      // A separate plain Node process: no vitest aliases, only package.json's `exports`.
      const code = `const m = await import("talkable-emma-webhooks/${entry}"); console.log(JSON.stringify(Object.keys(m)));`;
      const { stdout } = await run(process.execPath, ["--input-type=module", "-e", code]);
      const exported: unknown = JSON.parse(stdout);
      expect(exported).toEqual(expect.arrayContaining([...names]));
    },
  );

  it("keeps ./testing free of msw, following every chunk it imports", async () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = async (file: URL): Promise<void> => {
      if (seen.has(file.href)) return;
      seen.add(file.href);
      const text = await readFile(file, "utf8");
      for (const [, specifier = ""] of text.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
        if (specifier.startsWith(".")) await visit(new URL(specifier, file));
        else bare.add(specifier);
      }
    };
    await visit(new URL("../../dist/testing.js", import.meta.url));
    expect(seen.size).toBeGreaterThan(1);
    expect([...bare].filter((name) => name.startsWith("msw"))).toEqual([]);
  });
});
