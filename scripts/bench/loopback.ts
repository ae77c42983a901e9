/**
 * Deliveries per second over loopback, side by side in one run: this SDK's Node adapter, a bare
 * `node:http` server (URLSearchParams + JSON.parse, no validation) and @octokit/webhooks'
 * Node middleware (HMAC-SHA256 + JSON of the same payload). Each server runs in its own
 * process; autocannon (50 connections) loads each in turn, twice, and the better run counts.
 */
import { type ChildProcess, spawn } from "node:child_process";
import autocannon from "autocannon";
import { talkableExamples } from "../../generated/talkable/examples.js";
import { benchKey, octokitSignature } from "./loopback-server.js";

const durationSeconds = Number(process.env["BENCH_SECONDS"] ?? 5);

interface Target {
  readonly name: string;
  readonly server: "sdk" | "bare" | "octokit";
  readonly headers: Record<string, string>;
  readonly body: string;
}

function targets(): Target[] {
  const example = talkableExamples.referral_web_hook.default.value;
  const payload = JSON.stringify(example.payload);
  const form = new URLSearchParams({
    key: benchKey,
    site: example.site ?? "",
    type: "referral_web_hook",
    payload,
  }).toString();
  const formHeaders = { "content-type": "application/x-www-form-urlencoded" };
  return [
    {
      name: "this SDK (toNodeMiddleware, full validation)",
      server: "sdk",
      headers: formHeaders,
      body: form,
    },
    {
      name: "bare node:http (URLSearchParams + JSON.parse)",
      server: "bare",
      headers: formHeaders,
      body: form,
    },
    {
      name: "@octokit/webhooks createNodeMiddleware (HMAC + JSON)",
      server: "octokit",
      headers: {
        "content-type": "application/json",
        "x-github-event": "push",
        "x-github-delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
        "x-hub-signature-256": octokitSignature(payload),
      },
      body: payload,
    },
  ];
}

function start(server: Target["server"]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/bench/loopback-server.ts", server],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.once("data", (data: Buffer) =>
      resolve({ child, port: Number(String(data).trim()) }),
    );
    child.once("error", reject);
  });
}

async function load(target: Target, port: number): Promise<number> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/`,
    method: "POST",
    headers: target.headers,
    body: target.body,
    connections: 50,
    duration: durationSeconds,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return result.requests.average;
}

/** Requests per second of each target, best of two rounds run in alternation. */
export async function loopbackThroughput(): Promise<Record<Target["server"], number>> {
  const best: Record<string, number> = {};
  const all = targets();
  for (let round = 0; round < 2; round += 1) {
    for (const target of all) {
      const { child, port } = await start(target.server);
      try {
        await load(target, port);
        const rate = await load(target, port);
        best[target.server] = Math.max(best[target.server] ?? 0, rate);
      } finally {
        child.kill();
      }
    }
  }
  console.log(
    `\nLoopback, ${all[0]?.body.length ?? 0}-byte referral, 50 connections, ${durationSeconds} s (best of 2)`,
  );
  for (const target of all) {
    console.log(
      `  ${target.name.padEnd(58)} ${(best[target.server] ?? 0).toFixed(0).padStart(8)} req/s`,
    );
  }
  return best as Record<Target["server"], number>;
}
