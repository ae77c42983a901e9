// A body over maxBodyBytes is refused as soon as the limit is known to be passed, on every
// server (workerd has the same two checks in workers-workerd.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "../support/answers.js";
import { curlEndlessBody } from "../support/curl.js";
import { postHeadOnly } from "../support/head-only.js";
import { type RunningServer, serverKinds, startServer } from "../support/servers.js";
import {
  createRecordingTalkable,
  talkableKey,
  talkableSecrets,
} from "../support/talkable-receivers.js";
import { formContentType } from "../support/wire.js";

const limit = 16 * 1024;

describe.each(serverKinds)("a body over maxBodyBytes on %s", (kind) => {
  const receiver = createRecordingTalkable({ key: talkableKey, maxBodyBytes: limit });
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(kind, receiver.webhooks);
  });
  afterAll(async () => server.close());

  it("is refused from its Content-Length alone, before a byte of it is sent", async () => {
    const answer = await postHeadOnly(server.url, {
      "content-type": formContentType,
      "content-length": String(10 * limit),
      expect: "100-continue",
    });
    expectError(answer, 413, "body_too_large", talkableSecrets);
  });

  it("is refused once the streamed bytes pass the limit, long before the sender is done", async () => {
    const sent = await curlEndlessBody(server.url, {
      headers: [`content-type: ${formContentType}`],
      chunk: "a".repeat(1024),
      paceMs: 5,
      planned: 4000,
    });
    expectError(sent.answer, 413, "body_too_large", talkableSecrets);
    expect(sent.written).toBeLessThan(sent.planned / 4);
    expect(receiver.recording.events).toEqual([]);
  });
});
