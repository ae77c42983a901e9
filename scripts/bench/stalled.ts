/**
 * Valid deliveries per second over loopback with and without 200 stalled or trickling
 * connections held open beside them (each replaced as soon as the receiver lets go of it).
 * The receiver (the built package: toNodeMiddleware, a 2 s body deadline so the 408 path runs
 * in every window) is this file started again in its own process with the argument `server`.
 * Windows with and without the stalled senders alternate; each figure is the median of its own.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:http";
import { type AddressInfo, type Socket, connect } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { talkableExamples } from "../../generated/talkable/examples.js";
import { median, medianRatio } from "./measure.js";
import { pinningNote, serverCommand, withLoadGeneratorPinned } from "./pinning.js";
import type * as NodeApi from "../../src/node/index.js";
import type * as TalkableApi from "../../src/talkable/index.js";

const key = "bench-stalled-key-0123456789abcdef";
const bodyTimeoutMs = 2_000;
const stalledCount = 200;
const connections = 32;
const durationSeconds = Number(process.env["BENCH_SECONDS"] ?? 3);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 5);
const form = "application/x-www-form-urlencoded";

async function serve(): Promise<void> {
  const talkable = (await import(resolve("dist/talkable.js"))) as typeof TalkableApi;
  const node = (await import(resolve("dist/node.js"))) as typeof NodeApi;
  const webhooks = talkable.createTalkableWebhooks({ key, bodyTimeoutMs });
  webhooks.on("referral_web_hook", () => undefined);
  const middleware = node.toNodeMiddleware(webhooks);
  const server = createServer((request, response) => void middleware(request, response));
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    console.log(String((server.address() as AddressInfo).port));
  });
}

function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const self = fileURLToPath(import.meta.url);
  const [command, args] = serverCommand(["--import", "tsx", self, "server"]);
  const child = spawn(command, args, {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolvePort, reject) => {
    child.stdout?.once("data", (data: Buffer) =>
      resolvePort({ child, port: Number(String(data).trim()) }),
    );
    child.once("error", reject);
  });
}

/** The four stalled senders of the load test, in turn: they never finish their bodies. */
const heads = [
  ["content-length: 5000", "key="],
  ["transfer-encoding: chunked", "4\r\nkey=\r\n"],
  ["content-length: 146", "key=abc&type=referral_web_hook&payload=%7B%7D"],
  ["content-length: 300", ""],
] as const;

/** Holds `count` stalled connections open until `stop()`; each drips a byte every 500 ms. */
function holdStalled(port: number, count: number): { stop(): number } {
  const sockets = new Set<Socket>();
  let stopped = false;
  let opened = 0;
  const open = (index: number) => {
    if (stopped) return;
    opened += 1;
    const [header, first] = heads[index % heads.length] ?? heads[0];
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(`POST / HTTP/1.1\r\nhost: x\r\ncontent-type: ${form}\r\n${header}\r\n\r\n`);
      socket.write(first);
    });
    const chunked = header.startsWith("transfer");
    const drip = setInterval(
      () => socket.writable && socket.write(chunked ? "1\r\na\r\n" : "a"),
      500,
    );
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.on("data", () => undefined);
    socket.on("close", () => {
      clearInterval(drip);
      sockets.delete(socket);
      open(index + 1);
    });
  };
  for (let index = 0; index < count; index += 1) open(index);
  return {
    stop() {
      stopped = true;
      for (const socket of sockets) socket.destroy();
      return opened;
    },
  };
}

function referralBody(): string {
  const example = talkableExamples.referral_web_hook.default.value;
  return new URLSearchParams({
    key,
    site: example.site ?? "",
    type: "referral_web_hook",
    payload: JSON.stringify(example.payload),
  }).toString();
}

async function load(port: number, body: string): Promise<number> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/`,
    method: "POST",
    headers: { "content-type": form },
    body,
    connections,
    duration: durationSeconds,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`valid deliveries: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return result.requests.average;
}

/**
 * Valid deliveries per second without and with the stalled connections (medians), and the
 * median over rounds of the two windows' ratio in the same round.
 */
export function stalledThroughput(): Promise<StalledFigures> {
  return withLoadGeneratorPinned(measureStalled);
}

interface StalledFigures {
  readonly calm: number;
  readonly stalled: number;
  readonly ratio: number;
}

async function measureStalled(): Promise<StalledFigures> {
  const { child, port } = await startServer();
  const body = referralBody();
  const calm: number[] = [];
  const stalled: number[] = [];
  let held = 0;
  try {
    await load(port, body);
    for (let round = 0; round < rounds; round += 1) {
      calm.push(await load(port, body));
      const holder = holdStalled(port, stalledCount);
      stalled.push(await load(port, body));
      held += holder.stop();
    }
  } finally {
    child.kill();
  }
  const rates = {
    calm: median(calm),
    stalled: median(stalled),
    ratio: medianRatio(stalled, calm),
  };
  console.log(
    `\nValid referrals beside ${stalledCount} stalled connections (body deadline ${bodyTimeoutMs} ms), ` +
      `${connections} connections, median of ${rounds} alternating ${durationSeconds} s windows (${pinningNote()})`,
  );
  console.log(`  without stalled connections ${rates.calm.toFixed(0).padStart(8)} req/s`);
  console.log(
    `  with ${stalledCount} stalled (${held} opened in all) ${rates.stalled.toFixed(0).padStart(8)} req/s`,
  );
  return rates;
}

if (process.argv[2] === "server") await serve();
