import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curlPayload, emmaSamples, talkableCurlExamples } from "../support/adapter-cases.js";
import { expectError, readAnswer } from "../support/answers.js";
import { runCurl } from "../support/real-curl.js";
import { freePort } from "../support/redis.js";
import { filledCurlArgs } from "../support/seed-curl.js";

/**
 * The README's quick starts for Fastify, Koa and NestJS run as they are, each as a process
 * (tsx, resolving the package through its exports map to dist/), and sent what the vendors
 * send by the real curl.
 */
const key = "tk-quick-start-key-7f3a";
const token = "em-quick-start-token-91c2";

interface QuickStart {
  readonly file: string;
  readonly path: string;
  readonly vendor: "talkable" | "emma";
  /** The tsconfig with the example's own settings (Nest's decorators). */
  readonly tsconfig?: string;
}

const quickStarts: readonly QuickStart[] = [
  { file: "examples/fastify-talkable.ts", path: "/webhooks/talkable", vendor: "talkable" },
  { file: "examples/koa-emma.ts", path: "/webhooks/emma", vendor: "emma" },
  {
    file: "examples/nest/talkable-nest.ts",
    path: "/webhooks/talkable",
    vendor: "talkable",
    tsconfig: "examples/nest/tsconfig.json",
  },
];

async function waitForPort(url: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await sleep(100);
  }
  throw new Error(`${url} never answered`);
}

const referral = talkableCurlExamples.find(
  (example) =>
    example.body.includes("type=referral_web_hook&") && example.body.includes('"+12025551111"'),
);
const [emmaSample] = emmaSamples;

describe.each(quickStarts)("the quick start $file", (quickStart) => {
  let child: ChildProcess;
  let url = "";
  const output: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    child = spawn(process.execPath, ["--import", "tsx", quickStart.file], {
      env: {
        ...process.env,
        TALKABLE_KEY: key,
        EMMA_WEBHOOK_TOKEN: token,
        PORT: String(port),
        ...(quickStart.tsconfig ? { TSX_TSCONFIG_PATH: quickStart.tsconfig } : {}),
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    url = `http://127.0.0.1:${port}${quickStart.path}`;
    await waitForPort(url);
  }, 60_000);
  afterAll(async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  });

  const target = () => (quickStart.vendor === "emma" ? `${url}?token=${token}` : url);

  it("takes what the vendor sends, through the real curl", async () => {
    if (quickStart.vendor === "talkable") {
      if (!referral) throw new Error("no referral cURL example");
      const answer = await runCurl(filledCurlArgs(referral, { url, key, site: "my-shop" }));
      expect(answer.status, answer.text).toBe(200);
      if (quickStart.file.includes("nest")) {
        // The Nest handler logs the referrer's phone number: it arrived with its `+`.
        expect(JSON.stringify(curlPayload(referral.body))).toContain("+12025551111");
        await expect.poll(() => output.join("")).toContain("+12025551111");
      }
    } else {
      if (!emmaSample) throw new Error("no Emma sample");
      const answer = await runCurl([
        "-H",
        "content-type: application/json",
        "--data-binary",
        emmaSample.text,
        target(),
      ]);
      expect(answer.status, answer.text).toBe(200);
    }
  });

  it("answers a GET with the receiver's JSON 405, echoing no secret", async () => {
    const response = await fetch(target());
    expect(response.headers.get("allow")).toBe("POST");
    expectError(await readAnswer(response), 405, "method_not_allowed", [key, token]);
  });

  it("refuses a forged secret with 401", async () => {
    const forged =
      quickStart.vendor === "emma"
        ? await runCurl([
            "-H",
            "content-type: application/json",
            "--data-binary",
            "{}",
            `${url}?token=forged`,
          ])
        : await runCurl(["--data", "key=forged&type=referral_web_hook&payload={}", url]);
    expectError(forged, 401, "unauthorized", [key, token]);
  });
});

describe("the AWS Lambda quick start", () => {
  it("answers an HTTP API event for the handler it exports", async () => {
    process.env["EMMA_WEBHOOK_TOKEN"] = token;
    const { handler } = await import("../../examples/aws-lambda-emma.js");
    if (!emmaSample) throw new Error("no Emma sample");
    const result = await handler({
      version: "2.0",
      rawPath: "/webhooks/emma",
      rawQueryString: `token=${token}`,
      headers: { "content-type": "application/json" },
      body: Buffer.from(emmaSample.text).toString("base64"),
      isBase64Encoded: true,
      requestContext: { http: { method: "POST" } },
    });
    expect(result.statusCode, result.body).toBe(200);
  });
});
