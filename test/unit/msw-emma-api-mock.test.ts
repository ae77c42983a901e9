import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { emmaApiValidators } from "talkable-emma-webhooks/emma";
import {
  emmaApiHandlers,
  type EmmaApiHandlers,
  type EmmaApiInjection,
  type EmmaApiOperation,
} from "talkable-emma-webhooks/msw";
import { emmaApiExamples } from "../../generated/emma/api-examples.js";

const base = "https://api.e2ma.net";
const auth = `Basic ${btoa("pub:priv")}`;
const exampleWebhooks = emmaApiExamples.listWebhooks["200"].default;

async function send(api: EmmaApiHandlers, method: string, path: string, body?: unknown) {
  const headers = { authorization: auth, "content-type": "application/json" };
  const init =
    body === undefined ? { method, headers } : { method, headers, body: JSON.stringify(body) };
  const response = await getResponse(api, new Request(`${base}${path}`, init));
  if (!response) throw new Error(`no handler for ${method} ${path}`);
  return response;
}

describe("emmaApiHandlers: accounts and seeds", () => {
  it("serves any account by default, each with its own copy of the spec's examples", async () => {
    const api = emmaApiHandlers();
    await send(api, "DELETE", "/42/webhooks");
    const other = await send(api, "GET", "/7/webhooks");
    expect(other.status).toBe(200);
    expect(await other.json()).toEqual(
      exampleWebhooks.map((webhook) => ({ ...webhook, account_id: 7 })),
    );
    expect(api.webhooks(42)).toEqual([]);
  });

  it("starts from the seed: ids given or numbered on, account-bound entries only there", async () => {
    const api = emmaApiHandlers({
      seed: [
        { event: "member_signup", url: "https://a.test/1", webhook_id: 10 },
        { event: "message_open", url: "https://a.test/2", method: "GET" },
        { event: "member_optout", url: "https://a.test/3", account_id: 5 },
      ],
    });
    expect(api.webhooks(4)).toEqual([
      {
        url: "https://a.test/1",
        webhook_id: 10,
        method: "POST",
        account_id: 4,
        event: "member_signup",
      },
      {
        url: "https://a.test/2",
        webhook_id: 11,
        method: "GET",
        account_id: 4,
        event: "message_open",
      },
    ]);
    expect(api.webhooks(5).map((webhook) => webhook.event)).toEqual([
      "member_signup",
      "message_open",
      "member_optout",
    ]);
    const created = await send(api, "POST", "/4/webhooks", {
      event: "member_add",
      url: "https://a.test/4",
    });
    expect(await created.json()).toBe(12);
  });

  it("starts empty with seed [], numbering from 1", async () => {
    const api = emmaApiHandlers({ seed: [] });
    expect(await (await send(api, "GET", "/1759/webhooks")).json()).toEqual([]);
    const created = await send(api, "POST", "/1759/webhooks", {
      event: "member_add",
      url: "https://a.test",
    });
    expect(await created.json()).toBe(1);
  });
});

describe("emmaApiHandlers: injected failures", () => {
  const cases: [EmmaApiOperation, string, string, EmmaApiInjection, number, unknown][] = [
    [
      "listWebhooks",
      "GET",
      "/1/webhooks",
      { status: 500 },
      500,
      { error: "Internal Server Error" },
    ],
    [
      "listWebhooks",
      "GET",
      "/1/webhooks",
      { status: 401 },
      401,
      emmaApiExamples.listWebhooks["401"].default,
    ],
    [
      "createWebhook",
      "POST",
      "/1/webhooks",
      { status: 400 },
      400,
      emmaApiExamples.createWebhook["400"].default,
    ],
    ["getWebhook", "GET", "/1/webhooks/88", { status: 503, error: "down" }, 503, { error: "down" }],
  ];
  it.each(cases)(
    "%s answers the injected %j",
    async (operation, method, path, injection, status, body) => {
      const api = emmaApiHandlers();
      api.inject(operation, injection);
      const payload =
        method === "POST" ? { event: "member_add", url: "https://a.test" } : undefined;
      const response = await send(api, method, path, payload);
      expect(response.status).toBe(status);
      const answer: unknown = await response.json();
      expect(answer).toEqual(body);
      expect(emmaApiValidators.listWebhooks["401"](answer)).toBe(true); // the spec's ErrorResponse
      expect(api.webhooks(1)).toHaveLength(exampleWebhooks.length); // nothing was created
    },
  );

  it("fails only `times` requests, and only the chosen operation", async () => {
    const api = emmaApiHandlers();
    api.inject("listWebhooks", { status: 503, times: 2 });
    expect((await send(api, "GET", "/1/webhooks/events")).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send(api, "GET", "/1/webhooks")).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(() => api.inject("listWebhooks", { status: 500, times: 0 })).toThrow(RangeError);
  });

  it("fails at the network level", async () => {
    const api = emmaApiHandlers();
    api.inject("deleteAllWebhooks", { networkError: true });
    const response = await send(api, "DELETE", "/1/webhooks");
    expect(response.type).toBe("error");
    expect(api.webhooks(1)).toHaveLength(exampleWebhooks.length);
  });

  it("answers late with a delay", async () => {
    const api = emmaApiHandlers();
    api.inject("listWebhooks", { delayMs: 120 });
    const started = performance.now();
    const response = await send(api, "GET", "/1/webhooks");
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    expect(response.status).toBe(200);
  });
});

describe("emmaApiHandlers: request log and one reset", () => {
  it("logs each request with its operation, account, body and status; reset clears everything", async () => {
    const api = emmaApiHandlers({ accountId: 3 });
    const body = { event: "member_add", url: "https://a.test" };
    await send(api, "POST", "/3/webhooks", body);
    await send(api, "GET", "/4/webhooks");
    api.inject("getWebhook", { networkError: true });
    await send(api, "GET", "/3/webhooks/88");
    expect(api.requests).toEqual([
      {
        operation: "createWebhook",
        method: "POST",
        url: `${base}/3/webhooks`,
        accountId: 3,
        body,
        status: 200,
      },
      {
        operation: "listWebhooks",
        method: "GET",
        url: `${base}/4/webhooks`,
        accountId: 4,
        body: undefined,
        status: 401,
      },
      {
        operation: "getWebhook",
        method: "GET",
        url: `${base}/3/webhooks/88`,
        accountId: 3,
        body: undefined,
        status: "network-error",
      },
    ]);
    api.inject("listWebhooks", { status: 500 });
    api.reset();
    expect(api.requests).toEqual([]);
    expect((await send(api, "GET", "/3/webhooks")).status).toBe(200);
    expect(api.webhooks()).toHaveLength(exampleWebhooks.length);
  });

  it("offers openapi-msw's typed http at its own base URL", async () => {
    const api = emmaApiHandlers({ baseUrl: "http://127.0.0.1:9/emma" });
    const override = api.http.get("/{account_id}/webhooks", ({ response }) =>
      response(200).json([]),
    );
    const answer = await getResponse(
      [override, ...api],
      new Request("http://127.0.0.1:9/emma/1/webhooks"),
    );
    expect(await answer?.json()).toEqual([]);
  });
});
