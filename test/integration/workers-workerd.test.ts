// The receivers in the real Cloudflare Workers runtime (workerd from npm), built package only.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectError, pointersOf } from "../support/answers.js";
import { curl, curlEndlessBody } from "../support/curl.js";
import { emmaToken, withToken } from "../support/emma-receivers.js";
import { postAndHangUp, postHeadOnly } from "../support/head-only.js";
import { curlExamplesOf, fillPlaceholders, vendorFiles } from "../support/seed-curl.js";
import { exampleSite, talkableKey, talkableSecrets } from "../support/talkable-receivers.js";
import { type RunningWorker, startWorker } from "../support/workerd.js";
import { encodeTalkableBody, firstTalkableExample, formContentType } from "../support/wire.js";
import { assertBuilt } from "./cli-process.js";

const limit = 16 * 1024;
const example = fileURLToPath(
  new URL("../../examples/cloudflare-worker-talkable.ts", import.meta.url),
);

/** The README's worker at /example; receivers that record what handlers got elsewhere. */
const source = `
import readmeWorker from ${JSON.stringify(example)};
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
const seen = [];
const drifts = [];
let receivers;
function create(env) {
  const talkable = createTalkableWebhooks({ key: env.TALKABLE_KEY, maxBodyBytes: ${limit} });
  talkable.onAny(({ type, site, payload, extras }) => { seen.push({ type, site, payload, extras }); });
  talkable.on("check_unsubscribe_web_hook", () => ({ unsubscribed: true }));
  const emma = createEmmaWebhooks({ token: env.EMMA_TOKEN });
  emma.onAny(({ event_name, data }) => { seen.push({ event_name, data }); });
  const drifting = createTalkableWebhooks({ key: "drift-fixture-key" });
  drifting.onDrift(async ({ id, findings }) => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    drifts.push({ id, findings: findings.length });
  });
  return { talkable, emma, drifting };
}
export default {
  async fetch(request, env, ctx) {
    receivers ??= create(env);
    const { pathname } = new URL(request.url);
    if (pathname === "/example") return readmeWorker.fetch(request, env, ctx);
    if (pathname === "/drift") return receivers.drifting.handle(request, ctx);
    if (pathname === "/drifts") return Response.json(drifts.splice(0));
    if (pathname === "/talkable") return receivers.talkable.handle(request);
    if (pathname === "/emma") return receivers.emma.handle(request);
    if (pathname === "/seen") return Response.json(seen.splice(0));
    return new Response("no such route", { status: 404 });
  },
};`;

const curlExamples = [
  ...vendorFiles("seeds/", /^00[013]_.*\.txt$/),
  ...vendorFiles("talkable/curl/", /\.sh$/),
].flatMap((file) => curlExamplesOf(file));

function vendorBody(file: string): string {
  const [sample] = curlExamplesOf(file);
  return fillPlaceholders(sample?.body ?? "", { key: talkableKey, site: exampleSite });
}

function form(body: string): string[] {
  return ["-H", `content-type: ${formContentType}`, "--data-binary", body];
}

/** The raw JSON of the body's last field, `payload`, as the vendor's command sends it. */
function payloadOf(body: string): unknown {
  return JSON.parse(body.slice(body.indexOf("payload=") + "payload=".length));
}

