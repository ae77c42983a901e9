import type { SpecExample, WebhookModel } from "./spec-model.js";
import type { VendorConfig } from "./vendors.js";

const json = (value: unknown) => JSON.stringify(value, null, 2);
const indent = (text: string, by: string) => text.replaceAll("\n", `\n${by}`);
const quote = (text: string) => JSON.stringify(text);

/** `webhooks.ts`: the `as const` list of names and the name-to-payload map. */
export function emitWebhookModule(vendor: VendorConfig, hooks: readonly WebhookModel[]): string {
  const p = vendor.prefix;
  const names = hooks.map((hook) => `  ${quote(hook.name)},`).join("\n");
  const payloads = hooks
    .map((hook) => `  ${hook.name}: components["schemas"][${quote(hook.payloadSchema)}];`)
    .join("\n");
  const answers = hooks
    .filter((hook) => hook.responseSchema !== undefined)
    .map((hook) => `  ${hook.name}: components["schemas"][${quote(hook.responseSchema ?? "")}];`)
    .join("\n");
  const bodyType = `NonNullable<webhooks[K]["post"]>["requestBody"]`;
  return `import type { components, webhooks } from "./types.js";

/**
 * Every ${p} webhook name in the spec (${hooks.length}), in the spec's order. Prose that
 * needs the count reads \`${vendor.namesConst}.length\` rather than writing it down.
 *
 * @example
 * \`\`\`ts
 * import { ${vendor.namesConst} } from "talkable-emma-webhooks/${vendor.id}";
 * for (const name of ${vendor.namesConst}) console.log(name);
 * \`\`\`
 */
export const ${vendor.namesConst} = [
${names}
] as const;

/**
 * A ${p} webhook name (the spec's \`webhooks\` keys).
 *
 * @example
 * \`\`\`ts
 * import type { ${vendor.nameType} } from "talkable-emma-webhooks/${vendor.id}";
 * const name: ${vendor.nameType} = ${quote(hooks[0]?.name ?? "")};
 * \`\`\`
 */
export type ${vendor.nameType} = (typeof ${vendor.namesConst})[number];

/**
 * The payload (\`${vendor.payloadProperty}\`) each ${p} webhook carries.
 *
 * @example
 * \`\`\`ts
 * import type { ${p}Payloads } from "talkable-emma-webhooks/${vendor.id}";
 * type First = ${p}Payloads[${quote(hooks[0]?.name ?? "")}];
 * \`\`\`
 */
export interface ${p}Payloads {
${payloads}
}

/**
 * The JSON answer a webhook expects from the receiver, for those that expect one.
 *
 * @example
 * \`\`\`ts
 * import type { ${p}Answers } from "talkable-emma-webhooks/${vendor.id}";
 * type Answered = keyof ${p}Answers;
 * \`\`\`
 */
${answers ? `export interface ${p}Answers {\n${answers}\n}` : `export type ${p}Answers = Record<never, never>;`}

/**
 * The whole request body of each ${p} webhook, as the spec describes it (decoded).
 *
 * @example
 * \`\`\`ts
 * import type { ${p}Bodies } from "talkable-emma-webhooks/${vendor.id}";
 * type FirstBody = ${p}Bodies[${quote(hooks[0]?.name ?? "")}];
 * \`\`\`
 */
export type ${p}Bodies = {
  [K in ${vendor.nameType}]: NonNullable<${bodyType}>["content"][${quote(vendor.mediaType)}];
};
`;
}

function exampleEntries(examples: readonly SpecExample[], pad: string): string {
  return examples
    .map((example) => {
      const body = `{ summary: ${quote(example.summary)}, value: ${json(example.value)} }`;
      return `${pad}${quote(example.name)}: ${indent(body, pad)},`;
    })
    .join("\n");
}

/** `examples.ts`: the spec's named examples, checked against the generated types. */
export function emitExampleModule(vendor: VendorConfig, hooks: readonly WebhookModel[]): string {
  const p = vendor.prefix;
  const names = hooks
    .map((hook) => `  ${hook.name}: [${hook.examples.map((e) => quote(e.name)).join(", ")}],`)
    .join("\n");
  const catalog = hooks
    .map((hook) => `  ${hook.name}: {\n${exampleEntries(hook.examples, "    ")}\n  },`)
    .join("\n");
  const answered = hooks.filter((hook) => hook.responseExamples.length > 0);
  const answers = answered
    .map((hook) => `  ${hook.name}: {\n${exampleEntries(hook.responseExamples, "    ")}\n  },`)
    .join("\n");
  const answerKeys = answered.map((hook) => quote(hook.name)).join(" | ") || "never";
  return `import type { ${p}Answers, ${p}Bodies, ${vendor.nameType} } from "./webhooks.js";

/** The names of each webhook's examples in the spec; the first is the default. */
export const ${vendor.id}ExampleNames = {
${names}
} as const;

/** One named example: its summary and the decoded request body. */
export interface ${p}Example<K extends ${vendor.nameType}> {
  readonly summary: string;
  readonly value: ${p}Bodies[K];
}

/** Every example of every webhook, keyed by webhook name and example name. */
export type ${p}ExampleCatalog = {
  readonly [K in ${vendor.nameType}]: Readonly<
    Record<(typeof ${vendor.id}ExampleNames)[K][number], ${p}Example<K>>
  >;
};

const catalog = {
${catalog}
} satisfies ${p}ExampleCatalog;

/** The spec's request examples, typed per webhook. */
export const ${vendor.id}Examples: ${p}ExampleCatalog = catalog;

/** The spec's examples of the JSON answers a receiver sends back. */
export type ${p}AnswerExamples = {
  readonly [K in ${answerKeys}]: Readonly<Record<string, { readonly summary: string; readonly value: ${p}Answers[K] }>>;
};

const answerCatalog = {
${answers}
} satisfies ${p}AnswerExamples;

/** The spec's answer examples, typed per webhook. */
export const ${vendor.id}AnswerExamples: ${p}AnswerExamples = answerCatalog;
`;
}
