import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { type NodeRequest, toFetchRequest } from "talkable-emma-webhooks/node";

interface IncomingOptions {
  readonly method?: string;
  readonly url?: string;
  readonly headers?: NodeRequest["headers"];
  readonly chunks?: readonly string[];
  readonly ended?: boolean;
}

/** A Node request as the server would hand it over, with its body pushed into its stream. */
function incoming(options: IncomingOptions = {}): NodeRequest {
  const request: NodeRequest = new IncomingMessage(new Socket());
  if (options.method !== undefined) request.method = options.method;
  if (options.url !== undefined) request.url = options.url;
  request.headers = options.headers ?? {};
  for (const chunk of options.chunks ?? []) request.push(Buffer.from(chunk));
  if (options.ended ?? true) request.push(null);
  return request;
}

/** The same request after a body parser read its stream to the end and set `body`. */
async function parsed(body: unknown, headers: NodeRequest["headers"] = {}): Promise<NodeRequest> {
  const request = incoming({ method: "POST", url: "/hook", headers, chunks: ["consumed"] });
  request.resume();
  await once(request, "end");
  request.body = body;
  return request;
}

const form = { "content-type": "application/x-www-form-urlencoded" };

describe("toFetchRequest", () => {
  it("copies method, URL and headers, repeating multi-valued ones", () => {
    const request = toFetchRequest(
      incoming({
        method: "GET",
        url: "/hook?token=t",
        headers: { host: "shop.test", "x-multi": ["a", "b"], "x-none": undefined },
      }),
    );
    expect(request.method).toBe("GET");
    expect(request.url).toBe("http://localhost/hook?token=t");
    expect(request.headers.get("x-multi")).toBe("a, b");
    expect(request.headers.has("x-none")).toBe(false);
    expect(request.body).toBeNull();
  });

  it("prefers Express's originalUrl, and defaults to GET /", () => {
    const mounted = incoming({ method: "POST", url: "/hook" });
    mounted.originalUrl = "/webhooks/hook?token=t";
    expect(toFetchRequest(mounted).url).toBe("http://localhost/webhooks/hook?token=t");
    const bare = toFetchRequest(incoming());
    expect([bare.method, bare.url]).toEqual(["GET", "http://localhost/"]);
  });

  it("gives HEAD no body", () => {
    expect(toFetchRequest(incoming({ method: "HEAD", chunks: ["x"] })).body).toBeNull();
  });

  it("streams an untouched body, keeping Content-Length", async () => {
    const request = toFetchRequest(
      incoming({
        method: "POST",
        headers: { ...form, "content-length": "7" },
        chunks: ["a=1", "&b=2"],
      }),
    );
    expect(request.headers.get("content-length")).toBe("7");
    expect(await request.text()).toBe("a=1&b=2");
  });

  it("pauses the Node stream until the web stream is read", async () => {
    const source = incoming({ method: "POST", chunks: ["1", "2", "3"], ended: false });
    const request = toFetchRequest(source);
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.isPaused()).toBe(true);
    source.push(null);
    expect(await request.text()).toBe("123");
  });

  it("gives an empty body when the stream already ended with no parsed body", async () => {
    const source = incoming({ method: "POST", chunks: ["gone"] });
    source.resume();
    await once(source, "end");
    expect(await toFetchRequest(source).text()).toBe("");
  });

  it("fails the body when the stream errors or closes early", async () => {
    const failing = incoming({ method: "POST", chunks: ["a"], ended: false });
    const broken = toFetchRequest(failing);
    failing.destroy(new Error("socket reset"));
    await expect(broken.text()).rejects.toThrow();
    const closing = incoming({ method: "POST", chunks: ["a"], ended: false });
    const cut = toFetchRequest(closing);
    closing.destroy();
    await expect(cut.text()).rejects.toThrow();
  });

  it("on cancel, discards the rest without destroying the request", async () => {
    const source = incoming({ method: "POST", chunks: ["first", "second"], ended: false });
    const reader = toFetchRequest(source).body?.getReader();
    expect(new TextDecoder().decode((await reader?.read())?.value)).toBe("first");
    await reader?.cancel();
    expect(source.destroyed).toBe(false);
    expect(source.isPaused()).toBe(false);
    expect(source.listenerCount("data")).toBe(0);
    source.push(Buffer.from("more"));
    source.push(null);
    await once(source, "end");
  });

  it("uses a string a parser left, dropping the original Content-Length", async () => {
    const request = toFetchRequest(
      await parsed("key=k&payload={}", { ...form, "content-length": "99" }),
    );
    expect(request.headers.get("content-length")).not.toBe("99");
    expect(await request.text()).toBe("key=k&payload={}");
  });

  it("uses a copy of a Buffer a parser left", async () => {
    const buffer = Buffer.from('{"a":1}');
    const request = toFetchRequest(await parsed(buffer, { "content-type": "application/json" }));
    buffer.fill(0);
    expect(await request.text()).toBe('{"a":1}');
  });

  it("re-encodes a parsed urlencoded object, keeping repeated fields repeated", async () => {
    const body = {
      key: "k",
      type: ["a", "b"],
      payload: '{"x":"1+1 & 10%"}',
      n: 5,
      nested: { a: 1 },
    };
    const request = toFetchRequest(await parsed(body, form));
    const fields = new URLSearchParams(await request.text());
    expect([...fields]).toEqual([
      ["key", "k"],
      ["type", "a"],
      ["type", "b"],
      ["payload", '{"x":"1+1 & 10%"}'],
      ["n", "5"],
      ["nested", '{"a":1}'],
    ]);
  });

  it("re-encodes a parsed JSON object as JSON", async () => {
    const body = { event_name: "member_signup", data: { account_id: 1 } };
    const request = toFetchRequest(
      await parsed(body, { "content-type": "application/json; charset=utf-8" }),
    );
    expect(await request.json()).toEqual(body);
  });

  it("re-encodes a parsed object as a form when the request has no content type", async () => {
    expect(await toFetchRequest(await parsed({ a: "1" })).text()).toBe("a=1");
  });

  it("ignores an empty object when the stream is still untouched (Express 4 parsers)", async () => {
    const source = incoming({ method: "POST", headers: form, chunks: ["key=k"] });
    source.body = {};
    expect(await toFetchRequest(source).text()).toBe("key=k");
  });

  it("re-encodes an empty object when the stream was consumed", async () => {
    expect(await toFetchRequest(await parsed({}, form)).text()).toBe("");
  });

  it.each([null, 42])("reads the stream when body is %j", async (body) => {
    const source = incoming({ method: "POST", chunks: ["raw"] });
    source.body = body;
    expect(await toFetchRequest(source).text()).toBe("raw");
  });
});
