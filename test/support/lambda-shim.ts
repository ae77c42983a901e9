import { type IncomingMessage, type Server, createServer } from "node:http";
import type { LambdaWebhookEvent, LambdaWebhookHandler } from "talkable-emma-webhooks/aws-lambda";

/** API Gateway's own payload limit: it buffers the body and never invokes on more. */
const gatewayLimit = 10 * 1024 * 1024;

/** Which event the shim makes of a request, as API Gateway or a Function URL would. */
export type LambdaEventFormat = "rest-v1" | "http-v2";

function readWhole(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= gatewayLimit) chunks.push(chunk);
    });
    request.on("end", () => resolve(size > gatewayLimit ? undefined : Buffer.concat(chunks)));
    request.on("error", reject);
    // A sender that hangs up mid-body: the gateway never invokes the function.
    request.on("close", () => {
      if (!request.complete) reject(new Error("the sender hung up"));
    });
  });
}

/** Every header value by its name as sent (case kept), in order. */
function headerLists(request: IncomingMessage): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  const raw = request.rawHeaders;
  for (let index = 0; index < raw.length; index += 2) {
    const name = raw[index] ?? "";
    (lists[name] ??= []).push(raw[index + 1] ?? "");
  }
  return lists;
}

/**
 * A REST API event (binary media type `*\/*`, so every body arrives base64): headers and
 * query as API Gateway hands them over, the query decoded, last value and every value.
 */
function restEvent(request: IncomingMessage, body: Buffer): LambdaWebhookEvent {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const multiValueHeaders = headerLists(request);
  const multiQuery: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (multiQuery[name] ??= []).push(value);
  const hasQuery = Object.keys(multiQuery).length > 0;
  return {
    httpMethod: request.method ?? "GET",
    path: url.pathname,
    headers: Object.fromEntries(Object.entries(multiValueHeaders).map(([n, v]) => [n, v.at(-1)])),
    multiValueHeaders,
    queryStringParameters: hasQuery
      ? Object.fromEntries(Object.entries(multiQuery).map(([n, v]) => [n, v.at(-1)]))
      : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    body: body.byteLength === 0 ? null : body.toString("base64"),
    isBase64Encoded: body.byteLength > 0,
  };
}

/**
 * An HTTP API 2.0 / Function URL event: header names in lower case, repeated values joined
 * with a comma, cookies apart, the query raw; text bodies as text, others base64.
 */
function httpEvent(request: IncomingMessage, body: Buffer): LambdaWebhookEvent {
  const target = request.url ?? "/";
  const query = target.indexOf("?");
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, values] of Object.entries(headerLists(request))) {
    const lower = name.toLowerCase();
    if (lower === "cookie") cookies = values.flatMap((value) => value.split("; "));
    else
      headers[lower] = headers[lower] ? `${headers[lower]},${values.join(",")}` : values.join(",");
  }
  const text = /^(text\/|application\/(json|x-www-form-urlencoded))/.test(
    headers["content-type"] ?? "",
  );
  return {
    version: "2.0",
    rawPath: query === -1 ? target : target.slice(0, query),
    rawQueryString: query === -1 ? "" : target.slice(query + 1),
    headers,
    ...(cookies ? { cookies } : {}),
    ...(body.byteLength === 0
      ? { isBase64Encoded: false }
      : { body: body.toString(text ? "utf8" : "base64"), isBase64Encoded: !text }),
    requestContext: { http: { method: request.method ?? "GET" } },
  };
}

/**
 * A tiny stand-in for API Gateway on 127.0.0.1: it buffers each request as the gateway does,
 * makes the event of `format`, invokes the handler and writes its result back.
 */
export function createLambdaShim(handler: LambdaWebhookHandler, format: LambdaEventFormat): Server {
  return createServer((request, response) => {
    void (async () => {
      const body = await readWhole(request);
      if (body === undefined) {
        response.writeHead(413, { "content-type": "application/json" });
        response.end('{"message":"Request Entity Too Large"}');
        return;
      }
      const event = format === "rest-v1" ? restEvent(request, body) : httpEvent(request, body);
      const result = await handler(event);
      response.writeHead(result.statusCode, result.headers);
      response.end(result.isBase64Encoded ? Buffer.from(result.body, "base64") : result.body);
    })().catch(() => response.destroy());
  });
}
