import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createEmmaClient,
  emmaDefaultBaseUrl,
  type EmmaClientOptions,
} from "talkable-emma-webhooks/emma/client";
import { emmaApiExamples } from "../../generated/emma/api-examples.js";
import { basicAuthorization } from "../../src/emma/client/basic-auth.js";

const options = {
  accountId: 1759,
  publicKey: "pub-key",
  privateKey: "priv-key",
} satisfies EmmaClientOptions;

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | null;
  readonly body: unknown;
  readonly signal: AbortSignal;
}

/** A fetch that records what it was asked and answers `body` with `status`. */
function fakeFetch(body: unknown, status = 200) {
  const seen: Seen[] = [];
  const fetch = async (request: Request) => {
    const text = await request.text();
    seen.push({
      method: request.method,
      url: request.url,
      authorization: request.headers.get("authorization"),
      body: text === "" ? undefined : JSON.parse(text),
      signal: request.signal,
    });
    return Response.json(body, { status });
  };
  return { seen, fetch };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createEmmaClient", () => {
  const base = `${emmaDefaultBaseUrl}/1759/webhooks`;
  const created = emmaApiExamples.createWebhook.request.default;
  const update = emmaApiExamples.updateWebhook.request.default;
  const cases = [
    ["listWebhooks", "GET", base, undefined, emmaApiExamples.listWebhooks["200"].default],
    ["getWebhook", "GET", `${base}/88`, undefined, emmaApiExamples.getWebhook["200"].default],
    [
      "listEvents",
      "GET",
      `${base}/events`,
      undefined,
      emmaApiExamples.listWebhookEvents["200"].default,
    ],
    ["createWebhook", "POST", base, created, emmaApiExamples.createWebhook["200"].default],
    ["updateWebhook", "PUT", `${base}/88`, update, emmaApiExamples.updateWebhook["200"].default],
    ["deleteWebhook", "DELETE", `${base}/88`, undefined, true],
    ["deleteAllWebhooks", "DELETE", base, undefined, true],
  ] as const;

  it.each(cases)(
    "%s: %s %s with HTTP Basic, resolving { data, response }",
    async (name, method, url, body, answer) => {
      const { seen, fetch } = fakeFetch(answer);
      const emma = createEmmaClient({ ...options, fetch });
      const calls = {
        listWebhooks: () => emma.listWebhooks(),
        getWebhook: () => emma.getWebhook(88),
        listEvents: () => emma.listEvents(),
        createWebhook: () => emma.createWebhook(created),
        updateWebhook: () => emma.updateWebhook(88, update),
        deleteWebhook: () => emma.deleteWebhook(88),
        deleteAllWebhooks: () => emma.deleteAllWebhooks(),
      };
      const result = await calls[name]();
      expect(seen).toEqual([
        {
          method,
          url,
          authorization: `Basic ${btoa("pub-key:priv-key")}`,
          body,
          signal: expect.any(AbortSignal) as unknown,
        },
      ]);
      expect(result.data).toEqual(answer);
      expect(result.error).toBeUndefined();
      expect(result.response.status).toBe(200);
    },
  );

  it("resolves { error } on an HTTP error instead of throwing", async () => {
    const notFound = emmaApiExamples.getWebhook["404"].default;
    const emma = createEmmaClient({ ...options, fetch: fakeFetch(notFound, 404).fetch });
    const result = await emma.getWebhook(999);
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual(notFound);
    expect(result.response.status).toBe(404);
  });

  it("calls the global fetch at request time, so mocks installed later apply", async () => {
    const emma = createEmmaClient(options);
    const { seen, fetch } = fakeFetch([]);
    vi.stubGlobal("fetch", fetch);
    expect((await emma.listWebhooks()).data).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it("uses the base URL given, with or without a trailing slash, and passes a signal on", async () => {
    const { seen, fetch } = fakeFetch([]);
    const emma = createEmmaClient({ ...options, baseUrl: "http://127.0.0.1:1/api/", fetch });
    const controller = new AbortController();
    await emma.listWebhooks({ signal: controller.signal });
    controller.abort();
    expect(seen[0]?.url).toBe("http://127.0.0.1:1/api/1759/webhooks");
    expect(seen[0]?.signal.aborted).toBe(true);
  });

  it("exposes the openapi-fetch client, authenticated", async () => {
    const { seen, fetch } = fakeFetch(emmaApiExamples.getWebhook["200"].default);
    const emma = createEmmaClient({ ...options, fetch });
    const { data } = await emma.client.GET("/{account_id}/webhooks/{webhook_id}", {
      params: { path: { account_id: 1759, webhook_id: 88 } },
    });
    expect(data?.webhook_id).toBe(88);
    expect(seen[0]?.authorization).toBe(basicAuthorization("pub-key", "priv-key"));
  });

  it.each([
    [{ ...options, accountId: 0 }, /accountId/],
    [{ ...options, accountId: 1.5 }, /accountId/],
    [{ ...options, publicKey: "" }, /publicKey/],
    [{ ...options, privateKey: "" }, /privateKey/],
  ])("refuses bad options: %j", (bad, message) => {
    expect(() => createEmmaClient(bad)).toThrow(message);
  });
});

describe("basicAuthorization", () => {
  it("base64-encodes user:password as UTF-8", () => {
    expect(basicAuthorization("Aladdin", "open sesame")).toBe("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    expect(basicAuthorization("é", "✓")).toBe(
      `Basic ${Buffer.from("é:✓", "utf8").toString("base64")}`,
    );
  });
});
