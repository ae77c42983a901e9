/**
 * npm run bench: per-delivery cost of this SDK against the usual ways of doing the same,
 * measured in one run on this machine, printed as ratios against the naive floor.
 * Nothing here is a test: the figures vary by machine; the ratios are what the README quotes.
 */
import { resolve } from "node:path";
import { emmaExamples } from "../generated/emma/examples.js";
import { talkableExamples } from "../generated/talkable/examples.js";
import { hostileRatio } from "./bench/hostile.js";
import { type TargetId, loopbackThroughput } from "./bench/loopback.js";
import { fastifyTargets, printFastifyCost } from "./bench/loopback-figures.js";
import { profileServer } from "./bench/loopback-profile.js";
import { benchScale } from "./bench/scale.js";
import { stalledThroughput } from "./bench/stalled.js";
import { compare, printRows, verdict } from "./bench/measure.js";
import { compileAtRunTime } from "./bench/runtime-ajv.js";
import { gzipSize, importCost } from "./bench/startup-and-size.js";
import { messageClickBody, referralPayload } from "./bench/zod-schemas.js";
import type * as EmmaApi from "../src/emma/index.js";
import type * as TalkableApi from "../src/talkable/index.js";

type TalkableModule = typeof TalkableApi;
type EmmaModule = typeof EmmaApi;

// The built package, as users import it (npm run bench compiles first).
const talkableEntry = resolve("dist/talkable.js");
const emmaEntry = resolve("dist/emma.js");
const talkable = (await import(talkableEntry)) as TalkableModule;
const emma = (await import(emmaEntry)) as EmmaModule;

const key = "bench-site-key-0123456789abcdef";
const token = "bench-token-0123456789abcdef";
const form = { "content-type": "application/x-www-form-urlencoded" };
const json = { "content-type": "application/json" };

function naiveTalkable(body: string): unknown {
  const fields = new URLSearchParams(body);
  if (fields.get("key") !== key) throw new Error("bad key");
  return JSON.parse(fields.get("payload") ?? "");
}

function naiveEmma(body: string, given: string | null): unknown {
  if (given !== token) throw new Error("bad token");
  return JSON.parse(body);
}

async function benchTalkable(): Promise<boolean> {
  const example = talkableExamples.referral_web_hook.default.value;
  const body = new URLSearchParams({
    key,
    site: example.site ?? "",
    type: "referral_web_hook",
    payload: JSON.stringify(example.payload),
    extras: "{}",
  }).toString();
  const webhooks = talkable.createTalkableWebhooks({ key });
  const ajv = compileAtRunTime("talkable", "#/components/schemas/ReferralPayload");
  const request = () =>
    new Request("http://localhost/talkable", { method: "POST", headers: form, body });
  const { naive, ours, zod, runtimeAjv, floor, handle } = await compare({
    naive: () => naiveTalkable(body),
    ours: () => webhooks.verifyAndParse(body),
    zod: () => referralPayload.parse(naiveTalkable(body)),
    runtimeAjv: () => ajv.validate(naiveTalkable(body)),
    floor: async () => naiveTalkable(await request().text()),
    handle: () => webhooks.handle(request()),
  });
  printRows(`Talkable referral_web_hook (${body.length} bytes, percent-encoded)`, [
    { label: "(a) naive floor: URLSearchParams + JSON.parse, no validation", micros: naive },
    {
      label: "(b) verifyAndParse (key, decode, JSON, AOT validation)",
      micros: ours,
      baseline: naive,
    },
    { label: "(c) naive + zod v4 schema", micros: zod, baseline: naive },
    { label: "(d) naive + ajv compiled at run time", micros: runtimeAjv, baseline: naive },
    { label: "floor: new Request + text() + naive", micros: floor },
    { label: "handle(new Request) with one no-op handler path", micros: handle, baseline: floor },
  ]);
  console.log(`  ajv compiling the schema at run time took ${ajv.compileMillis.toFixed(0)} ms`);
  return [
    verdict("(b)/(a)", ours / naive, 0.8, "×"),
    verdict("(c)/(b) speed-up", zod / ours, 1.8, "×", false),
    verdict("handle()/floor", handle / floor, 1.15, "×"),
  ].every(Boolean);
}

async function benchEmma(): Promise<boolean> {
  const body = JSON.stringify(emmaExamples.message_click.default.value);
  const webhooks = emma.createEmmaWebhooks({ token });
  const ajv = compileAtRunTime(
    "emma",
    "#/webhooks/message_click/post/requestBody/content/application~1json/schema",
  );
  const url = `http://localhost/emma?token=${token}`;
  const request = () => new Request(url, { method: "POST", headers: json, body });
  const { naive, ours, zod, runtimeAjv, floor, handle } = await compare({
    naive: () => naiveEmma(body, token),
    ours: () => webhooks.verifyAndParse(body, { token }),
    zod: () => messageClickBody.parse(naiveEmma(body, token)),
    runtimeAjv: () => ajv.validate(naiveEmma(body, token)),
    floor: async () => {
      const incoming = request();
      return naiveEmma(await incoming.text(), new URL(incoming.url).searchParams.get("token"));
    },
    handle: () => webhooks.handle(request()),
  });
  printRows(`Emma message_click (${body.length} bytes)`, [
    { label: "(a) naive floor: JSON.parse, no validation", micros: naive },
    { label: "(b) verifyAndParse (token, JSON, AOT validation)", micros: ours, baseline: naive },
    { label: "(c) naive + zod v4 schema", micros: zod, baseline: naive },
    { label: "(d) naive + ajv compiled at run time", micros: runtimeAjv, baseline: naive },
    { label: "floor: new Request + text() + token + naive", micros: floor },
    { label: "handle(new Request)", micros: handle, baseline: floor },
  ]);
  // The issue sets the parsing targets on the referral delivery; on a 177-byte body the fixed
  // cost of any call dominates, so these two ratios are printed for information only.
  console.log(
    `  info (b)/(a): ${(ours / naive).toFixed(2)}×; (c)/(b) speed-up: ${(zod / ours).toFixed(2)}×`,
  );
  return verdict("handle()/floor", handle / floor, 1.1, "×");
}

