import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type EmmaDriftReport,
  type EmmaEvent,
  createEmmaWebhooks,
} from "talkable-emma-webhooks/emma";
import {
  type TalkableDriftReport,
  type TalkableEvent,
  createTalkableWebhooks,
} from "talkable-emma-webhooks/talkable";
import { post } from "../support/answers.js";
import { anyServerKinds, startAnyServer } from "../support/adapter-servers.js";
import type { RunningServer } from "../support/servers.js";
import { formContentType, jsonContentType } from "../support/wire.js";

const key = "drift-fixture-key";
const testSend = readFileSync(
  new URL("../fixtures/drift/reward_web_hook__test-send.form.txt", import.meta.url),
  "utf8",
);
const captured = JSON.parse(
  readFileSync(
    new URL("../fixtures/emma-real/member_add__hutsoninc-captured.json", import.meta.url),
    "utf8",
  ),
) as { data: Record<string, unknown> };
const emmaBody = JSON.stringify({
  ...captured,
  webhook_id: 9,
  data: { ...captured.data, source: { kind: "import", batch: { id: 7 } } },
});

const talkablePointers = [
  "/payload/campaign/locale",
  "/payload/reward/reason",
  "/payload/reward/expires_at",
  "/payload/loyalty",
];
const emmaPointers = ["/webhook_id", "/data/source"];

/**
 * Waits until `reports` holds `count`, for up to `waitMs`: the first report loads the drift
 * modules, which a busy machine can take seconds to do. A check that none comes waits it all.
 */
async function settle(reports: readonly unknown[], count: number, waitMs = 15_000): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (reports.length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Three receivers per vendor: one with a drift handler that records, one whose drift handler
 * throws or never settles, and one without: their answers must be the same bytes.
 */
function receivers() {
  const talkableReports: TalkableDriftReport[] = [];
  const emmaReports: EmmaDriftReport[] = [];
  const talkableEvents: TalkableEvent[] = [];
  const emmaEvents: EmmaEvent[] = [];
  const talkable = createTalkableWebhooks({ key });
  talkable.onAny((event) => void talkableEvents.push(event));
  talkable.onDrift((report) => void talkableReports.push(report));
  const hostile = createTalkableWebhooks({ key });
  hostile.onDrift(() => {
    throw new Error("a drift handler that fails");
  });
  hostile.onDrift(() => new Promise<void>(() => undefined));
  const plain = createTalkableWebhooks({ key });
  const emma = createEmmaWebhooks({ allowUnauthenticated: true });
  emma.onAny((event) => void emmaEvents.push(event));
  emma.onDrift((report) => void emmaReports.push(report));
  const emmaHostile = createEmmaWebhooks({ allowUnauthenticated: true });
  emmaHostile.onDrift(() => new Promise<void>(() => undefined));
  const emmaPlain = createEmmaWebhooks({ allowUnauthenticated: true });
  return {
    talkable: [talkable, hostile, plain] as const,
    emma: [emma, emmaHostile, emmaPlain] as const,
    talkableReports,
    emmaReports,
    talkableEvents,
    emmaEvents,
  };
}

describe.each(anyServerKinds)("drift reports on %s", (kind) => {
  const setup = receivers();
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    for (const receiver of [...setup.talkable, ...setup.emma]) {
      servers.push(await startAnyServer(kind, receiver));
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it("answers a Talkable test send as without drift handlers, then reports its drift", async () => {
    const answers = [];
    for (const server of servers.slice(0, 3)) {
      answers.push(await post(server.url, testSend, formContentType));
    }
    expect(answers[0]?.status).toBe(200);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    await settle(setup.talkableReports, 1);
    const [report] = setup.talkableReports;
    const [event] = setup.talkableEvents;
    expect(event?.test).toBe(true);
    expect(report?.id).toBe(event?.id);
    expect(report?.findings.map((finding) => finding.pointer)).toEqual(talkablePointers);
  });

  it("answers an Emma delivery as without drift handlers, then reports its drift", async () => {
    const answers = [];
    for (const server of servers.slice(3)) {
      answers.push(await post(server.url, emmaBody, jsonContentType));
    }
    expect(answers[0]?.status).toBe(200);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    await settle(setup.emmaReports, 1);
    expect(setup.emmaReports[0]?.id).toBe(setup.emmaEvents[0]?.id);
    expect(setup.emmaReports[0]?.findings.map((finding) => finding.pointer)).toEqual(emmaPointers);
  });

  it("reports nothing for a refused delivery", async () => {
    const before = setup.talkableReports.length;
    const forged = testSend.replace(`key=${key}`, "key=wrong");
    expect((await post(servers[0]?.url ?? "", forged, formContentType)).status).toBe(401);
    await settle([], 1, 200);
    expect(setup.talkableReports).toHaveLength(before);
  });
});

describe("drift reports through receive and verifyAndParse", () => {
  it.each(["receive", "verifyAndParse"] as const)("%s reports the same findings", async (way) => {
    const setup = receivers();
    const [talkable] = setup.talkable;
    const [emma] = setup.emma;
    if (way === "receive") {
      const headers = (type: string) => ({ "content-type": type });
      const form = { method: "POST", url: "/webhooks", headers: headers(formContentType) };
      const json = { method: "POST", url: "/webhooks", headers: headers(jsonContentType) };
      expect((await talkable.receive({ ...form, body: testSend })).status).toBe(200);
      expect((await emma.receive({ ...json, body: emmaBody })).status).toBe(200);
    } else {
      expect((await talkable.verifyAndParse(testSend)).test).toBe(true);
      expect((await emma.verifyAndParse(emmaBody)).extras).toMatchObject({ webhook_id: 9 });
    }
    await settle(setup.talkableReports, 1);
    await settle(setup.emmaReports, 1);
    expect(setup.talkableReports[0]?.findings.map((finding) => finding.pointer)).toEqual(
      talkablePointers,
    );
    expect(setup.emmaReports[0]?.findings.map((finding) => finding.pointer)).toEqual(emmaPointers);
  });
});