describe("the receivers in workerd (Cloudflare Workers), fed by curl", () => {
  let worker: RunningWorker;
  const seen = async (): Promise<unknown[]> =>
    (await (await fetch(`${worker.url}/seen`)).json()) as unknown[];

  beforeAll(async () => {
    assertBuilt();
    worker = await startWorker({
      source,
      bindings: { TALKABLE_KEY: talkableKey, EMMA_TOKEN: emmaToken },
    });
  }, 60_000);
  afterAll(async () => worker.close());
  beforeEach(async () => {
    await seen();
  });

  it.each(curlExamples)("accepts the vendor's cURL body of $source", async (sample) => {
    const body = fillPlaceholders(sample.body, { key: talkableKey, site: exampleSite });
    const answer = await curl(`${worker.url}/talkable`, form(body));
    expect(answer.status, answer.text + worker.output()).toBe(200);
    const [event, ...more] = (await seen()) as { type: string; payload: unknown }[];
    expect(more).toEqual([]);
    // Values reach handlers as sent: "+12025551111" and "+03:00" stay, never " " nor "Z".
    expect(event?.payload).toEqual(payloadOf(body));
    if (/(^|&)type=/.test(body)) expect(body).toContain(`type=${event?.type}&`);
    else expect(event?.type).toBe("post_share_web_hook");
  });

  it("hands over +12025551111 and +03:00 unaltered", async () => {
    const body = vendorBody("talkable/curl/referral.sh");
    expect((await curl(`${worker.url}/talkable`, form(body))).status).toBe(200);
    const text = JSON.stringify(await seen());
    expect(text).toContain('"phone_number":"+12025551111"');
    expect(text).toContain('"subscribed_at":"2018-09-14T23:57:18.734+03:00"');
  });

  it("answers Check Unsubscribe with the handler's result", async () => {
    const body = vendorBody("talkable/curl/check_unsubscribe.sh");
    const answer = await curl(`${worker.url}/talkable`, form(body));
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json\b/);
    expect(JSON.parse(answer.text)).toEqual({ result: { unsubscribed: true } });
  });

  it("refuses a forged key with 401, running no handler", async () => {
    const value = firstTalkableExample("referral_web_hook");
    const body = encodeTalkableBody(value, { key: "tk-key-forged-000000" });
    const answer = await curl(`${worker.url}/talkable`, form(body));
    expectError(answer, 401, "unauthorized", [...talkableSecrets, "tk-key-forged-000000"]);
    expect(await seen()).toEqual([]);
  });

  it("refuses a payload contradicting the spec with 400 and its JSON pointer", async () => {
    const value = firstTalkableExample("referral_web_hook");
    const payload = { ...value.payload, campaign: { ...value.payload.campaign, id: true } };
    const body = encodeTalkableBody({ ...value, payload }, { key: talkableKey });
    const answer = await curl(`${worker.url}/talkable`, form(body));
    const error = expectError(answer, 400, "invalid_payload", talkableSecrets);
    expect(pointersOf(error)).toEqual(["/payload/campaign/id"]);
  });

  it("answers GET with a JSON 405 that allows POST", async () => {
    const answer = await curl(`${worker.url}/talkable`);
    expectError(answer, 405, "method_not_allowed", talkableSecrets);
    expect(answer.allow).toBe("POST");
  });

  it("refuses a body over maxBodyBytes with 413, declared by Content-Length", async () => {
    const answer = await curl(`${worker.url}/talkable`, form("a".repeat(limit + 1)));
    expectError(answer, 413, "body_too_large", talkableSecrets);
  });

  it("refuses a declared body over the limit before a byte of it is sent", async () => {
    // What curl does for bodies over 1 KiB: Expect: 100-continue, then up to 1 s of waiting
    // for the server's go-ahead. The answer must come from the head alone.
    const answer = await postHeadOnly(`${worker.url}/talkable`, {
      "content-type": formContentType,
      "content-length": String(10 * limit),
      expect: "100-continue",
    });
    expectError(answer, 413, "body_too_large", talkableSecrets);
  });

  it("refuses a streamed body at the limit, long before the sender is done", async () => {
    // 1 KiB every 5 ms, 4000 times (4 MiB over 20 s): the 413 must come once 16 KiB are in.
    const sent = await curlEndlessBody(`${worker.url}/talkable`, {
      headers: [`content-type: ${formContentType}`],
      chunk: "a".repeat(1024),
      paceMs: 5,
      planned: 4000,
    });
    expectError(sent.answer, 413, "body_too_large", talkableSecrets);
    expect(sent.written).toBeLessThan(sent.planned / 4);
    expect(await seen()).toEqual([]);
  });

  it("runs no handler for a sender that hangs up mid-body, and keeps serving", async () => {
    const body = vendorBody("talkable/curl/referral.sh");
    await postAndHangUp(
      `${worker.url}/talkable`,
      { "content-type": formContentType, "content-length": String(body.length) },
      body.slice(0, body.length >> 1),
    );
    expect(await seen()).toEqual([]);
    expect((await curl(`${worker.url}/talkable`, form(body))).status).toBe(200);
    expect(await seen()).toHaveLength(1);
  });

  it("accepts an Emma delivery with its token, and refuses a forged one", async () => {
    const delivery =
      '{"event_name":"member_signup","data":{"account_id":1759,"member_id":200061,"mailing_id":40713}}';
    const json = ["-H", "content-type: application/json", "--data-binary", delivery];
    const answer = await curl(withToken(`${worker.url}/emma`, emmaToken), json);
    expect(answer.status, answer.text).toBe(200);
    expect(await seen()).toEqual([JSON.parse(delivery)]);
    const forged = await curl(withToken(`${worker.url}/emma`, "em-token-forged-1"), json);
    expectError(forged, 401, "unauthorized", [emmaToken, "em-token-forged-1"]);
  });

  it("reports drift after the answer, through ctx.waitUntil", async () => {
    const testSend = readFileSync(
      new URL("../fixtures/drift/reward_web_hook__test-send.form.txt", import.meta.url),
      "utf8",
    );
    const answer = await curl(`${worker.url}/drift`, form(testSend));
    expect(answer.status, answer.text).toBe(200);
    const drifts = async () =>
      (await (await fetch(`${worker.url}/drifts`)).json()) as { id: string; findings: number }[];
    let heard: { id: string; findings: number }[] = [];
    await expect.poll(async () => (heard = await drifts()).length).toBe(1);
    expect(heard[0]?.id).toMatch(/^[\da-f]{64}$/);
    expect(heard[0]?.findings).toBeGreaterThan(0);
  });

  it("runs the README's worker as written", async () => {
    const check = vendorBody("talkable/curl/check_unsubscribe.sh");
    const answer = await curl(`${worker.url}/example`, form(check));
    expect(JSON.parse(answer.text)).toEqual({ result: { unsubscribed: false } });
    const referral = vendorBody("talkable/curl/referral.sh");
    expect((await curl(`${worker.url}/example`, form(referral))).status).toBe(200);
    await expect.poll(() => worker.output()).toMatch(/referral [\da-f]{64} referrer@example\.com/);
    expect((await curl(`${worker.url}/example`)).status).toBe(405);
  });
});
