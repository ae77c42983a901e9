// A merchant's app built with this package, for `listen --forward-to` and `replay` to talk to.
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
import { toNodeMiddleware } from "talkable-emma-webhooks/node";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

export interface ReceivedRaw {
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: Buffer;
}

export interface RunningApp {
  readonly url: string;
  /** Every request's raw bytes, captured before the receivers read them. */
  readonly raw: ReceivedRaw[];
  /** The types of the events the handlers ran for. */
  readonly handled: string[];
  close(): Promise<void>;
}

/** Emma (token `app-token`) on paths naming emma, Talkable (key `app-key`) on the others. */
export async function startApp(options: { unsubscribed?: unknown } = {}): Promise<RunningApp> {
  const handled: string[] = [];
  const raw: ReceivedRaw[] = [];
  const talkable = createTalkableWebhooks({ key: "app-key" });
  talkable.onAny((event) => void handled.push(event.type));
  talkable.on("check_unsubscribe_web_hook", () => ({ unsubscribed: true }));
  const emma = createEmmaWebhooks({ token: "app-token" });
  emma.onAny((event) => void handled.push(event.event_name));
  const talkableMiddleware = toNodeMiddleware(talkable);
  const emmaMiddleware = toNodeMiddleware(emma);
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      raw.push({ path: request.url ?? "/", contentType: request.headers["content-type"], body });
      if (options.unsubscribed !== undefined) {
        // A broken app: answers Check Unsubscribe with JSON that contradicts the spec.
        response.writeHead(200, { "content-type": "application/json" });
        return response.end(JSON.stringify({ result: { unsubscribed: options.unsubscribed } }));
      }
      // The stream was read above; the middleware takes the bytes as a body parser leaves them.
      const middleware = request.url?.includes("emma") ? emmaMiddleware : talkableMiddleware;
      void middleware(Object.assign(request, { body }), response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    raw,
    handled,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
