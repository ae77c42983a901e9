import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { WebhookError } from "talkable-emma-webhooks/talkable";
import {
  type AdapterKind,
  adapterKinds,
  adapterTraits,
  startAdapterServer,
} from "../support/adapter-servers.js";
import {
  curlPayload,
  emmaSamples,
  hangUpMidBody,
  postUntilAnswered,
  talkableCurlExamples,
} from "../support/adapter-cases.js";
import { expectError, pointersOf, post, readAnswer } from "../support/answers.js";
import {
  createRecordingEmma,
  emmaSecrets,
  emmaToken,
  exampleAccountId,
  withToken,
} from "../support/emma-receivers.js";
import { rawPost } from "../support/raw-post.js";
import { runCurl } from "../support/real-curl.js";
import { filledCurlArgs } from "../support/seed-curl.js";
import type { RunningServer } from "../support/servers.js";
import {
  createRecordingTalkable,
  exampleSite,
  talkableKey,
  talkableSecrets,
} from "../support/talkable-receivers.js";
import { encodeEmmaBody, firstEmmaExample, jsonContentType } from "../support/wire.js";

const forgedKey = "tk-key-forged-0000";
const forgedToken = "em-token-forged-0000";
const secrets = [...talkableSecrets, ...emmaSecrets, forgedKey, forgedToken];
/** A receiver limit small enough that an over-limit body is cheap to send. */
const smallLimit = 32 * 1024;
const click = firstEmmaExample("message_click");
const checkUnsubscribe = talkableCurlExamples.find((example) =>
  example.body.includes("type=check_unsubscribe_web_hook&"),
);

const curlArgsFor =
  (url: string, key: string) => (example: (typeof talkableCurlExamples)[number]) =>
    filledCurlArgs(example, { url, key, site: exampleSite });

/** Emma's sample posted by the real curl, byte for byte, with the token in the URL. */
const curlEmma = (url: string, text: string) =>
  runCurl(["-H", `content-type: ${jsonContentType}`, "--data-binary", text, url]);

