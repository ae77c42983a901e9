import { type Socket, connect } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { WebhookError } from "talkable-emma-webhooks/talkable";
import { type RunningServer, startExpressServer, startNodeServer } from "../support/servers.js";
import { createRecordingTalkable, talkableKey } from "../support/talkable-receivers.js";
import { encodeTalkableBody, firstTalkableExample, formContentType } from "../support/wire.js";

/** Sends `text` as the raw bytes of a request and resolves with everything the server wrote. */
function sendRaw(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    const parts: Buffer[] = [];
    socket.on("data", (part: Buffer) => parts.push(part));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(parts).toString("utf8")));
  });
}

/** Starts a request whose body never ends, then hangs up once the server has part of it. */
function hangUpMidBody(url: string): Promise<void> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST ${pathname} HTTP/1.1\r\nHost: x\r\nContent-Type: ${formContentType}\r\n` +
          "Content-Length: 100000\r\n\r\nkey=abc&payload=",
      );
      setTimeout(() => socket.destroy(), 50);
    });
    socket.on("close", () => resolve());
    socket.on("error", () => undefined);
  });
}

const statusOf = (raw: string) => Number(raw.slice(9, 12));
const bodyOf = (raw: string): unknown => JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4));

describe.each([
  ["node-http", startNodeServer],
  ["express", startExpressServer],
] as const)("the Node adapter on %s", (_kind, start) => {
  const talkable = createRecordingTalkable({ key: talkableKey });
  let server: RunningServer;

  beforeAll(async () => {
    server = await start(talkable.webhooks);
  });
  afterAll(() => server.close());
  beforeEach(() => talkable.recording.clear());

  it("answers TRACE (which fetch cannot send) with a JSON 405 and Allow: POST", async () => {
    const raw = await sendRaw(
      server.url,
      `TRACE ${new URL(server.url).pathname} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(raw)).toBe(405);
    expect(raw.toLowerCase()).toContain("\r\nallow: post\r\n");
    expect(bodyOf(raw)).toMatchObject({ error: { code: "method_not_allowed" } });
  });

  it.each(["PUT", "DELETE", "PATCH", "OPTIONS"])(
    "answers %s with a JSON 405 and Allow: POST, never an error page",
    async (method) => {
      const response = await fetch(server.url, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
      expect(await response.json()).toMatchObject({ error: { code: "method_not_allowed" } });
    },
  );

  it("answers a request target no URL parser accepts with a JSON 400", async () => {
    const raw = await sendRaw(
      server.url,
      `POST //[ HTTP/1.1\r\nHost: x\r\nContent-Type: ${formContentType}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
    // Express routes by path, so it matches no route for it and answers its own 404.
    if (_kind === "express") expect(statusOf(raw)).toBe(404);
    else {
      expect(statusOf(raw)).toBe(400);
      expect(bodyOf(raw)).toMatchObject({ error: { code: "malformed_url" } });
    }
    expect(raw).not.toMatch(/at .*\.js:\d+/);
  });

  it("reports a sender that hangs up mid-body as client_aborted, not handler_failed", async () => {
    await hangUpMidBody(server.url);
    await expect
      .poll(() => talkable.recording.errors.map((error) => (error as WebhookError).code))
      .toEqual(["client_aborted"]);
    expect(talkable.recording.events).toEqual([]);
  });

  it("still accepts a delivery after all that", async () => {
    const body = encodeTalkableBody(firstTalkableExample("create_coupon_web_hook"), {
      key: talkableKey,
    });
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": formContentType },
      body,
    });
    expect(response.status).toBe(200);
  });
});

describe("the Node adapter without a path", () => {
  it("answers //[ with 400 malformed_url", async () => {
    const talkable = createRecordingTalkable({ key: talkableKey });
    const { createServer } = await import("node:http");
    const { toNodeMiddleware } = await import("talkable-emma-webhooks/node");
    const middleware = toNodeMiddleware(talkable.webhooks);
    const server = createServer((request, response) => void middleware(request, response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const raw = await sendRaw(
      `http://127.0.0.1:${port}/`,
      `POST //[ HTTP/1.1\r\nHost: x\r\nContent-Type: ${formContentType}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
    server.close();
    expect(statusOf(raw)).toBe(400);
    expect(bodyOf(raw)).toMatchObject({ error: { code: "malformed_url" } });
    expect(talkable.recording.errors).toMatchObject([{ code: "malformed_url" }]);
  });
});

describe("a sender that hangs up while the handlers run", () => {
  it("aborts the handlers' signal and reports client_aborted", async () => {
    const talkable = createRecordingTalkable({ key: talkableKey, handlerTimeoutMs: 5_000 });
    const aborted: boolean[] = [];
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    talkable.webhooks.on("create_coupon_web_hook", (_event, { signal }) => {
      started();
      return new Promise<void>((_resolve, reject) => {
        signal.addEventListener("abort", () => {
          aborted.push(true);
          reject(new Error("stopped: the sender left"));
        });
      });
    });
    const server = await startNodeServer(talkable.webhooks);
    const body = encodeTalkableBody(firstTalkableExample("create_coupon_web_hook"), {
      key: talkableKey,
    });
    const controller = new AbortController();
    const sent = fetch(server.url, {
      method: "POST",
      headers: { "content-type": formContentType },
      body,
      signal: controller.signal,
    }).catch(() => "hung up");
    // Hang up once the handler runs (its signal then exists, not yet aborted).
    await running;
    controller.abort();
    expect(await sent).toBe("hung up");
    await expect.poll(() => aborted).toEqual([true]);
    await expect
      .poll(() => talkable.recording.errors.map((error) => (error as WebhookError).code))
      .toContain("client_aborted");
    await server.close();
  });
});
