import type { ValidatorTarget } from "./emit-validators.js";
import {
  type BodyModel,
  groupByOperation,
  operationBodyType,
  type WebhookModel,
} from "./spec-model.js";
import type { VendorConfig } from "./vendors.js";

const quote = (text: string) => JSON.stringify(text);
const identifier = (...parts: string[]) => `v_${parts.join("_").replaceAll(/\W/g, "_")}`;
const create = (id: string) => `createSchemaValidator(fast.${id}, full.${id})`;

/** Writes `{ op: { kind: <field(body)> } }` grouped by operationId. */
function operationMap(bodies: readonly BodyModel[], field: (body: BodyModel) => string): string {
  const entries = [...groupByOperation(bodies)].map(([operationId, list]) => {
    const fields = list.map((body) => `    readonly ${quote(body.kind)}: ${field(body)};`);
    return `  readonly ${operationId}: {\n${fields.join("\n")}\n  };`;
  });
  return entries.join("\n");
}

function apiSection(vendor: VendorConfig, bodies: readonly BodyModel[]): string {
  if (bodies.length === 0) return "";
  const p = vendor.prefix;
  const types = operationMap(bodies, (body) => `SchemaValidator<${operationBodyType(body)}>`);
  const values = operationMap(bodies, (body) => create(identifier(body.operationId, body.kind)))
    .replaceAll("readonly ", "")
    .replaceAll(";", ",");
  return `
/** Validators of the management API's request and response bodies, by operationId. */
export interface ${p}ApiValidators {
${types}
}

/**
 * The management API's body validators, by operationId and \`request\` or status code.
 *
 * @example
 * \`\`\`ts
 * import { ${vendor.id}ApiValidators } from "talkable-emma-webhooks/${vendor.id}";
 * const ok = ${vendor.id}ApiValidators.${bodies[0]?.operationId ?? ""}[${JSON.stringify(bodies[0]?.kind ?? "")}]([]);
 * \`\`\`
 */
export const ${vendor.id}ApiValidators: ${p}ApiValidators = {
${values}
};
`;
}

/** Every schema the typed maps need compiled, named by the identifier the maps use. */
export function validatorTargets(
  hooks: readonly WebhookModel[],
  bodies: readonly BodyModel[],
): ValidatorTarget[] {
  const answered = hooks.filter((hook) => hook.responseSchema !== undefined);
  return [
    ...hooks.map((hook) => ({
      identifier: identifier(hook.name, "payload"),
      pointer: `#/components/schemas/${hook.payloadSchema}`,
    })),
    ...hooks.map((hook) => ({
      identifier: identifier(hook.name, "body"),
      pointer: hook.bodyPointer,
    })),
    ...answered.map((hook) => ({
      identifier: identifier(hook.name, "answer"),
      pointer: `#/components/schemas/${hook.responseSchema ?? ""}`,
    })),
    ...bodies.map((body) => ({
      identifier: identifier(body.operationId, body.kind),
      pointer: body.pointer,
    })),
  ];
}

/** The identifiers of one webhook's compiled validators, for checking its examples. */
export const webhookValidatorIds = (name: string) => ({
  body: identifier(name, "body"),
  answer: identifier(name, "answer"),
});
export const bodyValidatorId = (body: BodyModel) => identifier(body.operationId, body.kind);

/**
 * `validators.ts`: the typed maps over the compiled validators of `ajv-validators.js`, each
 * wrapped as a type guard with every problem in `errors` and a Standard Schema `~standard`.
 */
export function emitValidatorModule(
  vendor: VendorConfig,
  hooks: readonly WebhookModel[],
  bodies: readonly BodyModel[],
): string {
  const p = vendor.prefix;
  const answered = hooks.filter((hook) => hook.responseSchema !== undefined);
  const map = (suffix: string, list: readonly WebhookModel[]) =>
    list.map((hook) => `  ${hook.name}: ${create(identifier(hook.name, suffix))},`).join("\n");
  const typeOf = (what: string) =>
    `{ readonly [K in ${vendor.nameType}]: SchemaValidator<${p}${what}[K]> }`;
  const apiImports = bodies.length > 0 ? `import type { operations } from "./types.js";\n` : "";
  const api = apiSection(vendor, bodies);
  return `import { createSchemaValidator, type SchemaValidator } from "../validator.js";
import { fast, full } from "./ajv-validators.js";
${apiImports}import type { ${p}Answers, ${p}Bodies, ${p}Payloads, ${vendor.nameType} } from "./webhooks.js";

/**
 * Payload validators (the \`${vendor.payloadProperty}\` field), one per webhook.
 *
 * @example
 * \`\`\`ts
 * import { ${vendor.id}PayloadValidators } from "talkable-emma-webhooks/${vendor.id}";
 * const check = ${vendor.id}PayloadValidators[${JSON.stringify(hooks[0]?.name ?? "")}];
 * if (!check({})) console.log(check.errors?.map((issue) => issue.instancePath));
 * \`\`\`
 */
export const ${vendor.id}PayloadValidators: ${typeOf("Payloads")} = {
${map("payload", hooks)}
};

/**
 * Whole request body validators (decoded), one per webhook.
 *
 * @example
 * \`\`\`ts
 * import { ${vendor.id}BodyValidators } from "talkable-emma-webhooks/${vendor.id}";
 * const ok = ${vendor.id}BodyValidators[${JSON.stringify(hooks[0]?.name ?? "")}]({});
 * \`\`\`
 */
export const ${vendor.id}BodyValidators: ${typeOf("Bodies")} = {
${map("body", hooks)}
};

/**
 * Validators of the JSON answers some webhooks expect from the receiver.
 *
 * @example
 * \`\`\`ts
 * import { ${vendor.id}AnswerValidators } from "talkable-emma-webhooks/${vendor.id}";
 * console.log(Object.keys(${vendor.id}AnswerValidators));
 * \`\`\`
 */
export const ${vendor.id}AnswerValidators: {
  readonly [K in keyof ${p}Answers]: SchemaValidator<${p}Answers[K]>;
} = {
${map("answer", answered)}
};
${api}`;
}
