/**
 * npm run compile, second half: bundles each public entry point into dist/<entry>.js, with the
 * code they share split into dist/chunks/. One file per entry instead of a tree of modules
 * keeps importing `./talkable` cheap (the ESM loader pays per module), and the declarations
 * come from `tsc -p tsconfig.build.json` into dist/types/.
 */
import { readFile } from "node:fs/promises";
import { build } from "esbuild";

const entries = [
  "talkable",
  "emma",
  "emma/client",
  "node",
  "fastify",
  "koa",
  "aws-lambda",
  "testing",
  "msw",
  "idempotency",
  "bullmq",
] as const;

const manifest = JSON.parse(await readFile("package.json", "utf8")) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const packages = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });

await build({
  entryPoints: Object.fromEntries(entries.map((entry) => [entry, `src/${entry}/index.ts`])),
  outdir: "dist",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  sourcemap: true,
  // Less for the engine to parse at import; names stay, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  // Dependencies and peers stay imports, as do Node's built-ins (only ./node uses them).
  external: [...packages.flatMap((name) => [name, `${name}/*`]), "node:*"],
  logLevel: "warning",
});
// The `bin` (dist/cli.js): a Node program of its own, so it gets its shebang and node platform
// without changing the platform-neutral library entries above.
await build({
  entryPoints: { cli: "src/cli/bin.ts" },
  outdir: "dist",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  minifyWhitespace: true,
  minifySyntax: true,
  banner: { js: "#!/usr/bin/env node" },
  external: [...packages.flatMap((name) => [name, `${name}/*`]), "node:*"],
  logLevel: "warning",
});
console.log(`bundled ${entries.length} entry points and the cli into dist/`);
