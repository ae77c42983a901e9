/**
 * One server of the loopback comparison, started in its own process by loopback.ts so the load
 * generator and the server do not share a core's event loop. argv[2] names the server; it
 * prints its port and serves until killed.
 */
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { Webhooks, createNodeMiddleware } from "@octokit/webhooks";
import Fastify from "fastify";
import type * as FastifyApi from "../../src/fastify/index.js";
import type * as NodeApi from "../../src/node/index.js";
import type * as TalkableApi from "../../src/talkable/index.js";

export const benchKey = "bench-site-key-0123456789abcdef";
export const octokitSecret = "bench-octokit-secret-0123456789";

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

const kind = process.argv[2];
if (kind) {
  const server =
    kind === "sdk"
      ? await sdkServer()
      : kind === "fastify"
        ? await fastifyServer()
        : kind === "bare"
          ? bareServer()
          : octokitServer();
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    console.log(String((server.address() as AddressInfo).port));
  });
}
