// The runtime smoke test: runtimes.test.ts runs this file under Node 22, Node 24, Bun and Deno.
// Plain JavaScript, importing the *built* package by its name, so that each runtime resolves
// dist/ through package.json `exports` exactly as an installed copy would. It prints one JSON
// line of what it saw; the test compares that line across runtimes.
import { createServer } from "node:http";
import { setupServer } from "msw/node";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
import { createEmmaClient } from "talkable-emma-webhooks/emma/client";
import { emmaApiHandlers } from "talkable-emma-webhooks/msw";
import { toNodeMiddleware } from "talkable-emma-webhooks/node";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
import { emmaDelivery, talkableDelivery } from "talkable-emma-webhooks/testing";

const key = "smoke-talkable-key";
const token = "smoke-emma-token";

async function answer(response) {
  const text = await response.text();
  const body = text === "" ? undefined : JSON.parse(text);
  return { status: response.status, code: body?.error?.code };
}

function talkableReceiver() {
  const handled = [];
  const webhooks = createTalkableWebhooks({ key });
  webhooks.on("referral_web_hook", (event) => {
    handled.push(`${event.type}:${typeof event.payload}`);
  });
  return { webhooks, handled };
}

async function talkable() {
  const { webhooks, handled } = talkableReceiver();
  const valid = await answer(await webhooks.handle(talkableDelivery("referral_web_hook", { key })));
  const forged = talkableDelivery("referral_web_hook", { key: "forged-key" });
  return { valid, forged: await answer(await webhooks.handle(forged)), handled };
}

async function emma() {
  const handled = [];
  const webhooks = createEmmaWebhooks({ token });
  webhooks.on("message_click", (event) => {
    handled.push(`${event.event_name}:${typeof event.data}`);
  });
  const valid = await answer(await webhooks.handle(emmaDelivery("message_click", { token })));
  const forged = emmaDelivery("message_click", { token: "forged-token" });
  return { valid, forged: await answer(await webhooks.handle(forged)), handled };
}

/** The Node adapter on a real node:http server on 127.0.0.1, reached with fetch. */
async function nodeAdapter() {
  const { webhooks, handled } = talkableReceiver();
  const server = createServer(toNodeMiddleware(webhooks));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const address = server.address();
    const url = `http://127.0.0.1:${address.port}/webhooks/talkable`;
    const valid = await answer(await fetch(talkableDelivery("referral_web_hook", { key, url })));
    const forged = talkableDelivery("referral_web_hook", { key: "forged-key", url });
    return { valid, forged: await answer(await fetch(forged)), handled };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** msw's setupServer with the Emma API handlers, called through the typed client. */
async function mswEmmaApi() {
  const server = setupServer(...emmaApiHandlers());
  server.listen({ onUnhandledRequest: "error" });
  try {
    const client = createEmmaClient({
      accountId: 1759,
      publicKey: "public",
      privateKey: "private",
    });
    const before = await client.listWebhooks();
    const url = "https://shop.test/webhooks/emma?token=smoke";
    const created = await client.createWebhook({ event: "message_click", url });
    const after = await client.listWebhooks();
    return {
      listed: before.response.status,
      created: [created.response.status, typeof created.data],
      grew: (after.data?.length ?? 0) - (before.data?.length ?? 0),
    };
  } finally {
    server.close();
  }
}

/** Which runtime this is, as `<name> <version>`. */
function runtime() {
  if (typeof globalThis.Deno !== "undefined") return `deno ${globalThis.Deno.version.deno}`;
  if (typeof globalThis.Bun !== "undefined") return `bun ${globalThis.Bun.version}`;
  return `node ${process.versions.node}`;
}

const results = {
  runtime: runtime(),
  talkable: await talkable(),
  emma: await emma(),
  node: await nodeAdapter(),
  msw: await mswEmmaApi(),
};
console.log(JSON.stringify(results));
// msw opens a BroadcastChannel when it loads; Node and Bun let the process end anyway, Deno
// waits on it forever. Everything above has finished, so end here on every runtime.
process.exit(0);
