import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  copySpec,
  type GeneratorRun,
  repoRoot,
  runGenerator,
  type SpecCopy,
} from "./generator/run-generator.js";

const talkableName = "loyalty_tier_web_hook";
const emmaName = "member_archive";

/** A 10th Talkable webhook: its path item, payload schema and example, in new files only. */
async function addTalkableWebhook(spec: SpecCopy): Promise<void> {
  await spec.write("talkable/schemas/LoyaltyTierPayload.yaml", {
    type: "object",
    required: ["tier"],
    properties: { tier: { type: "string" }, points: { type: "integer" } },
  });
  await spec.write(`talkable/examples/${talkableName}_default.yaml`, {
    summary: "Gold tier reached",
    value: {
      key: "example-site-key",
      site: "example-site",
      type: talkableName,
      payload: { tier: "gold", points: 1200 },
    },
  });
  await spec.write(`talkable/webhooks/${talkableName}.yaml`, {
    post: {
      operationId: "loyaltyTierWebHook",
      summary: "Loyalty tier reached",
      requestBody: {
        required: true,
        content: {
          "application/x-www-form-urlencoded": {
            schema: {
              type: "object",
              required: ["key", "payload"],
              properties: {
                key: { $ref: "../schemas/SiteKey.yaml" },
                site: { $ref: "../schemas/SiteSlug.yaml" },
                type: { type: "string", const: talkableName },
                payload: { $ref: "../schemas/LoyaltyTierPayload.yaml" },
              },
            },
            examples: { default: { $ref: `../examples/${talkableName}_default.yaml` } },
          },
        },
      },
      responses: { "200": { description: "Delivered." } },
    },
  });
  await spec.addWebhook("talkable.yaml", talkableName, `./talkable/webhooks/${talkableName}.yaml`);
}

/** A 22nd Emma event, in a new file with its data schema beside it. */
async function addEmmaEvent(spec: SpecCopy): Promise<void> {
  await spec.write("emma/webhooks/archive-events.yaml", {
    [emmaName]: {
      post: {
        operationId: "memberArchive",
        summary: "A member was archived",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["event_name", "data"],
                properties: {
                  event_name: { const: emmaName },
                  data: { $ref: "#/MemberArchiveData" },
                },
              },
              examples: {
                default: {
                  summary: "Member 200 archived",
                  value: { event_name: emmaName, data: { member_id: 200 } },
                },
              },
            },
          },
        },
        responses: { "200": { description: "Delivery acknowledged." } },
      },
    },
    MemberArchiveData: {
      type: "object",
      required: ["member_id"],
      properties: { member_id: { type: "integer" } },
    },
  });
  await spec.addWebhook("emma.yaml", emmaName, `./emma/webhooks/archive-events.yaml#/${emmaName}`);
}

/** A consumer of the generated modules, as src/ would use them; it must type-check. */
const usage = `import { talkableWebhookTypes, type TalkablePayloads } from "./talkable/webhooks.js";
import { talkablePayloadValidators } from "./talkable/validators.js";
import { talkableExamples } from "./talkable/examples.js";
import { emmaEventNames, type EmmaPayloads } from "./emma/webhooks.js";
import { emmaBodyValidators } from "./emma/validators.js";
import { emmaExamples } from "./emma/examples.js";

const name: (typeof talkableWebhookTypes)[number] = "${talkableName}";
const payload: TalkablePayloads["${talkableName}"] = talkableExamples.${talkableName}.default.value.payload;
const tier: string = payload.tier;
const check = talkablePayloadValidators.${talkableName};
const ok: boolean = check(payload);
const event: (typeof emmaEventNames)[number] = "${emmaName}";
const data: EmmaPayloads["${emmaName}"] = emmaExamples.${emmaName}.default.value.data;
const id: number = data.member_id;
const body = emmaBodyValidators.${emmaName}["~standard"].validate({});
export const all = [name, tier, ok, event, id, body];
`;

describe("adding a webhook needs no edit outside openapi/", () => {
  let spec: SpecCopy;
  let run: GeneratorRun;
  const read = (file: string) => readFile(join(spec.outDir, file), "utf8");

  beforeAll(async () => {
    spec = await copySpec();
    await addTalkableWebhook(spec);
    await addEmmaEvent(spec);
    run = await runGenerator(["--spec-dir", spec.specDir, "--out-dir", spec.outDir]);
  }, 120_000);

  afterAll(() => spec.remove());

  it("generates without complaint", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it.each([
    ["talkable", talkableName, "talkableWebhookTypes", 10],
    ["emma", emmaName, "emmaEventNames", 22],
  ] as const)("lists the new %s webhook everywhere", async (vendor, name, namesConst, count) => {
    const webhooks = await read(`${vendor}/webhooks.ts`);
    const list =
      webhooks.slice(webhooks.indexOf(`export const ${namesConst} = [`)).split("] as const")[0] ??
      "";
    expect(list.match(/^\s+"\w+",$/gm)).toHaveLength(count);
    expect(list).toContain(`"${name}",`);
    expect(webhooks).toMatch(new RegExp(`^\\s+${name}: components\\["schemas"\\]\\[`, "m"));
    expect(await read(`${vendor}/validators.ts`)).toContain(`${name}: createSchemaValidator(`);
    expect(await read(`${vendor}/ajv-validators.d.ts`)).toContain(
      `readonly v_${name}_body: AjvValidator;`,
    );
    expect(await read(`${vendor}/examples.ts`)).toMatch(new RegExp(`^\\s+${name}: \\{$`, "m"));
  });

  it("type-checks a module that uses the new webhooks", async () => {
    await writeFile(join(spec.outDir, "usage.ts"), usage);
    const tsconfig = {
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        verbatimModuleSyntax: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: ["usage.ts"],
    };
    await writeFile(join(spec.outDir, "tsconfig.json"), JSON.stringify(tsconfig));
    await writeFile(join(spec.outDir, "package.json"), JSON.stringify({ type: "module" }));
    const tsc = join(repoRoot, "node_modules/.bin/tsc");
    const result = await promisify(execFile)(tsc, ["-p", spec.outDir]).catch(
      (error: { stdout: string }) => error,
    );
    expect(result.stdout).toBe("");
  }, 60_000);
});
