import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type EmmaDriftReport,
  type EmmaWebhooks,
  createEmmaWebhooks,
} from "talkable-emma-webhooks/emma";
import {
  type DriftFinding,
  type TalkableDriftReport,
  type TalkableWebhooks,
  createTalkableWebhooks,
  maxDriftFindings,
  maxDriftValueChars,
  talkableWebhookTypes,
} from "talkable-emma-webhooks/talkable";
import { talkableFixture } from "talkable-emma-webhooks/testing";
import {
  emmaExampleRows,
  encodeEmmaBody,
  encodeTalkableBody,
  talkableExampleRows,
} from "../support/wire.js";

const key = "drift-fixture-key";
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const testSend = fixture("drift/reward_web_hook__test-send.form.txt");
const captured = fixture("emma-real/member_add__hutsoninc-captured.json");

/** The next drift report of a receiver, or `undefined` when none comes within a few turns. */
function nextDrift<R>(receiver: { onDrift(handler: (report: R) => void): void }) {
  const reports: R[] = [];
  receiver.onDrift((report) => {
    reports.push(report);
  });
  return async () => {
    // Drift is reported on a later timer turn; a few turns let the lazy import settle.
    for (let turn = 0; turn < 50 && reports.length === 0; turn += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return reports.shift();
  };
}

const brief = (finding: DriftFinding) => [finding.kind, finding.pointer, finding.spec.file];

describe("drift of the spec's own examples", () => {
  it.each(talkableExampleRows())("$type/$name has none", async ({ value }) => {
    const webhooks: TalkableWebhooks = createTalkableWebhooks({ key: value.key });
    const next = nextDrift(webhooks);
    await webhooks.verifyAndParse(encodeTalkableBody(value));
    expect(await next()).toBeUndefined();
  });

  it.each(emmaExampleRows())("$event/$name has none", async ({ value }) => {
    const webhooks: EmmaWebhooks = createEmmaWebhooks({ allowUnauthenticated: true });
    const next = nextDrift(webhooks);
    await webhooks.verifyAndParse(encodeEmmaBody(value));
    expect(await next()).toBeUndefined();
  });
});

describe("drift table-driven over every Talkable webhook type", () => {
  const firstOfEach = talkableWebhookTypes.map(
    (type) => talkableExampleRows().find((row) => row.type === type) ?? talkableExampleRows()[0],
  );

  it.each(firstOfEach)(
    "$type: a test send is flagged, an unnamed payload member reported",
    async (row) => {
      if (!row) throw new Error("no example");
      const webhooks = createTalkableWebhooks({ key });
      const next = nextDrift<TalkableDriftReport>(webhooks);
      const payload = { ...(row.value.payload as object), probe_member: { depth: 2 } };
      const body = `${encodeTalkableBody({ ...row.value, key, payload })}&test=1&via=proxy`;
      const event = await webhooks.verifyAndParse(body);
      expect(event.test).toBe(true);
      expect(event.fields).toEqual({ via: "proxy" });
      const report = await next();
      expect(report?.type).toBe(row.type);
      expect(report?.findings.map((finding) => finding.pointer)).toEqual([
        "/via",
        "/payload/probe_member",
      ]);
      expect(report?.findings[1]?.spec.file).toMatch(
        /^openapi\/talkable\/schemas\/\w+Payload\.yaml$/,
      );
      expect(report?.findings[0]?.spec.file).toBe(`openapi/talkable/webhooks/${row.type}.yaml`);
    },
  );
});

describe("drift of a Talkable test send", () => {
  it("flags the test send and reports the undocumented reason and members", async () => {
    const webhooks = createTalkableWebhooks({ key });
    const next = nextDrift<TalkableDriftReport>(webhooks);
    const event = await webhooks.verifyAndParse(testSend);
    expect(event.test).toBe(true);
    expect(event.extras).toEqual({});
    expect(event.fields).toBeUndefined();
    const report = await next();
    expect(report).toMatchObject({ vendor: "talkable", type: "reward_web_hook", id: event.id });
    expect(report?.truncated).toBe(false);
    expect(report?.findings.map(brief)).toEqual([
      ["unknown_member", "/payload/campaign/locale", "openapi/talkable/schemas/Campaign.yaml"],
      ["unknown_value", "/payload/reward/reason", "openapi/talkable/schemas/RewardReason.yaml"],
      ["unknown_member", "/payload/reward/expires_at", "openapi/talkable/schemas/Reward.yaml"],
      ["unknown_member", "/payload/loyalty", "openapi/talkable/schemas/RewardPayload.yaml"],
    ]);
    expect(report?.findings[1]).toMatchObject({
      spec: { pointer: "/anyOf/0/enum" },
      type: "string",
      value: '"share"',
    });
    expect(report?.findings[3]).toMatchObject({
      spec: { pointer: "/properties" },
      type: "object",
      value: '{"tier":"gold"}',
    });
  });

  it("keeps other top-level fields and reports them against the request body", async () => {
    const webhooks = createTalkableWebhooks({ key });
    const next = nextDrift<TalkableDriftReport>(webhooks);
    const event = await webhooks.verifyAndParse(`${testSend}&sent_by=dashboard&x%5By%5D=1`);
    expect(event.fields).toEqual({ sent_by: "dashboard", "x[y]": "1" });
    const findings = (await next())?.findings ?? [];
    const top = findings.filter((finding) => !finding.pointer.startsWith("/payload"));
    expect(top.map((finding) => [finding.pointer, finding.value])).toEqual([
      ["/sent_by", '"dashboard"'],
      ["/x[y]", '"1"'],
    ]);
    expect(top[0]?.spec).toEqual({
      file: "openapi/talkable/webhooks/reward_web_hook.yaml",
      pointer: "/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties",
    });
  });

  it("reports a type the spec allows only through a union, where its examples show another", async () => {
    const webhooks = createTalkableWebhooks({ key });
    const next = nextDrift<TalkableDriftReport>(webhooks);
    const payload = talkableFixture("referral_web_hook", { campaign: { id: "500548529" } });
    await webhooks.verifyAndParse(encodeTalkableBody({ key, type: "referral_web_hook", payload }));
    const [finding] = (await next())?.findings ?? [];
    expect(finding).toMatchObject({
      kind: "union_type",
      pointer: "/payload/campaign/id",
      spec: { file: "openapi/talkable/schemas/Campaign.yaml", pointer: "/properties/id" },
      type: "string",
    });
  });

  it.each([
    ["true", true],
    ["1", true],
    ["on", true],
    ["TRUE", true],
    ["yes", true],
    ["false", false],
    ["0", false],
    ["", false],
    ["off", false],
  ])("reads test=%s as %s", async (value, test) => {
    const webhooks = createTalkableWebhooks({ key });
    const body = testSend.replace("test=true", `test=${value}`);
    expect((await webhooks.verifyAndParse(body)).test).toBe(test);
  });

  it("gives a test send and a live send of the same payload different ids", async () => {
    const webhooks = createTalkableWebhooks({ key });
    const live = await webhooks.verifyAndParse(testSend.replace("&test=true", ""));
    const test = await webhooks.verifyAndParse(testSend);
    expect(live.test).toBe(false);
    expect(live.id).not.toBe(test.id);
  });
});

describe("drift limits", () => {
  it(`reports at most ${maxDriftFindings} findings, values cut to ${maxDriftValueChars} characters`, async () => {
    const webhooks = createTalkableWebhooks({ key });
    const next = nextDrift<TalkableDriftReport>(webhooks);
    const extra = Object.fromEntries(
      Array.from({ length: 200 }, (_, index) => [`m${index}`, "v".repeat(1_000)]),
    );
    const payload = { ...talkableFixture("referral_web_hook"), ...extra };
    await webhooks.verifyAndParse(encodeTalkableBody({ key, type: "referral_web_hook", payload }));
    const report = await next();
    expect(report?.findings).toHaveLength(maxDriftFindings);
    expect(report?.truncated).toBe(true);
    for (const finding of report?.findings ?? []) {
      expect(finding.value.length).toBeLessThanOrEqual(maxDriftValueChars);
    }
  });

  it("never puts a key or token in a finding, whole or cut", async () => {
    const secret = `k-${"s".repeat(120)}`;
    const webhooks = createTalkableWebhooks({ key: secret });
    const next = nextDrift<TalkableDriftReport>(webhooks);
    const payload = { ...talkableFixture("referral_web_hook"), echo: { key: secret } };
    payload.campaign = { ...payload.campaign, [secret]: 1 };
    await webhooks.verifyAndParse(
      encodeTalkableBody({ key: secret, type: "referral_web_hook", payload }),
    );
    const text = JSON.stringify(await next());
    expect(text).toContain("[redacted]");
    expect(text).not.toContain(secret.slice(0, 40));

    const token = "em-token-drift-3f9a";
    const emma = createEmmaWebhooks({ token });
    const emmaNext = nextDrift<EmmaDriftReport>(emma);
    const body = JSON.parse(captured) as Record<string, unknown>;
    await emma.verifyAndParse(JSON.stringify({ ...body, echo: `?token=${token}` }), { token });
    const emmaText = JSON.stringify(await emmaNext());
    expect(emmaText).not.toContain(token);
  });

  it("never puts a key or token in a finding as a URL or a form would carry it", async () => {
    const token = "em token/drift+3f9a&x";
    const emma = createEmmaWebhooks({ token });
    const emmaNext = nextDrift<EmmaDriftReport>(emma);
    const body = JSON.parse(captured) as Record<string, unknown>;
    const echoes = {
      url: `https://shop.example/hook?token=${encodeURIComponent(token)}`,
      form: `token=${encodeURIComponent(token).replaceAll("%20", "+")}`,
    };
    await emma.verifyAndParse(JSON.stringify({ ...body, echoes }), { token });
    const report = await emmaNext();
    const echoed = report?.findings.filter((finding) => finding.pointer.startsWith("/echoes"));
    expect(echoed?.length).toBeGreaterThan(0);
    const text = JSON.stringify(report);
    expect(text).not.toContain(encodeURIComponent(token));
    expect(text).not.toContain(encodeURIComponent(token).replaceAll("%20", "+"));
  });

  it("computes nothing and loads nothing when no one listens", async () => {
    const webhooks = createTalkableWebhooks({ key });
    const event = await webhooks.verifyAndParse(testSend);
    expect(event.test).toBe(true);
  });
});

describe("drift of an Emma delivery", () => {
  it("reports members beside event_name and data, and data members Emma does not list", async () => {
    const webhooks = createEmmaWebhooks({ allowUnauthenticated: true });
    const next = nextDrift<EmmaDriftReport>(webhooks);
    // The captured delivery is in the contract since the last round: only what is added drifts.
    expect(await webhooks.verifyAndParse(captured)).toMatchObject({ event_name: "member_add" });
    expect(await next()).toBeUndefined();
    const body = JSON.parse(captured) as { data: Record<string, unknown> };
    const drifted = { ...body, webhook_id: 9, data: { ...body.data, source: { kind: "import" } } };
    const event = await webhooks.verifyAndParse(JSON.stringify(drifted));
    expect(event.extras).toMatchObject({ webhook_id: 9 });
    const report = await next();
    expect(report).toMatchObject({ vendor: "emma", type: "member_add", id: event.id });
    expect(report?.findings.map(brief)).toEqual([
      ["unknown_member", "/webhook_id", "openapi/emma/webhooks/member-events.yaml"],
      ["unknown_member", "/data/source", "openapi/emma/schemas/member-events.yaml"],
    ]);
  });

  it("reports a value outside an open list", async () => {
    const webhooks = createEmmaWebhooks({ allowUnauthenticated: true });
    const next = nextDrift<EmmaDriftReport>(webhooks);
    const body = {
      event_name: "member_status_update",
      data: { member_ids: [1], new_status: "forwarded" },
    };
    await webhooks.verifyAndParse(JSON.stringify(body));
    expect((await next())?.findings).toMatchObject([
      {
        kind: "unknown_value",
        pointer: "/data/new_status",
        spec: {
          file: "openapi/emma/schemas/member-events.yaml",
          pointer: "/MemberStatus/examples",
        },
      },
    ]);
  });
});
