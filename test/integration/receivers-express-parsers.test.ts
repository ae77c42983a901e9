import type { IncomingMessage } from "node:http";
import express, { type RequestHandler } from "express";
import type { NodeRequest } from "talkable-emma-webhooks/node";
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
   * Whether the parser turns forms (Talkable) or JSON (Emma) into an object. Such a body has
   * lost its exact text (a raw `&` inside a JSON value already split a field, a number was
   * re-read), which no adapter can restore: the middleware refuses it with 500
   * `body_already_parsed`, whose message says how to mount it.
   */
  readonly parsesForms: boolean;
  readonly parsesJson: boolean;
}

/** Keeps the exact bytes beside the parsed body, as body-parser's `verify` option allows. */
const keepRawBody = (req: IncomingMessage, _res: unknown, buffer: Buffer) => {
  // Object.assign: @koa/bodyparser's types (in the same program) declare rawBody a string.
  Object.assign(req satisfies NodeRequest, { rawBody: buffer });
};

const parsers: readonly ParserCase[] = [
  {
    name: "express.urlencoded({ extended: false })",
    parser: express.urlencoded({ extended: false }),
    parsesForms: true,
    parsesJson: false,
  },
  { name: "express.json()", parser: express.json(), parsesForms: false, parsesJson: true },
  {
    name: "express.json({ verify }) keeping req.rawBody",
    parser: express.json({ verify: keepRawBody }),
    parsesForms: false,
    parsesJson: false,
  },
  {
    name: 'express.raw({ type: "*/*" })',
    parser: express.raw({ type: "*/*" }),
    parsesForms: false,
    parsesJson: false,
  },
  {
    name: 'express.text({ type: "*/*" })',
    parser: express.text({ type: "*/*" }),
    parsesForms: false,
    parsesJson: false,
  },
];

/** What the middleware answers a body a parser already turned into an object. */
function expectAlreadyParsed(answer: Awaited<ReturnType<typeof post>>, secrets: readonly string[]) {
  const body = expectError(answer, 500, "body_already_parsed", secrets);
  expect(body.error.message).toMatch(/mount the webhook route before express\.json/);
}

const coupon = firstTalkableExample("create_coupon_web_hook");

describe.each(parsers)("Express with $name before the middleware", (parserCase) => {
  const { parser, parsesForms, parsesJson } = parserCase;
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

  it.each(talkableExampleRows())("answers the Talkable $type example $name", async (row) => {
    const body = encodeTalkableBody(row.value, { key: talkableKey });
    const answer = await post(talkableServer.url, body, formContentType);
    if (parsesForms) {
      expectAlreadyParsed(answer, talkableSecrets);
      expect(talkable.recording.errors).toMatchObject([{ code: "body_already_parsed" }]);
      return;
    }
    expect(answer.status, answer.text).toBe(200);
    expect(talkable.recording.events).toEqual([
      {
        type: row.type,
        site: row.value.site,
        payload: row.value.payload,
        extras: row.value.extras,
        test: false,
      },
    ]);
  });

  it.each(emmaExampleRows())("answers the Emma $event example $name", async (row) => {
    const answer = await post(
      withToken(emmaServer.url, emmaToken),
      encodeEmmaBody(row.value),
      jsonContentType,
    );
    if (parsesJson) {
      expectAlreadyParsed(answer, emmaSecrets);
      return;
    }
    expect(answer.status, answer.text).toBe(200);
    expect(emma.recording.events).toEqual([row.value]);
  });

  it("still refuses a duplicate key field", async () => {
    const body = `${encodeTalkableBody(coupon, { key: talkableKey })}&key=${talkableKey}`;
    const answer = await post(talkableServer.url, body, formContentType);
    if (parsesForms) return expectAlreadyParsed(answer, talkableSecrets);
    expectError(answer, 400, "malformed_body", talkableSecrets);
    expect(talkable.recording.events).toEqual([]);
  });

  it("still refuses a wrong key and a wrong token", async () => {
    const body = encodeTalkableBody(coupon, { key: "tk-key-forged" });
    const talkableAnswer = await post(talkableServer.url, body, formContentType);
    if (parsesForms) expectAlreadyParsed(talkableAnswer, talkableSecrets);
    else expectError(talkableAnswer, 401, "unauthorized", talkableSecrets);
    const emmaBody = encodeEmmaBody(firstEmmaExample("member_signup"));
    // Emma's token is in the URL: it is checked, and refused, before any body is looked at.
    const answer = await post(withToken(emmaServer.url, "em-wrong"), emmaBody, jsonContentType);
    expectError(answer, 401, "unauthorized", emmaSecrets);
  });

  it("accepts a raw curl body with & inside its JSON, or refuses it as already parsed", async () => {
    const payload = { ...coupon.payload, coupon_list_name: "10% off https://shop.test/?a=1&b=2" };
    const body = rawTalkableBody({
      key: talkableKey,
      site: exampleSite,
      type: coupon.type,
      payload,
    });
    const answer = await post(talkableServer.url, body, formContentType);
    if (parsesForms) {
      expectAlreadyParsed(answer, talkableSecrets);
      expect(talkable.recording.events).toEqual([]);
    } else {
      expect(answer.status, answer.text).toBe(200);
      expect(talkable.recording.events.map((event) => event.payload)).toEqual([payload]);
    }
  });
});
