import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
import { expectError, post } from "../support/answers.js";
import { emmaToken, withToken } from "../support/emma-receivers.js";
import { type RunningServer, serverKinds, startServer } from "../support/servers.js";
import { talkableKey } from "../support/talkable-receivers.js";
import {
  encodeEmmaBody,
  encodeTalkableBody,
  firstEmmaExample,
  firstTalkableExample,
  formContentType,
  jsonContentType,
} from "../support/wire.js";

const referralBody = encodeTalkableBody(firstTalkableExample("referral_web_hook"), {
  key: talkableKey,
});
const checkBody = encodeTalkableBody(firstTalkableExample("check_unsubscribe_web_hook"), {
  key: talkableKey,
});
const signupBody = encodeEmmaBody(firstEmmaExample("member_signup"));

/** A promise the test resolves when it wants, and one the handler resolves when it started. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe.each(serverKinds)("dispatch on %s", (kind) => {
  const order: string[] = [];
  const release = gate();
  const started = gate();
  const talkable = createTalkableWebhooks({ key: talkableKey });
  talkable.on("referral_web_hook", async () => {
    order.push("first handler started");
    started.open();
    await release.opened;
    order.push("first handler finished");
  });
  talkable.on("referral_web_hook", () => {
    order.push("second handler");
  });
  talkable.onAny((event) => {
    order.push(`onAny ${event.type}`);
  });
  const silent = createTalkableWebhooks({ key: talkableKey });
  const invalidAnswer = createTalkableWebhooks({ key: talkableKey });
  // Only a handler that cheats the types can answer this: the receiver must still refuse it.
  invalidAnswer.on(
    "check_unsubscribe_web_hook",
    () => JSON.parse('{"unsubscribed":"yes"}') as { unsubscribed: boolean },
  );
  const split = createTalkableWebhooks({ key: talkableKey });
  split.on("check_unsubscribe_web_hook", () => ({ unsubscribed: false }));
  split.on("check_unsubscribe_web_hook", () => Promise.resolve({ unsubscribed: true }));
  const emma = createEmmaWebhooks({ token: emmaToken });
  emma.on("member_signup", async () => {
    await sleep(20);
    order.push("emma first");
  });
  emma.on("member_signup", () => {
    order.push("emma second");
  });
  emma.onAny((event) => {
    order.push(`emma onAny ${event.event_name}`);
  });
  emma.onError(() => {
    throw new Error("a broken error reporter must not change the answer");
  });
  const servers: RunningServer[] = [];
  const url = (index: number) => servers[index]?.url ?? "";

  beforeAll(async () => {
    for (const receiver of [talkable, silent, invalidAnswer, split, emma]) {
      servers.push(await startServer(kind, receiver));
    }
  });
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  it("answers only after every handler finished, running them in order and onAny last", async () => {
    order.length = 0;
    const answered = post(url(0), referralBody, formContentType).then((answer) => {
      order.push("answer");
      return answer;
    });
    await started.opened;
    const first = await Promise.race([answered.then(() => "answered"), sleep(150, "waiting")]);
    expect(first).toBe("waiting");
    release.open();
    expect((await answered).status).toBe(200);
    expect(order).toEqual([
      "first handler started",
      "first handler finished",
      "second handler",
      "onAny referral_web_hook",
      "answer",
    ]);
  });

  it("runs Emma handlers in order, then onAny, before answering", async () => {
    order.length = 0;
    const answer = await post(withToken(url(4), emmaToken), signupBody, jsonContentType);
    order.push("answer");
    expect(answer.status).toBe(200);
    expect(order).toEqual(["emma first", "emma second", "emma onAny member_signup", "answer"]);
  });

  it("answers 500 to a Check Unsubscribe no handler answered", async () => {
    const answer = await post(url(1), checkBody, formContentType);
    expectError(answer, 500, "handler_failed", [talkableKey]);
  });

  it("answers 500 to a Check Unsubscribe answer that is not { unsubscribed: boolean }", async () => {
    const answer = await post(url(2), checkBody, formContentType);
    expectError(answer, 500, "handler_failed", [talkableKey]);
  });

  it("answers unsubscribed when any handler says so", async () => {
    const answer = await post(url(3), checkBody, formContentType);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json\b/);
    expect(JSON.parse(answer.text)).toEqual({ result: { unsubscribed: true } });
  });

  it("keeps the answer when an error reporter throws", async () => {
    const answer = await post(withToken(url(4), "em-token-wrong"), signupBody, jsonContentType);
    expectError(answer, 401, "unauthorized", [emmaToken]);
  });
});
