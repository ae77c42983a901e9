import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { emmaEventNames, type ErrorBody } from "talkable-emma-webhooks/emma";
import { emmaReceiver } from "talkable-emma-webhooks/msw";
import { emmaDelivery, emmaFixture } from "talkable-emma-webhooks/testing";
import { splitReceiverUrl } from "../../src/msw/receiver-url.js";

const url = "https://relay.test/webhooks/emma";
const token = "receiver-token";

async function send(mock: ReturnType<typeof emmaReceiver>, request: Request): Promise<Response> {
  const response = await getResponse(mock.handlers, request);
  if (!response) throw new Error(`no mock handled ${request.url}`);
  return response;
}

describe("emmaReceiver", () => {
  it.each(emmaEventNames)(
    "%s: accepts the spec example and records the typed event",
    async (event) => {
      const mock = emmaReceiver({ url, token });
      const response = await send(mock, emmaDelivery(event, { url, token }));
      expect(response.status).toBe(200);
      expect(mock.deliveries).toHaveLength(1);
      expect(mock.deliveries[0]?.id).toMatch(/^[0-9a-f]{64}$/);
      expect(mock.deliveries[0]).toMatchObject({ event_name: event, data: emmaFixture(event) });
    },
  );

  it("takes the expected token from the callback URL", async () => {
    const mock = emmaReceiver({ url: `${url}?token=${token}` });
    expect((await send(mock, emmaDelivery("member_signup", { url, token }))).status).toBe(200);
    const wrong = await send(mock, emmaDelivery("member_signup", { url, token: "wrong" }));
    expect(wrong.status).toBe(401);
    const body = (await wrong.json()) as ErrorBody;
    expect(body.error.code).toBe("unauthorized");
    expect(mock.deliveries).toHaveLength(1);
  });

  it("accepts any or no token when none is configured", async () => {
    const mock = emmaReceiver({ url });
    expect((await send(mock, emmaDelivery("member_signup", { url }))).status).toBe(200);
    expect((await send(mock, emmaDelivery("member_signup", { url, token: "x" }))).status).toBe(200);
  });

  it("refuses another account with 401 when accountId is set", async () => {
    const mock = emmaReceiver({ url, token, accountId: 1 });
    const response = await send(mock, emmaDelivery("member_signup", { url, token }));
    expect(response.status).toBe(401);
    const own = emmaDelivery("member_signup", { url, token, overrides: { account_id: 1 } });
    expect((await send(mock, own)).status).toBe(200);
  });

  it("refuses a delivery that contradicts the spec with 400 and JSON-pointer details", async () => {
    const mock = emmaReceiver({ url, token });
    const request = new Request(`${url}?token=${token}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        event_name: "message_click",
        data: { ...emmaFixture("message_click"), link_id: "x" },
      }),
    });
    const response = await send(mock, request);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("invalid_payload");
    expect(body.error.details?.map((detail) => detail.pointer)).toContain("/data/link_id");
    expect(mock.deliveries).toEqual([]);
  });

  it("answers other methods with 405, as the real receiver does", async () => {
    const response = await send(emmaReceiver({ url }), new Request(`${url}?token=${token}`));
    expect(response.status).toBe(405);
  });

  it("forgets on clear()", async () => {
    const mock = emmaReceiver({ url });
    await send(mock, emmaDelivery("member_signup", { url }));
    mock.clear();
    expect(mock.deliveries).toEqual([]);
  });
});

describe("splitReceiverUrl", () => {
  it.each([
    ["https://a.test/hook", "https://a.test/hook", undefined],
    ["https://a.test/hook?token=s3cr%20t&x=1", "https://a.test/hook", "s3cr t"],
    ["/hook?x=1#frag", "/hook", undefined],
    ["/hook#token=no", "/hook", undefined],
    ["/hook?token=", "/hook", undefined],
  ])("%s", (url, path, token) => {
    expect(splitReceiverUrl(url)).toEqual({ path, token });
  });
});
