import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Listener,
  assertBuilt,
  curlFixture,
  freshDir,
  runCli,
  runShell,
  startListen,
} from "./cli-process.js";
import { parseWireAnswer, sendSlowly, stalledPlans } from "../support/slow-sender.js";

interface DeliveryLine {
  vendor: string | null;
  type: string | null;
  matches: string[];
  valid: boolean;
  status: number;
  id: string;
  problems: { pointer: string; message: string }[];
}

const key = "listen-key";
const site = "my-shop";
const token = "listen-token";

describe("listen --json, fed by curl, send and a bad body", () => {
  const cwd = freshDir();
  let listener: Listener;
  let seen = 0;
  const next = async () => JSON.parse(await listener.line(seen++)) as DeliveryLine;

  beforeAll(async () => {
    assertBuilt();
    listener = await startListen(
      ["--json", "--key", key, "--site", site, "--token", token, "--unsubscribed", "true"],
      cwd,
    );
  });
  afterAll(async () => expect(await listener.stop()).toBe(0));

  const filled = (name: string) =>
    curlFixture(name)
      .replaceAll("<url>", `${listener.url}/webhooks`)
      .replaceAll("<key>", key)
      .replaceAll("<site>", site);

  it("accepts the vendor's referral cURL command, run verbatim by curl", async () => {
    const curl = await runShell(
      `${filled("referral.curl.txt")} -s -o /dev/null -w '%{http_code}'`,
      cwd,
    );
    expect(curl.stdout).toBe("200");
    expect(await next()).toMatchObject({
      vendor: "talkable",
      type: "referral_web_hook",
      valid: true,
      status: 200,
      problems: [],
    });
  });

  it("answers the vendor's Check Unsubscribe cURL command as the spec says", async () => {
    const curl = await runShell(filled("check-unsubscribe.curl.txt"), cwd);
    expect(JSON.parse(curl.stdout)).toEqual({ result: { unsubscribed: true } });
    const line = await next();
    expect(line).toMatchObject({ type: "check_unsubscribe_web_hook", valid: true, status: 200 });
    expect(line.id).toMatch(/^[\da-f]{64}$/);
  });

  it("takes a typeless seed that names no site as the one webhook its payload fits", async () => {
    // This seed names no site: its key decides (the listener's --site is its site), and it
    // names no type: post_share_web_hook is the only webhook whose schema its payload fits.
    await runShell(filled("post-share-no-type.curl.txt"), cwd);
    const line = await next();
    expect(line).toMatchObject({ vendor: "talkable", type: "post_share_web_hook", valid: true });
    expect(line.status).toBe(200);
  });

  it("shows a typeless body that fits several webhooks with the types it matches", async () => {
    await runShell(filled("event-no-type.curl.txt"), cwd);
    const line = await next();
    expect(line).toMatchObject({ vendor: "talkable", type: null, valid: false, status: 400 });
    expect(line.problems[0]?.pointer).toBe("/type");
    expect(line.matches).toEqual(["unsubscribe_web_hook", "event_web_hook"]);
  });

  it("receives send's deliveries, form-encoded and raw", async () => {
    for (const encoding of ["form", "curl"]) {
      const sent = await runCli(
        [
          "send",
          "reward_web_hook",
          "--example",
          "click",
          "--to",
          listener.url,
          "--key",
          key,
          "--site",
          site,
          "--encoding",
          encoding,
        ],
        { cwd },
      );
      expect(sent.code).toBe(0);
      expect(sent.stdout).toContain("200 OK");
      expect(await next()).toMatchObject({ type: "reward_web_hook", valid: true, status: 200 });
    }
  });

  it("receives an Emma delivery with its token, and refuses one without", async () => {
    const sent = await runCli(["send", "member_signup", "--to", listener.url, "--token", token], {
      cwd,
    });
    expect(sent.code).toBe(0);
    expect(await next()).toMatchObject({
      vendor: "emma",
      type: "member_signup",
      valid: true,
      status: 200,
    });
    const unsent = await runCli(["send", "member_signup", "--to", listener.url], { cwd });
    expect(unsent.code).toBe(1);
    expect(await next()).toMatchObject({ vendor: "emma", valid: false, status: 401 });
  });

  it("points at the field of a bad body and answers 400", async () => {
    const sent = await runCli(
      [
        "send",
        "referral_web_hook",
        "--to",
        listener.url,
        "--key",
        key,
        "--site",
        site,
        "--set",
        "/offer/email=42",
      ],
      { cwd },
    );
    expect(sent.code).toBe(1);
    expect(sent.stdout).toContain("400 Bad Request");
    expect(sent.stdout).toContain("/payload/offer/email");
    const line = await next();
    expect(line).toMatchObject({ type: "referral_web_hook", valid: false, status: 400 });
    expect(line.problems.map((problem) => problem.pointer)).toEqual(["/payload/offer/email"]);
  });

  it("refuses a wrong key with 401", async () => {
    const sent = await runCli(
      ["send", "offer_signup_web_hook", "--to", listener.url, "--key", "wrong", "--site", site],
      { cwd },
    );
    expect(sent.code).toBe(1);
    expect(await next()).toMatchObject({
      valid: false,
      status: 401,
      problems: [{ pointer: "/key" }],
    });
    expect(listener.lines.join("\n")).not.toContain(key);
  });
});

