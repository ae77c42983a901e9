import type { Locate } from "./locate.js";
import { SpecError } from "./spec-error.js";
import {
  type BodyModel,
  type JsonSchema,
  type OpenApiDocument,
  pointerEscape,
  type WebhookModel,
} from "./spec-model.js";
import type { VendorConfig } from "./vendors.js";
import { bodyValidatorId, webhookValidatorIds } from "./emit-validator-module.js";

/** What `ajv-validators.js` exports, as the generator loads it to check the examples. */
export interface CompiledExports {
  readonly full: Readonly<Record<string, AjvCheck | undefined>>;
}
type AjvCheck = ((data: unknown) => boolean) & {
  errors?: readonly { instancePath: string; message?: string; keyword: string }[] | null;
};

function resolveLocal(doc: OpenApiDocument, node: JsonSchema | undefined): JsonSchema | undefined {
  const ref = node?.["$ref"];
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  return ref
    .slice(2)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], doc) as
    JsonSchema | undefined;
}

/** The `type` (Talkable) or `event_name` (Emma) of each webhook must be a `const` of its name. */
export function checkTags(
  doc: OpenApiDocument,
  vendor: VendorConfig,
  hooks: readonly WebhookModel[],
  locate: Locate,
): SpecError[] {
  const problems: SpecError[] = [];
  for (const hook of hooks) {
    const media = doc.webhooks?.[hook.name]?.post?.requestBody?.content?.[vendor.mediaType];
    const properties = media?.schema?.["properties"] as Record<string, JsonSchema> | undefined;
    const tag = resolveLocal(doc, properties?.[vendor.tagProperty]);
    const at = `${hook.mediaPointer}/schema/properties/${pointerEscape(vendor.tagProperty)}`;
    const value = tag?.["const"];
    if (value === hook.name) continue;
    const message =
      value === undefined
        ? `${vendor.tagProperty} needs const: ${hook.name} (the webhook's key)`
        : `${vendor.tagProperty} const ${JSON.stringify(value)} differs from the webhook's key ${JSON.stringify(hook.name)}`;
    problems.push(new SpecError(locate(value === undefined ? at : `${at}/const`), message));
  }
  return problems;
}

/** Every example, paired with the compiled validator of the schema it illustrates. */
function exampleChecks(hooks: readonly WebhookModel[], bodies: readonly BodyModel[]) {
  const checks: { id: string; media: string; name: string; value: unknown }[] = [];
  for (const hook of hooks) {
    const ids = webhookValidatorIds(hook.name);
    for (const { name, value } of hook.examples) {
      checks.push({ id: ids.body, media: hook.mediaPointer, name, value });
    }
    for (const { name, value } of hook.responseExamples) {
      checks.push({ id: ids.answer, media: hook.answerMediaPointer, name, value });
    }
  }
  for (const body of bodies) {
    for (const { name, value } of body.examples) {
      checks.push({ id: bodyValidatorId(body), media: body.mediaPointer, name, value });
    }
  }
  return checks;
}

/**
 * Runs every example through the validators just generated (not a second validator that could
 * disagree with them), so the fixtures and mocks built from the examples are always valid.
 */
export function checkExamples(
  compiled: CompiledExports,
  hooks: readonly WebhookModel[],
  bodies: readonly BodyModel[],
  locate: Locate,
): SpecError[] {
  const problems: SpecError[] = [];
  for (const check of exampleChecks(hooks, bodies)) {
    const validate = compiled.full[check.id];
    if (!validate) throw new Error(`no compiled validator ${check.id}`);
    if (validate(check.value)) continue;
    const at = `${check.media}/examples/${pointerEscape(check.name)}/value`;
    for (const issue of validate.errors ?? []) {
      const message = `example ${check.name} contradicts its schema: ${issue.instancePath || "/"} ${issue.message ?? `fails ${issue.keyword}`}`;
      problems.push(new SpecError(locate(`${at}${issue.instancePath}`), message));
    }
  }
  return problems;
}
