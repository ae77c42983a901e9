import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

const run = promisify(execFile);

/** What each subpath of the built package must export, imported by Node through `exports`. */
const expected = {
  talkable: [
    "createTalkableWebhooks",
    "talkableWebhookTypes",
    "talkablePayloadValidators",
    "WebhookError",
  ],
  emma: ["createEmmaWebhooks", "emmaEventNames", "emmaBodyValidators", "WebhookError"],
  "emma/client": ["createEmmaClient", "emmaDefaultBaseUrl"],
  node: ["toNodeMiddleware"],
  fastify: ["fastifyWebhooks"],
  koa: ["toKoaMiddleware"],
  "aws-lambda": ["toLambdaHandler"],
  testing: ["talkableFixture", "emmaFixture", "talkableDelivery", "emmaDelivery"],
  msw: ["talkableReceiver", "emmaReceiver", "emmaApiHandlers", "emmaApiHttp", "createEmmaApiHttp"],
  idempotency: ["createMemoryIdempotencyStore", "createRedisIdempotencyStore"],
  bullmq: ["createBullmqHandoff", "createWebhookWorker", "defaultWebhookJobOptions"],
} as const;

/** Every bare import that `entry` reaches, following the relative chunks it imports. */
async function bareImportsOf(entry: string): Promise<{ files: number; bare: Set<string> }> {
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
  await visit(new URL(`../../dist/${entry}.js`, import.meta.url));
  return { files: seen.size, bare };
}

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

  it.each(["talkable", "emma"])(
    "talkable-emma-webhooks/openapi/%s.yaml resolves to the bundled spec",
    async (name) => {
      // What another tool (a linter, a code generator) gets: the file the exports map names.
      const code = `console.log(import.meta.resolve("talkable-emma-webhooks/openapi/${name}.yaml"));`;
      const { stdout } = await run(process.execPath, ["--input-type=module", "-e", code]);
      const file = new URL(stdout.trim());
      expect(file.pathname.endsWith(`/generated/${name}/openapi.yaml`)).toBe(true);
      const spec: unknown = parse(await readFile(file, "utf8"));
      const shape = z.object({
        openapi: z.string().regex(/^3\.1\./),
        webhooks: z.record(z.string(), z.unknown()),
      });
      expect(Object.keys(shape.parse(spec).webhooks).length).toBeGreaterThan(0);
      const text = await readFile(file, "utf8");
      expect(text).not.toMatch(/\$ref:\s*['"]?\.{0,2}\//); // bundled: no reference to another file
    },
  );

  it("keeps ./testing free of msw, following every chunk it imports", async () => {
    const { files, bare } = await bareImportsOf("testing");
    expect(files).toBeGreaterThan(1);
    expect([...bare].filter((name) => name.startsWith("msw"))).toEqual([]);
  });

  it("keeps ./emma free of any HTTP client: receiving Emma loads no openapi-fetch", async () => {
    expect([...(await bareImportsOf("emma")).bare]).not.toContain("openapi-fetch");
    expect([...(await bareImportsOf("emma/client")).bare]).toContain("openapi-fetch");
  });

  it("keeps ./idempotency free of ioredis and bullmq (optional peers, types only)", async () => {
    const { bare } = await bareImportsOf("idempotency");
    expect([...bare].filter((name) => /^(ioredis|bullmq)/.test(name))).toEqual([]);
    expect([...(await bareImportsOf("bullmq")).bare]).toContain("bullmq");
  });

  it.each(["talkable", "emma", "node"])(
    "keeps ./%s free of every framework package (Fastify, Koa, Nest, Lambda types)",
    async (entry) => {
      const { bare } = await bareImportsOf(entry);
      const frameworks = /^(fastify|fastify-plugin|koa|@koa\/|@nestjs\/|aws-lambda|@types\/)/;
      expect([...bare].filter((name) => frameworks.test(name))).toEqual([]);
    },
  );

  it("loads fastify-plugin only from ./fastify, and neither Fastify nor Koa at run time", async () => {
    expect([...(await bareImportsOf("fastify")).bare]).toEqual(
      expect.arrayContaining(["fastify-plugin"]),
    );
    for (const entry of ["fastify", "koa", "aws-lambda"]) {
      const { bare } = await bareImportsOf(entry);
      expect([...bare].filter((name) => /^(fastify|koa|aws-lambda)$/.test(name))).toEqual([]);
    }
  });
});
