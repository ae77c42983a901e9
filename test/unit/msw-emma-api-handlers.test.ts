import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import {
  emmaApiValidators,
  type CompiledValidator,
  type EmmaApiValidators,
} from "talkable-emma-webhooks/emma";
import { emmaApiHandlers, type EmmaApiHandlers } from "talkable-emma-webhooks/msw";
import { emmaApiExamples } from "../../generated/emma/api-examples.js";

const base = "https://api.e2ma.net";
const auth = `Basic ${btoa("pub:priv")}`;
const seed = emmaApiExamples.listWebhooks["200"].default;
const account = seed[0]?.account_id ?? Number.NaN;

interface Call {
  readonly method?: string;
  readonly path: string;
  readonly body?: unknown;
  readonly raw?: string;
  readonly authorization?: string | null;
}

/** Sends a request through the handlers, and checks its answer against the spec. */
async function call(api: EmmaApiHandlers, op: keyof EmmaApiValidators, request: Call) {
  const headers = new Headers({ "content-type": "application/json" });
  const authorization = request.authorization === undefined ? auth : request.authorization;
  if (authorization !== null) headers.set("authorization", authorization);
  const method = request.method ?? "GET";
  const json =
    request.body === undefined || method === "GET" ? undefined : JSON.stringify(request.body);
  const body = request.raw ?? json;
  const url = request.path.startsWith("http") ? request.path : `${base}/${account}${request.path}`;
  const response = await getResponse(
    api,
    new Request(url, { method, headers, ...(body === undefined ? {} : { body }) }),
  );
  if (!response) throw new Error(`no handler for ${method} ${url}`);
  const answer: unknown = await response.json();
  const byStatus: Readonly<Record<string, CompiledValidator<unknown> | undefined>> =
    emmaApiValidators[op];
  const validate = byStatus[String(response.status)];
  expect(validate, `${op} documents status ${response.status}`).toBeDefined();
  expect(validate?.(answer), `${op} ${response.status} body ${JSON.stringify(answer)}`).toBe(true);
  return { status: response.status, json: answer };
}

describe("emmaApiHandlers: reads", () => {
  it("lists the spec's example webhooks and events", async () => {
    const api = emmaApiHandlers();
    expect(await call(api, "listWebhooks", { path: "/webhooks" })).toEqual({
      status: 200,
      json: seed,
    });
    const events = await call(api, "listWebhookEvents", { path: "/webhooks/events" });
    expect(events).toEqual({ status: 200, json: emmaApiExamples.listWebhookEvents["200"].default });
  });

  it.each(seed)("gets webhook $webhook_id", async (webhook) => {
    const api = emmaApiHandlers();
    expect(await call(api, "getWebhook", { path: `/webhooks/${webhook.webhook_id}` })).toEqual({
      status: 200,
      json: webhook,
    });
  });

  it.each(["999", "abc", "-1"])("answers 404 for webhook id %s", async (id) => {
    const api = emmaApiHandlers();
    const answer = await call(api, "getWebhook", { path: `/webhooks/${id}` });
    expect(answer).toEqual({
      status: 404,
      json: { error: `Unable to find webhook with id ${id}.` },
    });
  });
});

