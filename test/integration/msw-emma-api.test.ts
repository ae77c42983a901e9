import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEmmaClient } from "talkable-emma-webhooks/emma/client";
import {
  emmaApiValidators,
  type CompiledValidator,
  type EmmaApiValidators,
} from "talkable-emma-webhooks/emma";
import { emmaApiHandlers } from "talkable-emma-webhooks/msw";
import { emmaApiExamples } from "../../generated/emma/api-examples.js";

const seed = emmaApiExamples.listWebhooks["200"].default;
const accountId = seed[0]?.account_id ?? 0;
const api = emmaApiHandlers({ accountId });
const server = setupServer(...api);

/** Which operation a request is, by method and path, to check its answer against the spec. */
function operationOf(method: string, url: string): keyof EmmaApiValidators {
  const path = new URL(url).pathname.replace(/^\/\d+/, "");
  if (path === "/webhooks/events") return "listWebhookEvents";
  const one = /^\/webhooks\/[^/]+$/.test(path);
  const byMethod: Record<string, keyof EmmaApiValidators> = one
    ? { GET: "getWebhook", PUT: "updateWebhook", DELETE: "deleteWebhook" }
    : { GET: "listWebhooks", POST: "createWebhook", DELETE: "deleteAllWebhooks" };
  const op = byMethod[method];
  if (!op) throw new Error(`unexpected ${method} ${url}`);
  return op;
}

interface Answer {
  readonly op: keyof EmmaApiValidators;
  readonly status: number;
  readonly body: unknown;
}
const answers: Promise<Answer>[] = [];

beforeAll(() => {
  server.listen({ onUnhandledRequest: "error" });
  server.events.on("response:mocked", ({ request, response }) => {
    const op = operationOf(request.method, request.url);
    answers.push(
      response
        .clone()
        .json()
        .then((body: unknown) => ({ op, status: response.status, body })),
    );
  });
});
afterEach(() => api.reset());
afterAll(() => server.close());

describe("createEmmaClient against emmaApiHandlers under msw/node", () => {
  it("runs a full create / get / update / list / delete / 404 / delete-all scenario", async () => {
    const emma = createEmmaClient({ accountId, publicKey: "public", privateKey: "private" });

    expect((await emma.listWebhooks()).data).toEqual(seed);
    const { data: id, error } = await emma.createWebhook({
      event: "member_signup",
      url: "https://shop.test/emma?token=t",
    });
    expect(error).toBeUndefined();
    expect(id).toBe(Math.max(...seed.map((webhook) => webhook.webhook_id)) + 1);
    if (id === undefined) throw new Error("no id");

    const created = {
      url: "https://shop.test/emma?token=t",
      webhook_id: id,
      method: "POST",
      account_id: accountId,
      event: "member_signup",
    };
    expect((await emma.getWebhook(id)).data).toEqual(created);
    expect(
      (await emma.updateWebhook(id, { url: "https://shop.test/emma?token=u", method: "GET" })).data,
    ).toBe(id);
    const updated = { ...created, url: "https://shop.test/emma?token=u", method: "GET" };
    expect((await emma.getWebhook(id)).data).toEqual(updated);
    expect((await emma.listWebhooks()).data).toEqual([...seed, updated]);

    expect((await emma.deleteWebhook(id)).data).toBe(true);
    const gone = await emma.getWebhook(id);
    expect(gone.response.status).toBe(404);
    expect(gone.error?.error).toBe(`Unable to find webhook with id ${id}.`);
    expect((await emma.updateWebhook(id, { method: "POST" })).response.status).toBe(404);
    expect((await emma.deleteWebhook(id)).response.status).toBe(404);

    expect((await emma.deleteAllWebhooks()).data).toBe(true);
    expect((await emma.listWebhooks()).data).toEqual([]);
    expect((await emma.listEvents()).data).toEqual(
      emmaApiExamples.listWebhookEvents["200"].default,
    );
  });

  it("gets 400 with details for a body that contradicts the spec, 401 for another account", async () => {
    const emma = createEmmaClient({ accountId, publicKey: "public", privateKey: "private" });
    const invalid = await emma.createWebhook({ event: "member_signup", url: "relative/path" });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error).toMatchObject({ details: [{ pointer: "/url" }] });
    const other = createEmmaClient({
      accountId: accountId + 1,
      publicKey: "public",
      privateKey: "private",
    });
    const denied = await other.listWebhooks();
    expect(denied.response.status).toBe(401);
    expect(denied.error).toEqual(emmaApiExamples.listWebhooks["401"].default);
  });

  it("answered every request above with a body the spec documents for its status", async () => {
    const answered = await Promise.all(answers);
    expect(answered).toHaveLength(15);
    for (const { op, status, body } of answered) {
      const byStatus: Readonly<Record<string, CompiledValidator<unknown> | undefined>> =
        emmaApiValidators[op];
      const validate = byStatus[String(status)];
      expect(validate, `${op} documents ${status}`).toBeDefined();
      expect(validate?.(body), `${op} ${status} ${JSON.stringify(body)}`).toBe(true);
    }
    expect(new Set(answered.map(({ op }) => op)).size).toBe(7);
  });
});
