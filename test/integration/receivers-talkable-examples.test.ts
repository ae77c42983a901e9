import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectError, pointersOf, post } from "../support/answers.js";
import {
  curlExamplesOf,
  fillPlaceholders,
  vendorFiles,
  type CurlExample,
} from "../support/seed-curl.js";
import { type RunningServer, serverKinds, startServer } from "../support/servers.js";
import {
  createRecordingTalkable,
  exampleSite,
  talkableKey,
  talkableSecrets,
} from "../support/talkable-receivers.js";
import { encodeTalkableBody, formContentType, talkableExampleRows } from "../support/wire.js";

const examples = talkableExampleRows();
const curlFiles = [
  ...vendorFiles("seeds/", /^00[013]_.*\.txt$/),
  ...vendorFiles("talkable/curl/", /\.sh$/),
];
const curlExamples = curlFiles.flatMap((file) => curlExamplesOf(file));
const [postShareSeed, ...typedCurlExamples] = curlExamples;

function filled(example: CurlExample): string {
  return fillPlaceholders(example.body, { key: talkableKey, site: exampleSite });
}

/**
 * The payload a curl body carries, decoded the way the form encoding says: the bodies hold no
 * `%` and `payload` is their last field; its raw JSON reaches handlers exactly as sent.
 */
/** The payload the vendor's cURL command sends: raw JSON, taken byte for byte (`+` stays `+`). */
function curlPayload(body: string): unknown {
  const raw = body.slice(body.indexOf("payload=") + "payload=".length);
  expect(raw).not.toMatch(/[%&]/);
  return JSON.parse(raw);
}

it("finds the seeds' and the reference docs' cURL examples", () => {
  expect(curlExamples.length).toBeGreaterThanOrEqual(17);
  expect(postShareSeed?.source).toMatch(/^seeds\/000_/);
  expect(postShareSeed?.body).not.toMatch(/(^|&)type=/);
  for (const example of typedCurlExamples) expect(example.body).toMatch(/(^|&)type=\w+_web_hook&/);
});

describe.each(serverKinds)("Talkable deliveries on %s", (kind) => {
  const open = createRecordingTalkable({ keys: [talkableKey] });
  const postShare = createRecordingTalkable({ key: talkableKey, type: "post_share_web_hook" });
  const sitedPostShare = createRecordingTalkable({
    key: talkableKey,
    site: exampleSite,
    type: "post_share_web_hook",
  });
  let openServer: RunningServer;
  let postShareServer: RunningServer;
  let sitedServer: RunningServer;

  beforeAll(async () => {
    openServer = await startServer(kind, open.webhooks);
    postShareServer = await startServer(kind, postShare.webhooks);
    sitedServer = await startServer(kind, sitedPostShare.webhooks);
  });
  afterAll(async () => {
    await Promise.all([openServer.close(), postShareServer.close(), sitedServer.close()]);
  });
  beforeEach(() => {
    open.recording.clear();
    postShare.recording.clear();
    sitedPostShare.recording.clear();
  });

  it.each(examples)(
    "accepts the $type example $name, handing over its exact payload",
    async (row) => {
      const answer = await post(
        openServer.url,
        encodeTalkableBody(row.value, { key: talkableKey }),
        formContentType,
      );
      expect(answer.status, answer.text).toBe(200);
      expect(open.recording.events).toEqual([
        {
          type: row.type,
          site: row.value.site,
          payload: row.value.payload,
          extras: row.value.extras,
          test: false,
        },
      ]);
      expect(open.recording.anyEvents).toEqual(open.recording.events);
    },
  );

  it.each([true, false])(
    "answers Check Unsubscribe with unsubscribed: %s",
    async (unsubscribed) => {
      open.recording.unsubscribed = unsubscribed;
      const [row] = examples.filter((example) => example.type === "check_unsubscribe_web_hook");
      if (!row) throw new Error("the catalog has no check_unsubscribe_web_hook example");
      const answer = await post(
        openServer.url,
        encodeTalkableBody(row.value, { key: talkableKey }),
        formContentType,
      );
      expect(answer.status).toBe(200);
      expect(answer.contentType).toMatch(/^application\/json\b/);
      expect(JSON.parse(answer.text)).toEqual({ result: { unsubscribed } });
    },
  );

  it.each(typedCurlExamples)("accepts the cURL body of $source verbatim", async (example) => {
    const body = filled(example);
    const answer = await post(openServer.url, body, formContentType);
    expect(answer.status, answer.text).toBe(200);
    const [event] = open.recording.events;
    expect(open.recording.events).toHaveLength(1);
    expect(event?.site).toBe(exampleSite);
    expect(body).toContain(`type=${event?.type}&`);
    expect(event?.payload).toEqual(curlPayload(body));
  });

  it("takes the post share seed, which has no type, as the one webhook its payload fits", async () => {
    if (!postShareSeed) throw new Error("no post share seed");
    const body = filled(postShareSeed);
    const answer = await post(openServer.url, body, formContentType);
    expect(answer.status, answer.text).toBe(200);
    expect(open.recording.events).toEqual([
      {
        type: "post_share_web_hook",
        site: undefined,
        payload: curlPayload(body),
        extras: undefined,
        test: false,
      },
    ]);
  });

  it("refuses a typeless body that several schemas accept with 400 at /type, naming the option", async () => {
    const event = examples.find((row) => row.type === "event_web_hook");
    if (!event) throw new Error("no event example");
    const body = `key=${talkableKey}&payload=${JSON.stringify(event.value.payload)}`;
    const answer = await post(openServer.url, body, formContentType);
    const error = expectError(answer, 400, "malformed_body", talkableSecrets);
    expect(pointersOf(error)).toEqual(["/type"]);
    expect(error.error.message).toContain("`type` option");
    expect(open.recording.events).toEqual([]);
  });

  it("accepts the post share seed on a receiver created with type post_share_web_hook", async () => {
    if (!postShareSeed) throw new Error("no post share seed");
    const body = filled(postShareSeed);
    const answer = await post(postShareServer.url, body, formContentType);
    expect(answer.status, answer.text).toBe(200);
    expect(postShare.recording.events).toEqual([
      {
        type: "post_share_web_hook",
        site: undefined,
        payload: curlPayload(body),
        extras: undefined,
        test: false,
      },
    ]);
  });

  it("accepts the post share seed, which names no site, on a receiver with a site: the key decides", async () => {
    if (!postShareSeed) throw new Error("no post share seed");
    const body = filled(postShareSeed);
    expect(body).not.toMatch(/(^|&)site=/);
    const answer = await post(sitedServer.url, body, formContentType);
    expect(answer.status, answer.text).toBe(200);
    expect(sitedPostShare.recording.events.map((event) => event.site)).toEqual([exampleSite]);
  });

  it("keeps a raw + in the vendor's cURL payloads a plus, so timestamps stay dates", async () => {
    const withPlus = typedCurlExamples.filter((example) => filled(example).includes("+03:00"));
    expect(withPlus.length).toBeGreaterThan(0);
    for (const example of withPlus) {
      open.recording.clear();
      const answer = await post(openServer.url, filled(example), formContentType);
      expect(answer.status, answer.text).toBe(200);
      const text = JSON.stringify(open.recording.events[0]?.payload);
      expect(text).toContain("+03:00");
      expect(text).not.toMatch(/\d \d\d:\d\d"/);
    }
  });
});