describe("emmaApiHandlers: writes", () => {
  it("creates with the next id and the default method, then lists it", async () => {
    const api = emmaApiHandlers();
    const body = emmaApiExamples.createWebhook.request.default;
    const next = Math.max(...seed.map((webhook) => webhook.webhook_id)) + 1;
    expect(await call(api, "createWebhook", { method: "POST", path: "/webhooks", body })).toEqual({
      status: 200,
      json: next,
    });
    const created = await call(api, "createWebhook", {
      method: "POST",
      path: "/webhooks",
      body: { event: "member_add", url: "https://x.test/h" },
    });
    expect(created.json).toBe(next + 1);
    const got = await call(api, "getWebhook", { path: `/webhooks/${next + 1}` });
    expect(got.json).toEqual({
      url: "https://x.test/h",
      webhook_id: next + 1,
      method: "POST",
      account_id: account,
      event: "member_add",
    });
    expect(api.webhooks()).toHaveLength(seed.length + 2);
  });

  it.each([
    [{ url: "https://x.test/h" }, "/event"],
    [{ event: "member_add" }, "/url"],
    [{ event: "member_add", url: "https://x.test/h", method: "PATCH" }, "/method"],
    [{ event: "no_such_event", url: "https://x.test/h" }, "/event"],
    [{ event: "member_add", url: "not a uri" }, "/url"],
    [[1, 2], ""],
  ])("refuses create body %j with 400 pointing at %s", async (body, pointer) => {
    const api = emmaApiHandlers();
    const answer = await call(api, "createWebhook", { method: "POST", path: "/webhooks", body });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ details: [expect.objectContaining({ pointer })] });
    expect(api.webhooks()).toEqual(seed);
  });

  it("says the spec's words for an unknown event, and refuses bodies that are not JSON", async () => {
    const api = emmaApiHandlers();
    const unknown = await call(api, "createWebhook", {
      method: "POST",
      path: "/webhooks",
      body: { event: "x", url: "https://x.test" },
    });
    expect(unknown.json).toMatchObject({
      error: emmaApiExamples.createWebhook["400"].default.error,
    });
    const garbage = await call(api, "createWebhook", {
      method: "POST",
      path: "/webhooks",
      raw: "{oops",
    });
    expect(garbage.status).toBe(400);
  });

  it("updates the given fields only, and validates like create", async () => {
    const api = emmaApiHandlers();
    const [first] = seed;
    const path = `/webhooks/${first?.webhook_id}`;
    const body = emmaApiExamples.updateWebhook.request.default;
    expect(await call(api, "updateWebhook", { method: "PUT", path, body })).toEqual({
      status: 200,
      json: first?.webhook_id,
    });
    expect((await call(api, "getWebhook", { path })).json).toEqual({ ...first, url: body.url });
    expect(
      (
        await call(api, "updateWebhook", {
          method: "PUT",
          path,
          body: { method: "GET", event: "member_add" },
        })
      ).status,
    ).toBe(200);
    expect((await call(api, "getWebhook", { path })).json).toEqual({
      ...first,
      url: body.url,
      method: "GET",
      event: "member_add",
    });
    expect((await call(api, "updateWebhook", { method: "PUT", path, body: {} })).status).toBe(400);
    expect(
      (await call(api, "updateWebhook", { method: "PUT", path, body: { event: "nope" } })).status,
    ).toBe(400);
    expect(
      (await call(api, "updateWebhook", { method: "PUT", path: "/webhooks/999", body })).status,
    ).toBe(404);
  });

  it("deletes one (then 404), deletes all, keeps counting ids, and resets to the seed", async () => {
    const api = emmaApiHandlers();
    const path = `/webhooks/${seed[0]?.webhook_id}`;
    expect(await call(api, "deleteWebhook", { method: "DELETE", path })).toEqual({
      status: 200,
      json: true,
    });
    expect((await call(api, "getWebhook", { path })).status).toBe(404);
    expect((await call(api, "deleteWebhook", { method: "DELETE", path })).status).toBe(404);
    expect(await call(api, "deleteAllWebhooks", { method: "DELETE", path: "/webhooks" })).toEqual({
      status: 200,
      json: true,
    });
    expect(await call(api, "listWebhooks", { path: "/webhooks" })).toEqual({
      status: 200,
      json: [],
    });
    const created = await call(api, "createWebhook", {
      method: "POST",
      path: "/webhooks",
      body: { event: "member_add", url: "https://x.test" },
    });
    expect(created.json).toBe(Math.max(...seed.map((webhook) => webhook.webhook_id)) + 1);
    api.reset();
    expect(api.webhooks()).toEqual([]); // no account used since the reset
    expect(api.webhooks(account)).toEqual(seed);
  });
});

describe("emmaApiHandlers: auth, accounts and options", () => {
  const requests: [keyof EmmaApiValidators, string, string][] = [
    ["listWebhooks", "GET", "/webhooks"],
    ["listWebhookEvents", "GET", "/webhooks/events"],
    ["getWebhook", "GET", "/webhooks/88"],
    ["createWebhook", "POST", "/webhooks"],
    ["updateWebhook", "PUT", "/webhooks/88"],
    ["deleteWebhook", "DELETE", "/webhooks/88"],
    ["deleteAllWebhooks", "DELETE", "/webhooks"],
  ];

  it.each(requests)(
    "%s: 401 without HTTP Basic, with a malformed one, or for another account",
    async (op, method, path) => {
      const api = emmaApiHandlers({ accountId: account });
      const body = { event: "member_add", url: "https://x.test" };
      for (const authorization of [
        null,
        "Bearer abc",
        "Basic !!!",
        `Basic ${btoa("no-colon")}`,
        `Basic ${btoa(":priv")}`,
        "Basic a",
        `Basic ${btoa("\xff:\xfe")}`,
      ]) {
        const answer = await call(api, op, { method, path, body, authorization });
        expect(answer).toEqual({ status: 401, json: emmaApiExamples.listWebhooks["401"].default });
      }
      const other = await call(api, op, { method, path: `${base}/1${path}`, body });
      expect(other.status).toBe(401);
      expect(api.webhooks()).toEqual(seed);
    },
  );

  it("accepts only the configured credentials when given", async () => {
    const api = emmaApiHandlers({ credentials: { publicKey: "pub", privateKey: "right" } });
    expect((await call(api, "listWebhooks", { path: "/webhooks" })).status).toBe(401);
    const right = `Basic ${btoa("pub:right")}`;
    expect(
      (await call(api, "listWebhooks", { path: "/webhooks", authorization: right })).status,
    ).toBe(200);
  });

  it("serves the configured account and base URL, seeding that account's webhooks", async () => {
    const api = emmaApiHandlers({ accountId: 42, baseUrl: "http://127.0.0.1:9/emma/" });
    const answer = await call(api, "listWebhooks", { path: "http://127.0.0.1:9/emma/42/webhooks" });
    expect(answer.json).toEqual(seed.map((webhook) => ({ ...webhook, account_id: 42 })));
    expect(
      await getResponse(
        api,
        new Request(`${base}/42/webhooks`, { headers: { authorization: auth } }),
      ),
    ).toBeUndefined();
  });

  it("hands out copies: changing them does not change the mock", () => {
    const api = emmaApiHandlers();
    const [first] = api.webhooks(account);
    if (first) first.url = "https://changed.test";
    expect(api.webhooks(account)).toEqual(seed);
  });
});
