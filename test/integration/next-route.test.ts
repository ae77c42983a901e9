// The README's App Router route in a real Next.js server (next build + next start).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectError, pointersOf } from "../support/answers.js";
import { curl } from "../support/curl.js";
import { postHeadOnly } from "../support/head-only.js";
import { type RunningNextApp, startNextApp } from "../support/next-app.js";
import { curlExamplesOf, fillPlaceholders } from "../support/seed-curl.js";
import { exampleSite, talkableKey, talkableSecrets } from "../support/talkable-receivers.js";
import { encodeTalkableBody, firstTalkableExample, formContentType } from "../support/wire.js";
import { assertBuilt } from "./cli-process.js";

const readmeRoute = readFileSync(
  new URL("../../examples/next-route-talkable.ts", import.meta.url),
  "utf8",
);

/** A second route whose handlers keep what they got, and one that shows it. */
const recordingRoute = `
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";
const seen = (globalThis.__seen ??= []);
let webhooks;
export async function POST(request) {
  webhooks ??= createTalkableWebhooks({ key: process.env.TALKABLE_KEY });
  if (!webhooks.recording) {
    webhooks.recording = true;
    webhooks.onAny(({ type, site, payload }) => { seen.push({ type, site, payload }); });
    webhooks.on("check_unsubscribe_web_hook", () => ({ unsubscribed: true }));
  }
  return webhooks.handle(request);
}`;
const seenRoute = `export function GET() { return Response.json((globalThis.__seen ??= []).splice(0)); }`;

function vendorBody(file: string): string {
  const [sample] = curlExamplesOf(file);
  return fillPlaceholders(sample?.body ?? "", { key: talkableKey, site: exampleSite });
}

function form(body: string): string[] {
  return ["-H", `content-type: ${formContentType}`, "--data-binary", body];
}

describe("the README's Next.js route in next start, fed by curl", () => {
  let app: RunningNextApp;
  let route: string;

  beforeAll(async () => {
    assertBuilt();
    app = await startNextApp(
      {
        "app/webhooks/talkable/route.ts": readmeRoute,
        "app/webhooks/recorded/route.js": recordingRoute,
        "app/seen/route.js": seenRoute,
      },
      { TALKABLE_KEY: talkableKey },
    );
    route = `${app.url}/webhooks/talkable`;
  }, 150_000);
  afterAll(async () => app.close());
  beforeEach(async () => {
    await fetch(`${app.url}/seen`);
  });

  it("runs the route's handler on the vendor's create coupon cURL body, then answers 200", async () => {
    const answer = await curl(route, form(vendorBody("talkable/curl/create_coupon.sh")));
    expect(answer.status, answer.text).toBe(200);
    // The server's log and curl's exit come through different pipes: either can be first.
    await expect.poll(() => app.output()).toContain("create coupon WHT58574");
  });

  it("hands the vendor's referral to handlers unaltered (+12025551111, +03:00)", async () => {
    const body = vendorBody("talkable/curl/referral.sh");
    const answer = await curl(`${app.url}/webhooks/recorded`, form(body));
    expect(answer.status, answer.text).toBe(200);
    const seen = (await (await fetch(`${app.url}/seen`)).json()) as { payload: unknown }[];
    expect(seen).toHaveLength(1);
    expect(seen[0]?.payload).toEqual(JSON.parse(body.slice(body.indexOf("payload=") + 8)));
    expect(JSON.stringify(seen)).toContain('"phone_number":"+12025551111"');
    expect(JSON.stringify(seen)).toContain('"subscribed_at":"2018-09-14T23:57:18.734+03:00"');
  });

  it("answers Check Unsubscribe as the spec says", async () => {
    const body = vendorBody("talkable/curl/check_unsubscribe.sh");
    const answer = await curl(`${app.url}/webhooks/recorded`, form(body));
    expect(JSON.parse(answer.text)).toEqual({ result: { unsubscribed: true } });
  });

  it("refuses a forged key with 401", async () => {
    const body = encodeTalkableBody(firstTalkableExample("referral_web_hook"), {
      key: "tk-key-forged-000000",
    });
    expectError(await curl(route, form(body)), 401, "unauthorized", [
      ...talkableSecrets,
      "tk-key-forged-000000",
    ]);
  });

  it("refuses a payload contradicting the spec with 400 and its pointer", async () => {
    const value = firstTalkableExample("referral_web_hook");
    const payload = { ...value.payload, campaign: { ...value.payload.campaign, id: true } };
    const body = encodeTalkableBody({ ...value, payload }, { key: talkableKey });
    const error = expectError(
      await curl(route, form(body)),
      400,
      "invalid_payload",
      talkableSecrets,
    );
    expect(pointersOf(error)).toEqual(["/payload/campaign/id"]);
  });

  it("refuses a body declared over maxBodyBytes from its head alone, with 413", async () => {
    const answer = await postHeadOnly(route, {
      "content-type": formContentType,
      "content-length": String(10 * 1024 * 1024),
      expect: "100-continue",
    });
    expectError(answer, 413, "body_too_large", talkableSecrets);
  });

  it("takes the vendor's post share seed, which names no type, as post_share_web_hook", async () => {
    const body = vendorBody("seeds/000_248058ced7fa8fb5.txt");
    expect((await curl(`${app.url}/webhooks/recorded`, form(body))).status).toBe(200);
    const seen = (await (await fetch(`${app.url}/seen`)).json()) as { type: string }[];
    expect(seen.map((event) => event.type)).toEqual(["post_share_web_hook"]);
  });

  it.each(["GET", "PUT", "PATCH", "DELETE", "OPTIONS"])(
    "answers %s with the receiver's JSON 405 and Allow: POST",
    async (method) => {
      const answer = await curl(`${route}?token=not-echoed`, ["-X", method]);
      expectError(answer, 405, "method_not_allowed", ["not-echoed"]);
      expect(answer.allow).toBe("POST");
    },
  );
});
