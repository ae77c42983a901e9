import { Agent, type IncomingHttpHeaders, type Server, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import {
  type NodeMiddleware,
  type WebhookReceiver,
  toNodeMiddleware,
} from "talkable-emma-webhooks/node";
import type { IncomingDelivery, WebhookAnswer } from "talkable-emma-webhooks/talkable";

const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.close(resolve);
          server.closeAllConnections();
        }),
    ),
  );
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A request as the receiver got it: its body read under a limit of 1 MiB. */
interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingDelivery["headers"];
  readonly body: string;
}

const decoder = new TextDecoder();

/** A receiver answering what `answer` builds, recording the requests it got. */
function receiverOf(answer: (received: Received) => WebhookAnswer | Promise<WebhookAnswer>) {
  const seen: Received[] = [];
  const receiver: WebhookReceiver = {
    receive: async (delivery) => {
      const raw =
        typeof delivery.body === "function" ? await delivery.body(1 << 20) : delivery.body;
      const body = typeof raw === "string" ? raw : decoder.decode(raw);
      const received = {
        method: delivery.method,
        url: delivery.url,
        headers: delivery.headers,
        body,
      };
      seen.push(received);
      return answer(received);
    },
  };
  return { receiver, seen };
}

const answerOf = (
  status: number,
  body = "",
  headers: Record<string, string> = {},
): WebhookAnswer => ({
  status,
  headers,
  body,
});

function serve(middleware: NodeMiddleware, next?: (error?: unknown) => void): Promise<string> {
  return listen(
    createServer((req, res) => void middleware(req, res, next && ((error) => next(error)))),
  );
}

/** Posts `chunks` through a keep-alive agent and returns the status and headers of the answer. */
function postWithAgent(url: string, chunks: readonly string[]) {
  const agent = new Agent({ keepAlive: true });
  return new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    const outgoing = request(
      url,
      { method: "POST", agent, headers: { "content-type": "text/plain" } },
      (res) => {
        res.resume();
        res.on("end", () => {
          agent.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers });
        });
      },
    );
    outgoing.on("error", reject);
    for (const chunk of chunks) outgoing.write(chunk);
    if (chunks.length < 10) outgoing.end();
  });
}

describe("toNodeMiddleware", () => {
  it("hands method, URL, headers and body over and writes back status, headers and body", async () => {
    const { receiver, seen } = receiverOf((req) =>
      answerOf(202, `got ${req.body}`, { "x-one": "1", "content-type": "text/plain" }),
    );
    const url = await serve(toNodeMiddleware(receiver));
    const response = await fetch(`${url}/any/path?token=t`, {
      method: "POST",
      body: "hello",
      headers: { "x-two": "2" },
    });
    expect(response.status).toBe(202);
    expect(response.headers.get("x-one")).toBe("1");
    expect(await response.text()).toBe("got hello");
    expect(seen.map((req) => [req.method, req.url, req.body])).toEqual([
      ["POST", "/any/path?token=t", "hello"],
    ]);
    expect(seen[0]?.headers).toMatchObject({ "x-two": "2" });
  });

  it("reads an all-ASCII body as its text, and any other body as its exact bytes", async () => {
    const given: (string | number[])[] = [];
    const receiver: WebhookReceiver = {
      receive: async (delivery) => {
        const raw = typeof delivery.body === "function" ? await delivery.body(1 << 20) : "";
        given.push(typeof raw === "string" ? raw : [...raw]);
        return answerOf(200);
      },
    };
    const url = await serve(toNodeMiddleware(receiver));
    const zoe = new TextEncoder().encode("Zoë");
    for (const body of ["key=k&payload=%7B%22a%22%3A1%7D+x", zoe, new Uint8Array([0x41, 0xff])]) {
      expect((await fetch(url, { method: "POST", body })).status).toBe(200);
    }
    expect(await postWithAgent(url, ["a=1", "&b=", "2"])).toMatchObject({ status: 200 });
    expect(given).toEqual(["key=k&payload=%7B%22a%22%3A1%7D+x", [...zoe], [0x41, 0xff], "a=1&b=2"]);
  });

  it("handles only its path, answering 404 elsewhere without next", async () => {
    const { receiver, seen } = receiverOf(() => answerOf(204));
    const url = await serve(toNodeMiddleware(receiver, { path: "/hook" }));
    expect((await fetch(`${url}/hook?x=1`, { method: "POST" })).status).toBe(204);
    const elsewhere = await fetch(`${url}/other`, { method: "POST" });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.headers.get("content-type")).toBe("application/json");
    expect(await elsewhere.json()).toEqual({
      error: { code: "not_found", message: "no receiver here" },
    });
    expect(seen).toHaveLength(1);
  });

  it("passes other paths to next, matching Express's full URL", async () => {
    const { receiver } = receiverOf(() => answerOf(200, "hook"));
    const app = express();
    app.use("/mount", toNodeMiddleware(receiver, { path: "/mount/hook" }));
    app.use((_req, res) => {
      res.status(418).send("next");
    });
    const url = await listen(createServer(app));
    expect(await (await fetch(`${url}/mount/hook`, { method: "POST" })).text()).toBe("hook");
    const other = await fetch(`${url}/mount/other`, { method: "POST" });
    expect([other.status, await other.text()]).toEqual([418, "next"]);
  });

  it("writes nothing when the headers already went out", async () => {
    const { receiver } = receiverOf(() => answerOf(200, "late"));
    const middleware = toNodeMiddleware(receiver);
    const url = await listen(
      createServer((req, res) => {
        res.writeHead(299);
        void middleware(req, res).then(() => res.end("first"));
      }),
    );
    const response = await fetch(url, { method: "POST" });
    expect([response.status, await response.text()]).toEqual([299, "first"]);
  });

  it("asks the sender to close the connection when it answered before the body arrived", async () => {
    const early: WebhookReceiver = { receive: () => Promise.resolve(answerOf(415)) };
    const url = await serve(toNodeMiddleware(early));
    const answer = await postWithAgent(
      url,
      Array.from({ length: 40 }, () => "x".repeat(64 * 1024)),
    );
    expect([answer.status, answer.headers.connection]).toEqual([415, "close"]);
  });

  it("keeps the connection open when the whole body was read", async () => {
    const reading = receiverOf((req) => answerOf(200, req.body));
    const url = await serve(toNodeMiddleware(reading.receiver));
    const answer = await postWithAgent(url, ["small", " body"]);
    expect([answer.status, answer.headers.connection]).toEqual([200, "keep-alive"]);
  });
});