describe("listen's human output", () => {
  it("prints one line per delivery with each problem's pointer, and the payload with --verbose", async () => {
    const cwd = freshDir();
    const listener = await startListen(["--verbose"], cwd);
    try {
      const fill = (name: string) =>
        curlFixture(name).replaceAll("<url>", listener.url).replaceAll("<key>", "seed-key");
      const curl = await runShell(
        `${fill("event-no-type.curl.txt")} -s -o /dev/null -w '%{http_code}'`,
        cwd,
      );
      expect(curl.stdout).toBe("400");
      expect(await listener.line(0)).toMatch(
        /^\d\d:\d\d:\d\d talkable \(no type; matches unsubscribe_web_hook, event_web_hook; --type accepts it\) \d+ B invalid → 400 record \w+$/,
      );
      expect(await listener.line(1)).toMatch(/^ {2}\/type the delivery has no type field/);
      // --verbose shows what could not be decoded as recorded, with the key hidden.
      expect(await listener.line(2)).toMatch(/^key=\*\*\*&payload=\{"origin"/);
      await runCli(["send", "member_signup", "--to", listener.url, "--set", '/member_id="x"'], {
        cwd,
      });
      // The listener's line may come after `send` exits: they are two processes.
      const isSignup = (line: string) => line.includes("member_signup");
      await expect.poll(() => listener.lines.some(isSignup)).toBe(true);
      const start = listener.lines.findIndex(isSignup);
      expect(listener.lines[start]).toMatch(/emma member_signup \d+ B invalid → 400/);
      expect(await listener.line(start + 1)).toBe("  /data/member_id must be integer,null");
    } finally {
      await listener.stop();
    }
  });
});

describe("listen's body deadline", () => {
  it.each(["Content-Length 5000, then one byte every 500 ms", "headers, then nothing"])(
    "%s: answers 408 body_timeout, closes the socket, and says so on stderr",
    async (name) => {
      const listener = await startListen(["--body-timeout", "1000"], freshDir());
      try {
        const url = `${listener.url}/webhooks`;
        const plan = stalledPlans(url, "application/x-www-form-urlencoded", 1_000)[name];
        if (!plan) throw new Error(`no plan ${name}`);
        const seen = await sendSlowly(url, plan);
        const answer = parseWireAnswer(seen.raw);
        expect(answer?.status).toBe(408);
        expect(answer?.headers["connection"]).toBe("close");
        expect(JSON.parse(answer?.body ?? "")).toMatchObject({ error: { code: "body_timeout" } });
        expect(seen.answeredMs).toBeGreaterThanOrEqual(995);
        expect(seen.answeredMs).toBeLessThan(3_000);
        expect(seen.closedMs).toBeDefined();
        expect(listener.stderr()).toContain(
          "POST /webhooks: answered 408 (the body did not arrive within 1000 ms)",
        );
        // Nothing was recorded: no delivery arrived.
        expect(listener.lines).toEqual([]);
      } finally {
        await listener.stop();
      }
    },
  );

  it("refuses a --body-timeout that is not a positive number of milliseconds", async () => {
    const run = await runCli(["listen", "--port", "0", "--body-timeout", "0"], { cwd: freshDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--body-timeout 0 is not a positive number of milliseconds");
  });
});
