import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "./cli-app.js";
import { type Listener, assertBuilt, freshDir, runCli, startListen } from "./cli-process.js";

interface ForwardedLine {
  id: string | null;
  record: string;
  type: string;
  status: number;
  forwarded: { status: number; problems: { pointer: string; message: string }[] };
}

const inboxOf = (cwd: string) => join(cwd, ".talkable-emma-webhooks/inbox");

describe("listen --forward-to a real app, then replay", () => {
  const cwd = freshDir();
  let app: RunningApp;
  let listener: Listener;
  let seen = 0;
  const next = async () => JSON.parse(await listener.line(seen++)) as ForwardedLine;

  beforeAll(async () => {
    assertBuilt();
    app = await startApp();
    listener = await startListen(["--json", "--forward-to", `${app.url}/talkable`], cwd);
  });
  afterAll(async () => {
    await listener.stop();
    await app.close();
  });

  it("relays a Talkable delivery byte-exact and returns the app's answer", async () => {
    const sent = await runCli(
      [
        "send",
        "check_unsubscribe_web_hook",
        "--to",
        `${listener.url}/hook`,
        "--key",
        "app-key",
        "--encoding",
        "curl",
      ],
      { cwd },
    );
    expect(sent.code).toBe(0);
    expect(sent.stdout).toContain('"unsubscribed": true');
    expect(sent.stdout).toContain("the answer matches the spec");
    const line = await next();
    expect(line).toMatchObject({
      type: "check_unsubscribe_web_hook",
      status: 200,
      forwarded: { status: 200, problems: [] },
    });
    const recorded = readFileSync(join(inboxOf(cwd), `${line.record}.body`));
    expect(app.raw.at(-1)?.body.equals(recorded)).toBe(true);
    expect(app.handled).toEqual(["check_unsubscribe_web_hook"]);
  });

  it("relays the app's refusals, and checks them against the spec", async () => {
    const bad = [
      "send",
      "referral_web_hook",
      "--to",
      listener.url,
      "--key",
      "app-key",
      "--set",
      "/campaign/id=true",
    ];
    expect((await runCli(bad, { cwd })).code).toBe(1);
    expect(await next()).toMatchObject({ status: 400, forwarded: { status: 400, problems: [] } });
    // The listener (no --key) finds the delivery valid; the app's own key refuses it.
    const sent = await runCli(
      ["send", "referral_web_hook", "--to", listener.url, "--key", "not-the-app-key"],
      { cwd },
    );
    expect(sent.code).toBe(1);
    expect(await next()).toMatchObject({
      status: 401,
      forwarded: {
        status: 401,
        problems: [
          { pointer: "", message: "answered 401 to a valid delivery; the sender will retry it" },
        ],
      },
    });
  });

  it("replays the last delivery byte-exact, query included", async () => {
    const emma = await runCli(
      ["send", "member_optout", "--to", listener.url, "--token", "app-token"],
      { cwd },
    );
    // The listener relays to the app's Talkable route, which refuses JSON: the app's answer.
    expect(emma.code).toBe(1);
    const line = await next();
    expect(line.forwarded.status).toBe(415);
    const replayed = await runCli(["replay", "last", "--to", `${app.url}/emma`], { cwd });
    expect(replayed.stdout).toContain("member_optout");
    expect(replayed.stdout).not.toContain("app-token");
    expect(replayed.code).toBe(0);
    const last = app.raw.at(-1);
    expect(last?.path).toBe("/emma?token=app-token");
    expect(last?.body.equals(readFileSync(join(inboxOf(cwd), `${line.record}.body`)))).toBe(true);
    expect(app.handled.at(-1)).toBe("member_optout");
  });

  it("replays a delivery by its event id (or 12 of its characters), and says what to do for an unknown one", async () => {
    const [first] = readdirSync(inboxOf(cwd))
      .filter((name) => name.endsWith(".json"))
      .sort();
    const record = JSON.parse(readFileSync(join(inboxOf(cwd), first ?? ""), "utf8")) as {
      id: string;
    };
    expect(record.id).toMatch(/^[\da-f]{64}$/);
    for (const id of [record.id, record.id.slice(0, 12)]) {
      const replayed = await runCli(["replay", id, "--to", `${app.url}/talkable`], { cwd });
      expect(replayed.code).toBe(0);
      expect(replayed.stdout).toContain(`id ${record.id.slice(0, 12)}`);
      expect(replayed.stdout).toContain("200 OK");
      expect(app.handled.at(-1)).toBe("check_unsubscribe_web_hook");
    }
    const missing = await runCli(["replay", "nope", "--to", app.url], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no delivery nope in .*; give its id as `listen` printed it/);
  });
});

describe("an app whose Check Unsubscribe answer contradicts the spec", () => {
  it("is reported by listen --forward-to and by send", async () => {
    const cwd = freshDir();
    const app = await startApp({ unsubscribed: "yes" });
    const listener = await startListen(["--json", "--forward-to", `${app.url}/talkable`], cwd);
    try {
      const sent = await runCli(
        ["send", "check_unsubscribe_web_hook", "--to", listener.url, "--key", "app-key"],
        { cwd },
      );
      expect(sent.code).toBe(1);
      expect(sent.stdout).toContain("the answer contradicts the spec:");
      expect(sent.stdout).toContain("/result/unsubscribed must be boolean");
      const line = JSON.parse(await listener.line(0)) as ForwardedLine;
      expect(line.forwarded.problems).toEqual([
        { pointer: "/result/unsubscribed", message: "must be boolean" },
      ]);
    } finally {
      await listener.stop();
      await app.close();
    }
  });
});
