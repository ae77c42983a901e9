// The commands run in-process (the same runCli the bin calls), for the paths the process
// tests in test/integration/cli-*.test.ts do not take.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { talkableFixture } from "talkable-emma-webhooks/testing";
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/program.js";

/** A port nothing listens on: one the OS just handed out and took back. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

interface Capture {
  readonly io: CliIo;
  readonly out: () => string;
  readonly err: () => string;
  readonly stop: () => void;
}

function capture(options: { stdin?: string; cwd?: string } = {}): Capture {
  let out = "";
  let err = "";
  const controller = new AbortController();
  const io: CliIo = {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readStdin: () => Promise.resolve(new TextEncoder().encode(options.stdin ?? "")),
    env: { NO_COLOR: "1" },
    cwd: options.cwd ?? mkdtempSync(join(tmpdir(), "tew-cli-unit-")),
    isTTY: false,
    signal: controller.signal,
  };
  return { io, out: () => out, err: () => err, stop: () => controller.abort() };
}

describe("examples", () => {
  it("lists every webhook of both vendors with its example names", async () => {
    const run = capture();
    expect(await runCli(["examples"], run.io)).toBe(0);
    expect(run.out()).toMatch(/reward_web_hook +signup \(.*\), shared/);
    expect(run.out()).toMatch(/member_add_to_group +default \(.*\), all_members/);
  });

  it("prints one payload, and says what exists when the name is wrong", async () => {
    const run = capture();
    expect(await runCli(["examples", "event_web_hook", "--example", "purchase"], run.io)).toBe(0);
    expect(JSON.parse(run.out())).toHaveProperty("origin.type", "Purchase");
    const wrong = capture();
    expect(await runCli(["examples", "event_web_hook", "--example", "nope"], wrong.io)).toBe(2);
    expect(wrong.err()).toContain("its examples are: default, purchase");
  });
});

describe("send --dry-run", () => {
  it("prints the form-encoded request with the key hidden", async () => {
    const run = capture();
    const args = [
      "send",
      "offer_signup_web_hook",
      "--key",
      "s3cret",
      "--site",
      "shop",
      "--dry-run",
    ];
    expect(await runCli(args, run.io)).toBe(0);
    expect(run.out()).toMatch(
      /^POST http:\/\/127\.0\.0\.1:4000\/webhooks\ncontent-type: application\/x-www-form-urlencoded\n\nkey=\*\*\*&site=shop&type=offer_signup_web_hook&payload=%7B/,
    );
    expect(run.out()).not.toContain("s3cret");
  });

  it("prints the raw body with --encoding curl, and applies --set and --payload", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "tew-cli-unit-"));
    writeFileSync(join(cwd, "payload.json"), JSON.stringify({ campaign: { id: 1 } }));
    const run = capture({ cwd });
    const args = [
      "send",
      "post_share_web_hook",
      "--encoding",
      "curl",
      "--payload",
      "payload.json",
      "--set",
      '/share_type="email"',
      "--dry-run",
    ];
    expect(await runCli(args, run.io)).toBe(0);
    expect(run.out()).toContain(
      '&type=post_share_web_hook&payload={"campaign":{"id":1},"share_type":"email"}',
    );
  });

  it("puts Emma's token in the URL and hides it, reading the payload from stdin", async () => {
    const run = capture({ stdin: JSON.stringify({ account_id: 1, member_id: 2 }) });
    const args = [
      "send",
      "member_signup",
      "--to",
      "http://h.test/emma",
      "--token",
      "t0k",
      "--payload",
      "-",
      "--dry-run",
    ];
    expect(await runCli(args, run.io)).toBe(0);
    expect(run.out()).toContain(
      "POST http://h.test/emma?token=***\ncontent-type: application/json\n\n",
    );
    expect(run.out()).toContain(
      '{"event_name":"member_signup","data":{"account_id":1,"member_id":2}}',
    );
    expect(run.out()).not.toContain("t0k");
  });

  it("says what to do with bad input", async () => {
    for (const [args, message] of [
      [["send", "nope"], "run `talkable-emma-webhooks examples`"],
      [["send", "member_signup", "--to", "not a url"], "is not a URL"],
      [["send", "member_signup", "--payload", "missing.json"], "cannot read missing.json"],
      [["send", "member_signup", "--payload", "-"], "- is not JSON"],
      [["send", "member_signup", "--set", "/x=y"], "is not JSON; quote strings"],
    ] as const) {
      const run = capture({ stdin: "{" });
      expect(await runCli(args, run.io)).toBe(2);
      expect(run.err()).toContain(message);
    }
  });
});

describe("send and replay without a receiver", () => {
  it("exits 1 and says to start one", async () => {
    const run = capture();
    const url = `http://127.0.0.1:${await closedPort()}/x`;
    expect(await runCli(["send", "member_signup", "--to", url], run.io)).toBe(1);
    expect(run.err()).toContain(`could not reach ${url} (ECONNREFUSED); is the receiver running?`);
    const replay = capture();
    expect(await runCli(["replay", "last"], replay.io)).toBe(1);
    expect(replay.err()).toMatch(/no delivery last in .*; run `listen` first/);
  });
});

describe("the program", () => {
  it("prints its help without arguments, and refuses unknown commands with exit 2", async () => {
    const run = capture();
    expect(await runCli([], run.io)).toBe(0);
    expect(run.out()).toContain("A session:");
    const wrong = capture();
    expect(await runCli(["sned"], wrong.io)).toBe(2);
    expect(wrong.err()).toContain("unknown command 'sned'");
  });
});

describe("listen, in-process", () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  async function listen(args: readonly string[]) {
    const run = capture();
    stop = run.stop;
    const done = runCli(["listen", "--port", "0", ...args], run.io);
    await expect.poll(() => run.err()).toContain("listening on");
    const url = /listening on (\S+)/.exec(run.err())?.[1] ?? "";
    return { run, url, done };
  }

  it("accepts a typeless delivery with --type, refuses other media and methods", async () => {
    const { run, url, done } = await listen([
      "--type",
      "unsubscribe_web_hook",
      "--unsubscribed",
      "true",
      "--verbose",
    ]);
    const body = `key=k&payload=${JSON.stringify(talkableFixture("unsubscribe_web_hook"))}`;
    const post = (contentType: string, text: string) =>
      fetch(url, { method: "POST", headers: { "content-type": contentType }, body: text });
    const typeless = await post("application/x-www-form-urlencoded", body);
    expect((await post("text/plain", "hi")).status).toBe(415);
    expect((await fetch(url)).status).toBe(405);
    expect(run.out()).toMatch(/talkable unsubscribe_web_hook \d+ B valid → 200/);
    expect(run.out()).toContain('"person": {');
    expect(run.out()).toMatch(/text\/plain unknown 2 B invalid → 415/);
    expect(run.err()).toContain("GET /: answered 405");
    expect(typeless.status).toBe(200);
    run.stop();
    expect(await done).toBe(0);
  });

  it("answers 502 when the app it relays to is down", async () => {
    const app = `http://127.0.0.1:${await closedPort()}/app`;
    const { run, url } = await listen(["--forward-to", app, "--json"]);
    const answer = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(answer.status).toBe(502);
    const line = JSON.parse(run.out()) as {
      forwarded: { status: number; problems: { message: string }[] };
    };
    expect(line.forwarded.status).toBe(502);
    expect(line.forwarded.problems[0]?.message).toContain("could not reach");
  });

  it("says what to do when the port is taken", async () => {
    const first = await listen([]);
    const port = new URL(first.url).port;
    const second = capture();
    expect(await runCli(["listen", "--port", port], second.io)).toBe(1);
    expect(second.err()).toContain("(EADDRINUSE); pick another --port or --host");
    const bad = capture();
    expect(await runCli(["listen", "--port", "http"], bad.io)).toBe(2);
  });
});

describe("validate, in-process", () => {
  it.each([
    ["a valid form body", "unsubscribe_web_hook", [], 0, "valid: talkable unsubscribe_web_hook\n"],
    [
      "a body with a wrong key",
      "unsubscribe_web_hook",
      ["--key", "other"],
      1,
      "  /key the key does not match\n",
    ],
  ] as const)("checks %s", async (_, type, args, code, output) => {
    const body = `key=k&type=${type}&payload=${encodeURIComponent(JSON.stringify(talkableFixture(type)))}`;
    const run = capture({ stdin: body });
    expect(await runCli(["validate", ...args], run.io)).toBe(code);
    expect(run.out()).toContain(output);
  });

  it("takes Emma's token from a curl command's URL", async () => {
    const body = JSON.stringify({ event_name: "group_delete", data: { group_id: "x" } });
    const command = `curl 'https://shop.test/emma?token=t1' -H 'content-type: application/json' -d '${body}'`;
    const run = capture({ stdin: command });
    expect(await runCli(["validate", "--token", "t2", "--json"], run.io)).toBe(1);
    expect(JSON.parse(run.out())).toMatchObject({
      vendor: "emma",
      type: "group_delete",
      valid: false,
    });
    const placeholder = capture({
      stdin: command.replace("'https://shop.test/emma?token=t1'", "<url>"),
    });
    expect(await runCli(["validate", "--vendor", "emma"], placeholder.io)).toBe(1);
    expect(placeholder.out()).toMatch(/^invalid: emma group_delete\n {2}\/data/);
  });

  it("names the types a body without type matches, when more than one does", async () => {
    const payload = JSON.stringify(talkableFixture("event_web_hook"));
    const run = capture({ stdin: `key=k&payload=${payload}` });
    expect(await runCli(["validate"], run.io)).toBe(1);
    expect(run.out()).toContain(
      "invalid: talkable (no type; matches unsubscribe_web_hook, event_web_hook)\n  /type",
    );
  });

  it("takes a body without type as the one webhook its payload fits", async () => {
    const payload = JSON.stringify(talkableFixture("unsubscribe_web_hook"));
    const run = capture({ stdin: `key=k&payload=${payload}` });
    expect(await runCli(["validate"], run.io)).toBe(0);
    expect(run.out()).toBe("valid: talkable unsubscribe_web_hook\n");
  });

  it("exits 2 for empty input and for input of no vendor", async () => {
    expect(await runCli(["validate"], capture({ stdin: "" }).io)).toBe(2);
    const run = capture({ stdin: "just words" });
    expect(await runCli(["validate"], run.io)).toBe(2);
    expect(run.err()).toContain("pass --vendor talkable|emma");
  });
});

describe("send → listen --forward-to → listen, then replay, in-process", () => {
  it("relays, prints the app's verdict, and replays byte-exact", async () => {
    const app = capture();
    const appDone = runCli(["listen", "--port", "0", "--unsubscribed", "true"], app.io);
    await expect.poll(() => app.err()).toContain("listening on");
    const appUrl = /listening on (\S+)/.exec(app.err())?.[1] ?? "";
    const relay = capture({ cwd: app.io.cwd });
    const relayDone = runCli(
      ["listen", "--port", "0", "--inbox", "relayed", "--forward-to", appUrl],
      relay.io,
    );
    await expect.poll(() => relay.err()).toContain("listening on");
    const relayUrl = /listening on (\S+)/.exec(relay.err())?.[1] ?? "";
    try {
      const sent = capture();
      expect(await runCli(["send", "check_unsubscribe_web_hook", "--to", relayUrl], sent.io)).toBe(
        0,
      );
      expect(sent.out()).toContain("✓ the answer matches the spec");
      expect(relay.out()).toMatch(
        /check_unsubscribe_web_hook .* valid → 200 .*\n {2}app answered 200 \(matches the spec\)/,
      );
      const bad = capture();
      expect(
        await runCli(
          ["send", "member_signup", "--to", relayUrl, "--set", "/member_id=true"],
          bad.io,
        ),
      ).toBe(1);
      expect(bad.out()).toContain(
        "this delivery contradicts the spec (sent anyway):\n  /data/member_id must be integer",
      );
      const replay = capture({ cwd: app.io.cwd });
      expect(
        await runCli(["replay", "last", "--inbox", "relayed", "--to", appUrl], replay.io),
      ).toBe(1);
      expect(replay.out()).toMatch(/↻ member_signup record \w+ \(emma, \d+ B\)/);
      expect(replay.out()).toContain("400 Bad Request");
      const lines = app
        .out()
        .trim()
        .split("\n")
        .filter((line) => /^\d\d:/.test(line));
      expect(lines.map((line) => line.split(" ").slice(1, 3).join(" "))).toEqual([
        "talkable check_unsubscribe_web_hook",
        "emma member_signup",
        "emma member_signup",
      ]);
    } finally {
      relay.stop();
      app.stop();
      expect([await relayDone, await appDone]).toEqual([0, 0]);
    }
  });
});
