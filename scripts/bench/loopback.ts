/**
 * Deliveries per second over loopback, side by side in one run: this SDK's Node adapter, its
 * Fastify plugin on Fastify 5 (the same receiver; its ratio to the Node adapter is printed), a bare
 * `node:http` server (URLSearchParams + JSON.parse, no validation) and @octokit/webhooks'
 * Node middleware (HMAC-SHA256 + JSON of the same payload). Each server runs in its own
 * process. After a warm-up, autocannon (50 connections) loads them in turn, round after round,
 * and each figure is the median of its rounds: on a noisy 2-core machine a single window can
 * swing by a third, and alternating short windows spreads that over all three alike.
 */
import { type ChildProcess, spawn } from "node:child_process";
import autocannon from "autocannon";
import { talkableExamples } from "../../generated/talkable/examples.js";
import { benchKey, octokitSignature } from "./loopback-server.js";
import { median } from "./measure.js";

const durationSeconds = Number(process.env["BENCH_SECONDS"] ?? 3);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 7);

interface Target {
  readonly name: string;
  readonly server: "sdk" | "fastify" | "bare" | "octokit";
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
      name: "this SDK (Fastify 5 plugin, full validation)",
      server: "fastify",
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

/** Requests per second of each target: the median of rounds run in alternation. */
export async function loopbackThroughput(): Promise<Record<Target["server"], number>> {
  const all = targets();
  const servers = await Promise.all(all.map((target) => start(target.server)));
  const rates = all.map((): number[] => []);
  try {
    for (const [index, target] of all.entries()) await load(target, servers[index]?.port ?? 0);
    for (let round = 0; round < rounds; round += 1) {
      for (const [index, target] of all.entries()) {
        rates[index]?.push(await load(target, servers[index]?.port ?? 0));
      }
    }
  } finally {
    for (const server of servers) server.child.kill();
  }
  const medians = rates.map(median);
  console.log(
    `\nLoopback, ${all[0]?.body.length ?? 0}-byte referral, 50 connections, median of ${rounds} alternating ${durationSeconds} s windows`,
  );
  for (const [index, target] of all.entries()) {
    const seen = rates[index] ?? [];
    const spread = `(${Math.min(...seen).toFixed(0)}–${Math.max(...seen).toFixed(0)})`;
    console.log(
      `  ${target.name.padEnd(58)} ${(medians[index] ?? 0).toFixed(0).padStart(8)} req/s ${spread}`,
    );
  }
  const [sdk = 0, fastify = 0, bare = 0, octokit = 0] = medians;
  const ratio = sdk === 0 ? 0 : fastify / sdk;
  console.log(
    `  Fastify plugin / toNodeMiddleware: ${ratio.toFixed(2)}× (target ≥ 0.95×, same run)`,
  );
  return { sdk, fastify, bare, octokit };
}