describe.each(adapterKinds)("deliveries through %s", (kind: AdapterKind) => {
  const traits = adapterTraits[kind];
  const talkable = createRecordingTalkable({ keys: [talkableKey] });
  const small = createRecordingEmma({ token: emmaToken, maxBodyBytes: smallLimit });
  const emma = createRecordingEmma({ token: emmaToken, accountId: exampleAccountId });
  let talkableServer: RunningServer;
  let smallServer: RunningServer;
  let emmaServer: RunningServer;

  beforeAll(async () => {
    talkableServer = await startAdapterServer(kind, talkable.webhooks);
    smallServer = await startAdapterServer(kind, small.webhooks);
    emmaServer = await startAdapterServer(kind, emma.webhooks);
  });
  afterAll(() => Promise.all([talkableServer, smallServer, emmaServer].map((s) => s.close())));
  beforeEach(() => {
    for (const receiver of [talkable, small, emma]) receiver.recording.clear();
  });

  it.each(talkableCurlExamples)(
    "takes the vendor's cURL command $source, sent by curl, values unaltered",
    async (example) => {
      const args = curlArgsFor(talkableServer.url, talkableKey)(example);
      const answer = await runCurl(args);
      expect(answer.status, answer.text).toBe(200);
      const [event] = talkable.recording.events;
      expect(talkable.recording.events).toHaveLength(1);
      expect(example.body).toContain(`type=${event?.type}&`);
      const sent = curlPayload(example.body);
      expect(event?.payload).toEqual(sent);
      // The raw + of phone numbers and offsets stays a plus (form decoding would make spaces).
      const text = JSON.stringify(event?.payload);
      for (const value of ["+12025551111", "+03:00"]) {
        if (JSON.stringify(sent).includes(value)) expect(text).toContain(value);
      }
    },
  );

  it("keeps +12025551111 and +03:00 in at least one vendor command", () => {
    const bodies = talkableCurlExamples.map((example) => example.body).join("\n");
    expect(bodies).toContain('"+12025551111"');
    expect(bodies).toContain("+03:00");
  });

  it.each([true, false])("answers Check Unsubscribe, unsubscribed: %s", async (unsubscribed) => {
    if (!checkUnsubscribe) throw new Error("no Check Unsubscribe cURL example");
    talkable.recording.unsubscribed = unsubscribed;
    const answer = await runCurl(curlArgsFor(talkableServer.url, talkableKey)(checkUnsubscribe));
    expect(answer.status, answer.text).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json\b/);
    expect(JSON.parse(answer.text)).toEqual({ result: { unsubscribed } });
  });

  it("refuses the vendor's command with a forged key: 401", async () => {
    const [example] = talkableCurlExamples;
    if (!example) throw new Error("no cURL example");
    const answer = await runCurl(curlArgsFor(talkableServer.url, forgedKey)(example));
    expectError(answer, 401, "unauthorized", secrets);
    expect(talkable.recording.events).toEqual([]);
    expect(talkable.recording.errors).toMatchObject([{ code: "unauthorized" }]);
  });

  it.each(emmaSamples)("takes Emma's $file, sent by curl to the token URL", async (sample) => {
    const answer = await curlEmma(withToken(emmaServer.url, emmaToken), sample.text);
    expect(answer.status, answer.text).toBe(200);
    expect(emma.recording.events).toEqual([JSON.parse(sample.text)]);
  });

  it("refuses Emma's sample with a forged token or none: 401, the token never echoed", async () => {
    const [sample] = emmaSamples;
    if (!sample) throw new Error("no Emma sample");
    for (const target of [withToken(emmaServer.url, forgedToken), emmaServer.url]) {
      expectError(await curlEmma(target, sample.text), 401, "unauthorized", secrets);
    }
    expect(emma.recording.events).toEqual([]);
  });

  it.each(["GET", "PUT", "DELETE", "PATCH"])(
    "answers %s on the webhook path with a JSON 405 and Allow: POST, echoing no token",
    async (method) => {
      const response = await fetch(withToken(emmaServer.url, emmaToken), { method });
      expect(response.headers.get("allow")).toBe("POST");
      expectError(await readAnswer(response), 405, "method_not_allowed", secrets);
    },
  );

  it("answers a payload contradicting the spec with 400 and its JSON pointer", async () => {
    const body = JSON.stringify({ ...click, data: { ...click.data, member_id: "200061" } });
    const answer = await post(withToken(emmaServer.url, emmaToken), body, jsonContentType);
    const error = expectError(answer, 400, "invalid_payload", secrets);
    expect(pointersOf(error)).toEqual(["/data/member_id"]);
    expect(emma.recording.events).toEqual([]);
  });

  it("answers the vendor's command with a corrupted timestamp with 400 at its pointer", async () => {
    const example = talkableCurlExamples.find((e) => e.body.includes('"subscribed_at":"2018-'));
    if (!example) throw new Error("no cURL example with a subscribed_at timestamp");
    // One field of the vendor's own payload made to contradict the spec: a date with no offset.
    const corrupted = {
      ...example,
      args: example.args.map((word) =>
        word.replace(/"subscribed_at":"2018-[^"]*"/, '"subscribed_at":"yesterday"'),
      ),
    };
    const answer = await runCurl(curlArgsFor(talkableServer.url, talkableKey)(corrupted));
    const error = expectError(answer, 400, "invalid_payload", secrets);
    expect(pointersOf(error).every((pointer) => pointer.endsWith("/subscribed_at"))).toBe(true);
    expect(pointersOf(error).length).toBeGreaterThan(0);
    expect(talkable.recording.events).toEqual([]);
  });

  it("answers 413 to a declared body over maxBodyBytes", async () => {
    // The whole body is sent: where the framework or platform reads it first, it waits for it.
    const body = `{"padding":"${"x".repeat(smallLimit)}"}`;
    const answer = await rawPost(withToken(smallServer.url, emmaToken), {
      headers: { "content-type": jsonContentType, "content-length": String(body.length) },
      chunks: [body],
    });
    expectError(answer, 413, "body_too_large", secrets);
    expect(small.recording.events).toEqual([]);
  });

  it("answers 413 to a streamed body over maxBodyBytes", async () => {
    const chunk = "x".repeat(16 * 1024);
    // 8 MiB where the receiver reads the stream, else 2 MiB: past the receiver's 32 KiB and
    // the body parsers' 1 MB, under API Gateway's 10 MiB.
    const maxChunks = traits.streams ? 512 : 128;
    const answer = await postUntilAnswered(
      withToken(smallServer.url, emmaToken),
      { "content-type": jsonContentType },
      chunk,
      maxChunks,
    );
    if (traits.ownsLimitAnswer) expectError(answer, 413, "body_too_large", secrets);
    else expect(answer.status).toBe(413);
    // Refused while the body was still arriving: the rest was never read, let alone kept.
    if (traits.streams) expect(answer.chunksWritten).toBeLessThan(maxChunks);
    expect(small.recording.events).toEqual([]);
  });

  it.runIf(traits.streams)(
    "reports a sender that hangs up mid-body as client_aborted",
    async () => {
      await hangUpMidBody(withToken(emmaServer.url, emmaToken), jsonContentType);
      await expect
        .poll(() => emma.recording.errors.map((error) => (error as WebhookError).code))
        .toEqual(["client_aborted"]);
      expect(emma.recording.events).toEqual([]);
    },
  );

  it.skipIf(traits.streams)(
    "never runs a handler for a sender that hangs up mid-body",
    async () => {
      // The platform or framework reads the body before the adapter: no delivery reaches it.
      await hangUpMidBody(withToken(emmaServer.url, emmaToken), jsonContentType);
      const answer = await post(
        withToken(emmaServer.url, emmaToken),
        encodeEmmaBody(click),
        jsonContentType,
      );
      expect(answer.status, answer.text).toBe(200);
      expect(emma.recording.events).toEqual([click]);
      expect(emma.recording.errors).toEqual([]);
    },
  );
});
