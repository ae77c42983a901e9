import { Agent, type IncomingHttpHeaders, type Server, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import {
  type FetchReceiver,
  type NodeMiddleware,
  toNodeMiddleware,
} from "talkable-emma-webhooks/node";

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

/** A receiver answering what `answer` builds, recording the requests it got. */
function receiverOf(answer: (request: Request) => Response | Promise<Response>) {
  const seen: Request[] = [];
  const receiver: FetchReceiver = {
    handle: async (fetchRequest) => {
      seen.push(fetchRequest);
      return answer(fetchRequest);
    },
  };
  return { receiver, seen };
}

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
  it("hands the request over and writes back status, headers and body", async () => {
    const { receiver, seen } = receiverOf(
      async (req) =>
        new Response(`got ${await req.text()}`, {
          status: 202,
          headers: { "x-one": "1", "content-type": "text/plain" },
        }),
    );
    const url = await serve(toNodeMiddleware(receiver));
    const response = await fetch(`${url}/any/path?token=t`, { method: "POST", body: "hello" });
    expect(response.status).toBe(202);
    expect(response.headers.get("x-one")).toBe("1");
    expect(await response.text()).toBe("got hello");
    expect(seen.map((req) => [req.method, new URL(req.url).pathname])).toEqual([
      ["POST", "/any/path"],
    ]);
  });

  it("handles only its path, answering 404 elsewhere without next", async () => {
    const { receiver, seen } = receiverOf(() => new Response(null, { status: 204 }));
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
    const { receiver } = receiverOf(() => new Response("hook", { status: 200 }));
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

  it("gives a receiver failure to next, or answers 500 without next", async () => {
    const failure = new Error("socket gone");
    const { receiver } = receiverOf(() => {
      throw failure;
    });
    const errors: unknown[] = [];
    const withNext = await serve(toNodeMiddleware(receiver), (error) => {
      errors.push(error);
    });
    void fetch(withNext, { method: "POST" }).catch(() => undefined);
    await expect.poll(() => errors).toEqual([failure]);
    const withoutNext = await serve(toNodeMiddleware(receiver));
    const response = await fetch(withoutNext, { method: "POST" });
    expect([response.status, await response.text()]).toEqual([500, ""]);
  });

  it("destroys the response when a failure comes after the headers went out", async () => {
    const { receiver } = receiverOf(() => {
      throw new Error("late");
    });
    const middleware = toNodeMiddleware(receiver);
    const url = await listen(
      createServer((req, res) => {
        res.flushHeaders();
        void middleware(req, res);
      }),
    );
    await expect(
      fetch(url, { method: "POST" }).then((response) => response.text()),
    ).rejects.toThrow();
  });

  it("asks the sender to close the connection when it answered before the body arrived", async () => {
    const early = receiverOf(() => new Response(null, { status: 415 }));
    const url = await serve(toNodeMiddleware(early.receiver));
    const answer = await postWithAgent(
      url,
      Array.from({ length: 40 }, () => "x".repeat(64 * 1024)),
    );
    expect([answer.status, answer.headers.connection]).toEqual([415, "close"]);
  });

  it("keeps the connection open when the whole body was read", async () => {
    const reading = receiverOf(async (req) => new Response(await req.text(), { status: 200 }));
    const url = await serve(toNodeMiddleware(reading.receiver));
    const answer = await postWithAgent(url, ["small", " body"]);
    expect([answer.status, answer.headers.connection]).toEqual([200, "keep-alive"]);
  });
});
