/**
 * One server of the loopback comparison, started in its own process by loopback.ts so the load
 * generator and the server do not share a core's event loop. argv[2] names the server; it
 * prints its port and serves until killed.
 */
import { createHmac } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { Session } from "node:inspector";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { Webhooks, createNodeMiddleware } from "@octokit/webhooks";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import type * as FastifyApi from "../../src/fastify/index.js";
import type * as EmmaApi from "../../src/emma/index.js";
import type * as NodeApi from "../../src/node/index.js";
import type * as TalkableApi from "../../src/talkable/index.js";

export const benchKey = "bench-site-key-0123456789abcdef";
export const octokitSecret = "bench-octokit-secret-0123456789";
export const benchToken = "bench-emma-token-0123456789abcdef";

/** The per-delivery floor: read the body and answer, no parsing at all. */
function floorServer() {
  return createServer((request, response) => {
    request.on("data", () => undefined);
    request.on("end", () => {
      response.writeHead(200, { "content-length": "0" }).end();
    });
  });
}

/** The bare floor: read the body, URLSearchParams, compare the key, JSON.parse; no validation. */
function bareServer() {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const fields = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
      if (fields.get("key") !== benchKey) {
        response.writeHead(401).end();
        return;
      }
      JSON.parse(fields.get("payload") ?? "");
      response.writeHead(200, { "content-length": "0" }).end();
    });
  });
}

async function sdkServer() {
  // The built package, as users import it.
  const talkable = (await import(resolve("dist/talkable.js"))) as typeof TalkableApi;
  const node = (await import(resolve("dist/node.js"))) as typeof NodeApi;
  const webhooks = talkable.createTalkableWebhooks({ key: benchKey });
  webhooks.on("referral_web_hook", () => undefined);
  const middleware = node.toNodeMiddleware(webhooks);
  return createServer((request, response) => void middleware(request, response));
}

/** The same receiver behind the Fastify plugin, on Fastify's own server (no logger, as default). */
async function fastifyServer() {
  const talkable = (await import(resolve("dist/talkable.js"))) as typeof TalkableApi;
  const plugin = (await import(resolve("dist/fastify.js"))) as typeof FastifyApi;
  const webhooks = talkable.createTalkableWebhooks({ key: benchKey });
  webhooks.on("referral_web_hook", () => undefined);
  const app = Fastify({ keepAliveTimeout: 60_000 });
  await app.register(plugin.fastifyWebhooks, { receiver: webhooks, path: "/" });
  await app.ready();
  return app.server;
}

/**
 * Fastify's own cost, the floor measured the way the plugin answers: a route whose `onRequest`
 * hook reads the raw body to its end and sends an empty 200, no receiver. Against the node:http
 * floor, it is what Fastify itself adds to a delivery, which no plugin can take away.
 */
async function fastifyFloorServer() {
  const app = Fastify({ keepAliveTimeout: 60_000 });
  const answer = async (request: FastifyRequest, reply: FastifyReply) => {
    await new Promise((resolve) => {
      request.raw.on("data", () => undefined);
      request.raw.on("end", resolve);
    });
    return reply.code(200).send();
  };
  app.all("/", { onRequest: answer }, answer);
  await app.ready();
  return app.server;
}

async function emmaServer() {
  const emma = (await import(resolve("dist/emma.js"))) as typeof EmmaApi;
  const node = (await import(resolve("dist/node.js"))) as typeof NodeApi;
  const webhooks = emma.createEmmaWebhooks({ token: benchToken });
  webhooks.onAny(() => undefined);
  const middleware = node.toNodeMiddleware(webhooks);
  return createServer((request, response) => void middleware(request, response));
}

const ignore = () => undefined;
const silent = { debug: ignore, info: ignore, warn: ignore, error: ignore };

function octokitServer() {
  const webhooks = new Webhooks({ secret: octokitSecret });
  webhooks.on("push", () => undefined);
  const middleware = createNodeMiddleware(webhooks, { path: "/", log: silent });
  return createServer((request, response) => void middleware(request, response));
}

/** The signature @octokit/webhooks checks, over the exact JSON body. */
export function octokitSignature(body: string): string {
  return `sha256=${createHmac("sha256", octokitSecret).update(body).digest("hex")}`;
}

/**
 * With BENCH_PROFILE set, SIGUSR2 starts V8's CPU profiler (after the warm-up, so start-up is
 * not in it) and SIGTERM writes the profile there, as `node --cpu-prof` would, and exits.
 */
function profileOnSignal(path: string): void {
  const session = new Session();
  session.connect();
  process.once("SIGUSR2", () => {
    session.post("Profiler.enable", () => session.post("Profiler.start"));
  });
  process.once("SIGTERM", () => {
    session.post("Profiler.stop", (error, result) => {
      if (!error) writeFileSync(path, JSON.stringify(result.profile));
      process.exit(error ? 1 : 0);
    });
  });
}

const servers = {
  sdk: sdkServer,
  fastify: fastifyServer,
  bare: bareServer,
  // The same bare server in processes of its own: how far apart the bench puts identical code.
  bareTwin: bareServer,
  octokit: octokitServer,
  floor: floorServer,
  fastifyFloor: fastifyFloorServer,
  emma: emmaServer,
};

/** The servers loopback.ts can start, by the name it passes as argv[2]. */
export type ServerKind = keyof typeof servers;

// Imported for its constants by the bench (whose own arguments are then in argv), started as a
// server only by loopback.ts with a server's name.
const kind = process.argv[2];
if (kind !== undefined && Object.hasOwn(servers, kind)) {
  const server = await servers[kind as ServerKind]();
  const profile = process.env["BENCH_PROFILE"];
  if (profile) profileOnSignal(profile);
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    console.log(String((server.address() as AddressInfo).port));
  });
}
