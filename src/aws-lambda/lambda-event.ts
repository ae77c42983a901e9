import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
  APIGatewayProxyStructuredResultV2,
} from "aws-lambda";
import type { BodyReader, IncomingDelivery } from "../core/incoming.js";
import { bodyTooLarge } from "../core/read-body.js";

/**
 * What the handler reads of an API Gateway REST API (payload format 1.0) event; any
 * authorizer's event has it.
 */
export type LambdaEventV1 = Pick<
  APIGatewayProxyEvent,
  | "httpMethod"
  | "path"
  | "headers"
  | "multiValueHeaders"
  | "queryStringParameters"
  | "multiValueQueryStringParameters"
  | "body"
  | "isBase64Encoded"
>;

/**
 * What the handler reads of an HTTP API (payload format 2.0) or Lambda Function URL event;
 * any authorizer's event has it.
 */
export type LambdaEventV2 = Pick<
  APIGatewayProxyEventV2,
  "version" | "rawPath" | "rawQueryString" | "headers" | "cookies" | "body" | "isBase64Encoded"
> & { readonly requestContext: { readonly http: { readonly method: string } } };

/** The events the handler takes: REST API (v1), HTTP API (v2) and Function URLs (v2). */
export type LambdaWebhookEvent = LambdaEventV1 | LambdaEventV2;

/** The answer, in the shape both payload formats take (`APIGatewayProxyResult` and v2's). */
export type LambdaWebhookResult = APIGatewayProxyResult &
  APIGatewayProxyStructuredResultV2 & {
    readonly statusCode: number;
    readonly headers: Record<string, string>;
    readonly body: string;
    readonly isBase64Encoded: false;
  };

export function isVersion2(event: LambdaWebhookEvent): event is LambdaEventV2 {
  return "version" in event && event.version === "2.0";
}

type HeaderValues = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Header names in lower case, as Node gives them and the core looks them up. */
function lowerCased(headers: HeaderValues | null | undefined): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const text = typeof value === "string" ? value : value.join(", ");
    const key = name.toLowerCase();
    lower[key] = lower[key] === undefined ? text : `${lower[key]}, ${text}`;
  }
  return lower;
}

/** v1 carries the query decoded: re-encoded, every value reaches the core as it was sent. */
function queryOf(event: LambdaEventV1): string {
  const query = new URLSearchParams();
  const multi = event.multiValueQueryStringParameters;
  const single = event.queryStringParameters;
  if (multi) {
    for (const [name, values] of Object.entries(multi)) {
      for (const value of values ?? []) query.append(name, value);
    }
  } else if (single) {
    for (const [name, value] of Object.entries(single)) {
      if (value !== undefined) query.append(name, value);
    }
  }
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

/** The bytes a base64 text decodes to, at most: refused before decoding when over the limit. */
function decodedSize(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

function bodyOf(body: string | null | undefined, isBase64Encoded: boolean): string | BodyReader {
  if (!body) return "";
  if (!isBase64Encoded) return body;
  return (limit) => {
    if (decodedSize(body) > limit) return Promise.reject(bodyTooLarge(limit));
    return Promise.resolve(Buffer.from(body, "base64"));
  };
}

/** The delivery an event carries, headers in lower case and cookies back in `cookie`. */
export function deliveryOf(event: LambdaWebhookEvent): IncomingDelivery {
  if (isVersion2(event)) {
    const headers = lowerCased(event.headers);
    if (event.cookies?.length) headers["cookie"] = event.cookies.join("; ");
    const query = event.rawQueryString ? `?${event.rawQueryString}` : "";
    return {
      method: event.requestContext.http.method,
      url: `${event.rawPath || "/"}${query}`,
      headers,
      body: bodyOf(event.body, event.isBase64Encoded),
    };
  }
  return {
    method: event.httpMethod,
    url: `${event.path || "/"}${queryOf(event)}`,
    headers: lowerCased(event.multiValueHeaders ?? event.headers),
    body: bodyOf(event.body, event.isBase64Encoded),
  };
}
