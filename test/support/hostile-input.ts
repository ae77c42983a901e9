import fc from "fast-check";
import { afterAll, beforeAll, expect } from "vitest";
import { errorStatuses, talkableWebhookTypes } from "talkable-emma-webhooks/talkable";
import { wireText } from "./payload-variations.js";
import { formContentType, jsonContentType } from "./wire.js";

/** JSON that tries to reach `Object.prototype` through a naive merge. */
export const jsonPollution = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
];
/** The same through the bracket syntax of nested form parsers. */
export const pollution = [
  ...jsonPollution,
  "__proto__[polluted]=1",
  "constructor[prototype][polluted]=1",
];

/** Fails the file if any promise rejection went unhandled while it ran. */
export function failOnUnhandledRejections(): void {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(() => {
    process.on("unhandledRejection", onUnhandled);
  });
  afterAll(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
  });
}

/** Asserts that nothing was added to `Object.prototype`. */
export function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe["polluted"]).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
  expect(Object.keys(Object.prototype)).toEqual([]);
}

const fieldNames = fc.oneof(
  fc.constantFrom("key", "site", "type", "payload", "extras", "__proto__", "constructor"),
  wireText,
);

/** Values a form field may hold: odd text, JSON, webhook names and broken escapes. */
export const fieldValues = fc.oneof(
  wireText,
  fc.constantFrom(...pollution, ...talkableWebhookTypes, "{", "[]", "null", "%", "%E2%82"),
  fc.json(),
);

/** Form bodies of random fields, each percent-encoded or raw as `curl --data` sends it. */
export const formBody = fc
  .array(fc.tuple(fieldNames, fieldValues, fc.boolean()), { maxLength: 8 })
  .map((fields) =>
    fields
      .map(([name, value, encode]) =>
        encode ? new URLSearchParams([[name, value]]).toString() : `${name}=${value}`,
      )
      .join("&"),
  );

/** Any body: forms, arbitrary text, arbitrary bytes, JSON. */
export const anyBody = fc.oneof(
  formBody,
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => new Uint8Array(bytes)),
  fc.json(),
  fc.constantFrom(...pollution),
);

/** Right, wrong and random content types. */
export const anyContentType = fc.oneof(
  fc.constantFrom(
    formContentType,
    `${formContentType}; charset=utf-8`,
    `${formContentType}; charset=latin1`,
    jsonContentType,
    `${jsonContentType}; charset=UTF-8`,
    "text/plain",
    "",
    "multipart/form-data; boundary=x",
  ),
  fc.string({ unit: "binary-ascii", maxLength: 40 }),
);

/** A few random headers, Content-Length with random values among them. */
export const anyHeaders = fc.dictionary(
  fc.oneof(
    fc.constantFrom("content-length", "x-emma-token", "authorization"),
    fc.stringMatching(/^x-[a-z0-9-]{1,12}$/),
  ),
  fc.stringMatching(/^[\x20-\x7e]{0,30}$/),
  { maxKeys: 4 },
);

/** Mostly POST, sometimes another method. */
export const anyMethod = fc.constantFrom("POST", "POST", "POST", "PUT", "PATCH", "GET", "DELETE");

/** What {@link requestOf} builds a request from. */
export interface HostileRequest {
  readonly method: string;
  readonly contentType: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array<ArrayBuffer>;
}

/** Builds the request, or undefined when the platform itself refuses such headers. */
export function requestOf(url: string, init: HostileRequest): Request | undefined {
  try {
    const headers = new Headers(init.headers);
    headers.set("content-type", init.contentType);
    const body = init.method === "GET" ? {} : { body: init.body };
    return new Request(url, { method: init.method, headers, ...body });
  } catch {
    return undefined;
  }
}

const knownStatuses = new Set<number>(Object.values(errorStatuses));

/** Asserts a 4xx answer with one of the documented statuses and the JSON error shape. */
export async function expectRefusal(response: Response): Promise<void> {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(knownStatuses.has(response.status)).toBe(true);
  const answer: unknown = await response.json();
  expect(answer).toMatchObject({
    error: { code: expect.any(String) as unknown, message: expect.any(String) as unknown },
  });
}
