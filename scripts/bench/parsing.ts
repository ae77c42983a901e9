/**
 * The parsing sections of npm run bench: each vendor's `verifyAndParse` and `handle()` against
 * the naive way of doing the same, zod and ajv compiled at run time, timed in one process.
 */
import { emmaExamples } from "../../generated/emma/examples.js";
import { talkableExamples } from "../../generated/talkable/examples.js";
import { benchKey as key } from "./loopback-server.js";
import { compare, printRows, verdict } from "./measure.js";
import { compileAtRunTime } from "./runtime-ajv.js";
import { messageClickBody, referralPayload } from "./zod-schemas.js";
import type * as EmmaApi from "../../src/emma/index.js";
import type * as TalkableApi from "../../src/talkable/index.js";

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

/** The referral, percent-encoded: the targets on (b)/(a) and handle() are set on it. */
export async function benchTalkable(talkable: typeof TalkableApi): Promise<boolean> {
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

/** Emma's message_click: only handle() against its floor has a target. */
export async function benchEmma(emma: typeof EmmaApi): Promise<boolean> {
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
