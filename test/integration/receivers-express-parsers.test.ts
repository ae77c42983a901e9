import express, { type RequestHandler } from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectError, post } from "../support/answers.js";
import {
  createRecordingEmma,
  emmaSecrets,
  emmaToken,
  exampleAccountId,
  withToken,
} from "../support/emma-receivers.js";
import { type RunningServer, startExpressServer } from "../support/servers.js";
import {
  createRecordingTalkable,
  exampleSite,
  talkableKey,
  talkableSecrets,
} from "../support/talkable-receivers.js";
import {
  emmaExampleRows,
  encodeEmmaBody,
  encodeTalkableBody,
  firstEmmaExample,
  firstTalkableExample,
  formContentType,
  jsonContentType,
  rawTalkableBody,
  talkableExampleRows,
} from "../support/wire.js";

interface ParserCase {
  readonly name: string;
  readonly parser: RequestHandler;
  /**
   * Whether the parser keeps a form body's exact text (a Buffer or a string). A parsed form has
   * lost it: a raw `&` inside a JSON value already split the field, which no adapter can undo.
   */
  readonly keepsText: boolean;
}

const parsers: readonly ParserCase[] = [
  {
    name: "express.urlencoded({ extended: false })",
    parser: express.urlencoded({ extended: false }),
    keepsText: false,
  },
  { name: "express.json()", parser: express.json(), keepsText: true },
  { name: 'express.raw({ type: "*/*" })', parser: express.raw({ type: "*/*" }), keepsText: true },
  { name: 'express.text({ type: "*/*" })', parser: express.text({ type: "*/*" }), keepsText: true },
];

const coupon = firstTalkableExample("create_coupon_web_hook");

describe.each(parsers)("Express with $name before the middleware", ({ parser, keepsText }) => {
  const talkable = createRecordingTalkable({ key: talkableKey, site: exampleSite });
  const emma = createRecordingEmma({ token: emmaToken, accountId: exampleAccountId });
  let talkableServer: RunningServer;
  let emmaServer: RunningServer;

  beforeAll(async () => {
    talkableServer = await startExpressServer(talkable.webhooks, [parser]);
    emmaServer = await startExpressServer(emma.webhooks, [parser]);
  });
  afterAll(() => Promise.all([talkableServer.close(), emmaServer.close()]));
  beforeEach(() => {
    talkable.recording.clear();
    emma.recording.clear();
  });

  it.each(talkableExampleRows())("accepts the Talkable $type example $name", async (row) => {
    const body = encodeTalkableBody(row.value, { key: talkableKey });
    const answer = await post(talkableServer.url, body, formContentType);
    expect(answer.status, answer.text).toBe(200);
    expect(talkable.recording.events).toEqual([
      {
        type: row.type,
        site: row.value.site,
        payload: row.value.payload,
        extras: row.value.extras,
      },
    ]);
  });

  it.each(emmaExampleRows())("accepts the Emma $event example $name", async (row) => {
    const answer = await post(
      withToken(emmaServer.url, emmaToken),
      encodeEmmaBody(row.value),
      jsonContentType,
    );
    expect(answer.status, answer.text).toBe(200);
    expect(emma.recording.events).toEqual([row.value]);
  });

  it("still refuses a duplicate key field", async () => {
    const body = `${encodeTalkableBody(coupon, { key: talkableKey })}&key=${talkableKey}`;
    const answer = await post(talkableServer.url, body, formContentType);
    expectError(answer, 400, "malformed_body", talkableSecrets);
    expect(talkable.recording.events).toEqual([]);
  });

  it("still refuses a wrong key and a wrong token", async () => {
    const body = encodeTalkableBody(coupon, { key: "tk-key-forged" });
    expectError(
      await post(talkableServer.url, body, formContentType),
      401,
      "unauthorized",
      talkableSecrets,
    );
    const emmaBody = encodeEmmaBody(firstEmmaExample("member_signup"));
    const answer = await post(withToken(emmaServer.url, "em-wrong"), emmaBody, jsonContentType);
    expectError(answer, 401, "unauthorized", emmaSecrets);
  });

  it(`${keepsText ? "accepts" : "refuses as malformed"} a raw curl body with & inside its JSON`, async () => {
    const payload = { ...coupon.payload, coupon_list_name: "10% off https://shop.test/?a=1&b=2" };
    const body = rawTalkableBody({
      key: talkableKey,
      site: exampleSite,
      type: coupon.type,
      payload,
    });
    const answer = await post(talkableServer.url, body, formContentType);
    if (keepsText) {
      expect(answer.status, answer.text).toBe(200);
      expect(talkable.recording.events.map((event) => event.payload)).toEqual([payload]);
    } else {
      expectError(answer, 400, "malformed_body", talkableSecrets);
      expect(talkable.recording.events).toEqual([]);
    }
  });
});
