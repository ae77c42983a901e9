import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  LambdaFunctionURLEvent,
} from "aws-lambda";

/** What a test sends: the request, before API Gateway turns it into an event. */
export interface LambdaRequest {
  readonly method: string;
  readonly path: string;
  /** The query as sent on the wire (percent-encoded), without `?`. */
  readonly rawQuery: string;
  /** Headers as sent, names in the sender's case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | string;
  readonly cookies?: readonly string[];
}

const requestTime = { requestTime: "03/Dec/2026:09:00:00 +0000", requestTimeEpoch: 1796288400000 };

function bodyFields(body: Uint8Array | string, base64: boolean) {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
  if (bytes.byteLength === 0) return { body: null, isBase64Encoded: false };
  return base64
    ? { body: bytes.toString("base64"), isBase64Encoded: true }
    : { body: bytes.toString("utf8"), isBase64Encoded: false };
}

/** v2 leaves `body` out when there is none. */
function v2Body(body: Uint8Array | string, base64: boolean) {
  const fields = bodyFields(body, base64);
  return fields.body === null ? { isBase64Encoded: false } : { ...fields, body: fields.body };
}

/** A complete REST API (v1) proxy event, with every field AWS documents, as the gateway makes it. */
export function restApiEvent(request: LambdaRequest, base64: boolean): APIGatewayProxyEvent {
  const query = new URLSearchParams(request.rawQuery);
  const multiQuery: Record<string, string[]> = {};
  for (const [name, value] of query) (multiQuery[name] ??= []).push(value);
  const hasQuery = request.rawQuery !== "";
  const { body, isBase64Encoded } = bodyFields(request.body, base64);
  return {
    resource: "/{proxy+}",
    path: request.path,
    httpMethod: request.method,
    headers: { ...request.headers },
    multiValueHeaders: Object.fromEntries(
      Object.entries(request.headers).map(([n, v]) => [n, [v]]),
    ),
    queryStringParameters: hasQuery ? Object.fromEntries(query) : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: { proxy: request.path.slice(1) },
    stageVariables: null,
    requestContext: {
      accountId: "123456789012",
      apiId: "1234567890",
      authorizer: {},
      protocol: "HTTP/1.1",
      httpMethod: request.method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: "203.0.113.7",
        user: null,
        userAgent: request.headers["User-Agent"] ?? "curl/8.5.0",
        userArn: null,
      },
      path: `/prod${request.path}`,
      stage: "prod",
      requestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
      resourceId: "123456",
      resourcePath: "/{proxy+}",
      ...requestTime,
    },
    body,
    isBase64Encoded,
  };
}

/** A complete HTTP API payload 2.0 event: lower-case headers, cookies apart, the query raw. */
export function httpApiEvent(request: LambdaRequest, base64: boolean): APIGatewayProxyEventV2 {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: request.path,
    rawQueryString: request.rawQuery,
    ...(request.cookies ? { cookies: [...request.cookies] } : {}),
    headers,
    ...(request.rawQuery
      ? { queryStringParameters: Object.fromEntries(new URLSearchParams(request.rawQuery)) }
      : {}),
    requestContext: {
      accountId: "123456789012",
      apiId: "api-id",
      domainName: "id.execute-api.us-east-1.amazonaws.com",
      domainPrefix: "id",
      http: {
        method: request.method,
        path: request.path,
        protocol: "HTTP/1.1",
        sourceIp: "203.0.113.7",
        userAgent: headers["user-agent"] ?? "curl/8.5.0",
      },
      requestId: "JKJaXmPLvHcESHA=",
      routeKey: "$default",
      stage: "$default",
      time: "03/Dec/2026:09:00:00 +0000",
      timeEpoch: 1796288400000,
    },
    ...v2Body(request.body, base64),
  };
}

/** A Lambda Function URL event: payload 2.0, with the URL's own domain. */
export function functionUrlEvent(request: LambdaRequest, base64: boolean): LambdaFunctionURLEvent {
  const event = httpApiEvent(request, base64);
  return {
    ...event,
    requestContext: {
      ...event.requestContext,
      apiId: "abcdefghij",
      domainName: "abcdefghij.lambda-url.us-east-1.on.aws",
      domainPrefix: "abcdefghij",
    },
  };
}