async function benchHostile(): Promise<boolean> {
  const { worst, ratio } = await hostileRatio(talkable);
  return verdict(`worst hostile shape (${worst}) / valid`, ratio, 2, "×");
}

/** The loopback targets: each the round-by-round ratio of two servers of the same run. */
const loopbackTargets: readonly {
  label: string;
  of: TargetId;
  against: TargetId;
  limit: number;
}[] = [
  { label: "SDK / bare node:http", of: "sdk", against: "bare", limit: 1.0 },
  { label: "Fastify plugin / toNodeMiddleware", of: "fastify", against: "sdk", limit: 0.95 },
  {
    label: "Emma / @octokit/webhooks, same JSON bytes",
    of: "emma",
    against: "octokitEmma",
    limit: 1.1,
  },
];

async function benchLoopback(): Promise<boolean> {
  const { figures, ratio, cpuRatio, cpus } = await loopbackThroughput();
  // A subset (BENCH_TARGETS) checks only the pairs whose two servers it ran.
  const ran = loopbackTargets.filter(({ of, against }) => figures[of] && figures[against]);
  const medians = ran.map(({ of, against }) => {
    const ours = figures[of]?.rate ?? Number.NaN;
    return `${of} ${(ours / (figures[against]?.rate ?? Number.NaN)).toFixed(2)}× ${against}`;
  });
  const byCpu = ran.map(
    ({ of, against }) => `${of} ${cpuRatio(of, against).toFixed(2)}× ${against}`,
  );
  if (figures.sdk && figures.octokit) {
    console.log(
      `  info SDK / @octokit/webhooks on its own JSON of the payload: ${ratio("sdk", "octokit").toFixed(2)}×`,
    );
  }
  if (ran.length > 0) {
    console.log(`  info ratios of the medians above: ${medians.join(", ")}`);
    console.log(
      `  info by server CPU per delivery, round by round (higher is cheaper): ${byCpu.join(", ")}`,
    );
  }
  if (Object.values(fastifyTargets).every((id) => figures[id])) printFastifyCost(cpus);
  const skipped = loopbackTargets.length - ran.length;
  if (skipped > 0)
    console.log(`  info ${skipped} target(s) not checked: BENCH_TARGETS left out a server`);
  // Each target is the median over rounds of the two servers' ratio in the same round.
  return ran
    .map(({ label, of, against, limit }) =>
      verdict(`${label}, round by round`, ratio(of, against), limit, "×", false),
    )
    .every(Boolean);
}

/**
 * `--profile`: where the SDK servers spend their time under load (top self time);
 * `--profile=sdk,bare` names the loopback servers to profile, peers included.
 */
async function benchProfile(): Promise<boolean> {
  const argument = process.argv.find((given) => given.startsWith("--profile="));
  const ids = argument ? argument.slice("--profile=".length).split(",") : ["sdk", "emma"];
  for (const id of ids) await profileServer(id as TargetId);
  return true;
}

async function benchStartupAndSize(): Promise<boolean> {
  const { bare, emptyModule, withImport } = importCost(talkableEntry);
  const size = await gzipSize(talkableEntry);
  console.log("\nStart-up and size of ./talkable (with all its validators)");
  console.log(
    `  node start ${bare.toFixed(1)} ms; importing an empty module ${emptyModule.toFixed(1)} ms; importing ./talkable ${withImport.toFixed(1)} ms`,
  );
  // The target is in milliseconds, which follow the machine's speed of the moment: the share of
  // a start the import adds does not, and shows whether the import itself grew.
  console.log(
    `  info ./talkable adds ${(((withImport - emptyModule) / emptyModule) * 100).toFixed(0)}% to a start that imports a module; to a bare node -e start ${(withImport - bare).toFixed(1)} ms`,
  );
  return [
    verdict("import adds (to a start that imports a module)", withImport - emptyModule, 20, " ms"),
    verdict("minified + gzip", size / 1024, 40, " kB"),
  ].every(Boolean);
}

const sections: Record<string, () => Promise<boolean>> = {
  talkable: benchTalkable,
  emma: benchEmma,
  hostile: benchHostile,
  startup: benchStartupAndSize,
  loopback: benchLoopback,
  stalled: () =>
    stalledThroughput().then(({ ratio }) =>
      verdict("with 200 stalled connections / without, round by round", ratio, 0.9, "×", false),
    ),
  // Inline vs queue hand-off deliveries per second, and each idempotency store's cost: figures
  // the README quotes, with no target of their own.
  scale: () => benchScale().then(() => true),
};

// `npm run bench -- --only=talkable,loopback` runs some sections; `--profile` adds the profiles.
const onlyArgument = process.argv.find((argument) => argument.startsWith("--only="));
const chosen = onlyArgument
  ? onlyArgument.slice("--only=".length).split(",").filter(Boolean)
  : Object.keys(sections);
if (process.argv.some((given) => given === "--profile" || given.startsWith("--profile="))) {
  sections["profile"] = benchProfile;
  chosen.push("profile");
}
const results: boolean[] = [];
for (const name of chosen) {
  const section = sections[name];
  if (!section)
    throw new Error(`no bench section ${name}; known: ${Object.keys(sections).join(", ")}`);
  results.push(await section());
}
console.log(results.every(Boolean) ? "\nAll targets met." : "\nSome targets missed (see FAIL).");
