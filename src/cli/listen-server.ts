import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as `listen` received it: the exact body bytes and what tells vendors apart. */
export interface IncomingDelivery {
  readonly method: string;
  /** Path and query, as sent. */
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: Uint8Array;
  readonly receivedAt: Date;
}

/** What to send back. */
export interface OutgoingAnswer {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string;
}

// Bodies above this are refused before they are buffered; the receivers' own limit is 1 MiB.
const readLimit = 8 * 1024 * 1024;

async function readBody(request: IncomingMessage): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > readLimit) return undefined;
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function reply(response: ServerResponse, answer: OutgoingAnswer): void {
  const headers = answer.contentType === null ? {} : { "content-type": answer.contentType };
  response.writeHead(answer.status, headers).end(answer.body);
}

/** A plain Node HTTP server handing each whole request to `handle`. */
export async function startListenServer(
  port: number,
  host: string,
  handle: (delivery: IncomingDelivery) => Promise<OutgoingAnswer>,
): Promise<{ readonly url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const receivedAt = new Date();
    readBody(request)
      .then(async (body) => {
        if (body === undefined) {
          return reply(response, { status: 413, contentType: null, body: "" });
        }
        const contentType = request.headers["content-type"];
        const path = request.url ?? "/";
        reply(
          response,
          await handle({ method: request.method ?? "GET", path, contentType, body, receivedAt }),
        );
      })
      .catch(() => reply(response, { status: 500, contentType: null, body: "" }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
