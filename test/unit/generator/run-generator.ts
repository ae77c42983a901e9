import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument, stringify } from "yaml";

/** The repository root, where the generator runs (it reads the prettier config from there). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const tsx = join(repoRoot, "node_modules/.bin/tsx");

export interface GeneratorRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs scripts/generate.ts with the given arguments and reports how it ended. */
export function runGenerator(args: readonly string[]): Promise<GeneratorRun> {
  return new Promise((resolve) => {
    execFile(tsx, ["scripts/generate.ts", ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A temporary copy of the repository's openapi/ folder, to break or extend in a test. */
export interface SpecCopy {
  readonly dir: string;
  readonly specDir: string;
  readonly outDir: string;
  /** Rewrites one spec file (path relative to openapi/) through `edit`. */
  edit(file: string, edit: (text: string) => string): Promise<void>;
  /** Writes a new spec file (path relative to openapi/) as YAML. */
  write(file: string, value: unknown): Promise<void>;
  /** Sets `key` under the `webhooks` map of a root document, keeping the rest of it as written. */
  addWebhook(root: string, key: string, ref: string): Promise<void>;
  remove(): Promise<void>;
}

export async function copySpec(): Promise<SpecCopy> {
  const dir = await mkdtemp(join(tmpdir(), "generate-"));
  const specDir = join(dir, "openapi");
  await cp(join(repoRoot, "openapi"), specDir, { recursive: true });
  const edit = async (file: string, change: (text: string) => string) => {
    const path = join(specDir, file);
    const before = await readFile(path, "utf8");
    const after = change(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    await writeFile(path, after);
  };
  return {
    dir,
    specDir,
    outDir: join(dir, "out"),
    edit,
    write: (file, value) => writeFile(join(specDir, file), stringify(value)),
    addWebhook: (root, key, ref) =>
      edit(root, (text) => {
        const doc = parseDocument(text);
        doc.setIn(["webhooks", key], doc.createNode({ $ref: ref }));
        return doc.toString();
      }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
