import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createEmmaWebhooks, emmaEventNames, type EmmaEvent } from "talkable-emma-webhooks/emma";
import {
  createTalkableWebhooks,
  talkableWebhookTypes,
  type TalkableEvent,
} from "talkable-emma-webhooks/talkable";
import { emmaFixture, talkableFixture } from "talkable-emma-webhooks/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  emmaSampleToken,
  emmaSampleUrl,
  emmaSamples,
  talkableSampleUrl,
  talkableSamples,
} from "../../scripts/lib/docs-samples.js";
import { type RunningServer, startServer } from "../support/servers.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));

function sample(samples: readonly { label: string; source: string }[], label: string): string {
  const found = samples.find((entry) => entry.label === label);
  if (!found) throw new Error(`no ${label} sample`);
  return found.source;
}

/** Runs a sample's curl command against `url` instead of the placeholder; returns the status. */
async function runCurl(command: string, placeholder: string, url: string): Promise<string> {
  const local = command.replace(placeholder, url);
  expect(local).not.toBe(command);
  const { stdout } = await run("sh", ["-c", `${local} -s -o /dev/null -w '%{http_code}'`]);
  return stdout;
}

const talkableSeen: TalkableEvent[] = [];
const emmaSeen: EmmaEvent[] = [];
let talkable: RunningServer;
let emma: RunningServer;

beforeAll(async () => {
  const talkableReceiver = createTalkableWebhooks({ key: "example-site-key" });
  talkableReceiver.onAny((event) => {
    talkableSeen.push(event);
  });
  talkableReceiver.on("check_unsubscribe_web_hook", () => ({ unsubscribed: false }));
  const emmaReceiver = createEmmaWebhooks({ token: emmaSampleToken });
  emmaReceiver.onAny((event) => {
    emmaSeen.push(event);
  });
  [talkable, emma] = await Promise.all([
    startServer("node-http", talkableReceiver),
    startServer("node-http", emmaReceiver),
  ]);
});

afterAll(async () => {
  await Promise.all([talkable?.close(), emma?.close()]);
});

describe("the docs' curl samples deliver what they show (real curl, real receiver)", () => {
  it.each(talkableWebhookTypes)("%s", async (type) => {
    talkableSeen.length = 0;
    const samples = talkableSamples(type);
    expect(await runCurl(sample(samples, "cURL"), talkableSampleUrl, talkable.url)).toBe("200");
    expect(talkableSeen.map((event) => [event.type, event.payload])).toEqual([
      [type, talkableFixture(type)],
    ]);
    const decoded: unknown = JSON.parse(sample(samples, "Decoded body (JSON)"));
    expect(decoded).toMatchObject({ type, payload: talkableFixture(type) });
    expect(sample(samples, "CLI")).toMatch(
      new RegExp(`^npx talkable-emma-webhooks send ${type} --to ${talkableSampleUrl} --key `),
    );
  });

  it.each(emmaEventNames)("%s", async (event) => {
    emmaSeen.length = 0;
    const samples = emmaSamples(event);
    const command = sample(samples, "cURL");
    expect(await runCurl(command, emmaSampleUrl, emma.url)).toBe("200");
    expect(emmaSeen.map((seen) => [seen.event_name, seen.data])).toEqual([
      [event, emmaFixture(event)],
    ]);
    expect(sample(samples, "CLI")).toBe(
      `npx talkable-emma-webhooks send ${event} --to ${emmaSampleUrl} --token ${emmaSampleToken}`,
    );
  });
});

describe("the docs' SDK handler samples", () => {
  const dir = join(root, "node_modules", ".cache", "docs-samples");

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("type-check against the package, one per webhook", async () => {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const files = [
      ...talkableWebhookTypes.map(
        (type) => [`talkable-${type}.ts`, talkableSamples(type)] as const,
      ),
      ...emmaEventNames.map((event) => [`emma-${event}.ts`, emmaSamples(event)] as const),
    ];
    for (const [name, samples] of files) {
      await writeFile(join(dir, name), sample(samples, "SDK handler"));
    }
    const tsconfig = {
      extends: join(root, "tsconfig.json"),
      compilerOptions: { noUnusedLocals: true },
      include: [join(dir, "*.ts")],
    };
    await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const tsc = join(root, "node_modules", ".bin", "tsc");
    // tsc prints its errors on stdout and exits non-zero: show them as the failure.
    const output = await run(tsc, ["-p", join(dir, "tsconfig.json")]).then(
      ({ stdout }) => stdout,
      (error: unknown) =>
        error instanceof Error && "stdout" in error && typeof error.stdout === "string"
          ? error.stdout
          : String(error instanceof Error ? error.message : error),
    );
    expect(output).toBe("");
  }, 120_000);
});
