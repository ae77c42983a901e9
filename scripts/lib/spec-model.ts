import type { Locate } from "./locate.js";
import { SpecError } from "./spec-error.js";
import type { VendorConfig } from "./vendors.js";

/** The slice of an OpenAPI 3.1 document the generator reads. */
export interface OpenApiDocument {
  readonly webhooks?: Record<string, PathItem>;
  readonly paths?: Record<string, PathItem>;
  readonly components?: { readonly schemas?: Record<string, JsonSchema> };
}
export type JsonSchema = Record<string, unknown>;
type PathItem = Partial<Record<HttpMethod, Operation>>;
type HttpMethod = "get" | "put" | "post" | "delete" | "patch";
interface Operation {
  readonly operationId?: string;
  readonly requestBody?: { readonly content?: Record<string, MediaType> };
  readonly responses?: Record<string, { readonly content?: Record<string, MediaType> }>;
}
interface MediaType {
  readonly schema?: JsonSchema;
  readonly examples?: Record<string, { readonly summary?: string; readonly value?: unknown }>;
}

/** A named example of a webhook body, as written in the spec. */
export interface SpecExample {
  readonly name: string;
  readonly summary: string;
  readonly value: Record<string, unknown>;
}

/** Everything the generator needs to know about one webhook. */
export interface WebhookModel {
  readonly name: string;
  readonly operationId: string;
  /** Component name of the payload schema (`ReferralPayload`, `MessageClickData`). */
  readonly payloadSchema: string;
  /** JSON pointer of the whole request body schema inside the bundled document. */
  readonly bodyPointer: string;
  readonly examples: readonly SpecExample[];
  /** Pointer (through `$ref`s, from the root document) of the request body's media type. */
  readonly mediaPointer: string;
  /** Component name of the JSON answer the sender expects, when it expects one. */
  readonly responseSchema: string | undefined;
  readonly responseExamples: readonly SpecExample[];
  readonly answerMediaPointer: string;
}

/** One body (request or response) of a management API operation. */
export interface BodyModel {
  readonly operationId: string;
  /** `request`, or the response status code. */
  readonly kind: string;
  readonly pointer: string;
  /** Pointer (through `$ref`s, from the root document) of the body's media type. */
  readonly mediaPointer: string;
  readonly examples: readonly { readonly name: string; readonly value: unknown }[];
}

const componentPrefix = "#/components/schemas/";

export function pointerEscape(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

function componentName(schema: JsonSchema | undefined, at: string, locate: Locate): string {
  const ref = schema?.["$ref"];
  if (typeof ref !== "string" || !ref.startsWith(componentPrefix)) {
    throw new SpecError(locate(at), `expected a $ref to a schema component`);
  }
  return ref.slice(componentPrefix.length);
}

/** Resolves a local `$ref` (`#/components/...`) to the node it points at. */
function resolveLocal<T>(doc: OpenApiDocument, node: T): T {
  const ref = (node as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  let target: unknown = doc;
  for (const segment of ref.slice(2).split("/")) {
    const key = segment.replaceAll("~1", "/").replaceAll("~0", "~");
    target = (target as Record<string, unknown> | undefined)?.[key];
  }
  if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
  return target as T;
}

function examplesOf(
  doc: OpenApiDocument,
  media: MediaType | undefined,
  at: string,
  locate: Locate,
): SpecExample[] {
  const entries = Object.entries(media?.examples ?? {});
  if (entries.length === 0) throw new SpecError(locate(at), "needs at least one named example");
  return entries.map(([name, reference]) => {
    const example = resolveLocal(doc, reference);
    const value = example.value;
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      const where = `${at}/examples/${pointerEscape(name)}/value`;
      throw new SpecError(locate(where), `example ${name} is not an object`);
    }
    return { name, summary: example.summary ?? name, value: value as Record<string, unknown> };
  });
}

/** Reads the webhooks of a bundled document in the order the spec lists them. */
export function readWebhooks(
  doc: OpenApiDocument,
  vendor: VendorConfig,
  locate: Locate,
): WebhookModel[] {
  return Object.entries(doc.webhooks ?? {}).map(([name, item]) => {
    const base = `#/webhooks/${pointerEscape(name)}/post`;
    const post = item.post;
    if (!post?.operationId) {
      throw new SpecError(
        locate(base),
        `webhook ${name} needs a post operation with an operationId`,
      );
    }
    const mediaPointer = `${base}/requestBody/content/${pointerEscape(vendor.mediaType)}`;
    const media = post.requestBody?.content?.[vendor.mediaType];
    const properties = media?.schema?.["properties"] as Record<string, JsonSchema> | undefined;
    const payloadAt = `${mediaPointer}/schema/properties/${vendor.payloadProperty}`;
    const answerMediaPointer = `${base}/responses/200/content/application~1json`;
    const answer = post.responses?.["200"]?.content?.["application/json"];
    return {
      name,
      operationId: post.operationId,
      payloadSchema: componentName(properties?.[vendor.payloadProperty], payloadAt, locate),
      bodyPointer: `${mediaPointer}/schema`,
      mediaPointer,
      examples: examplesOf(doc, media, mediaPointer, locate),
      responseSchema: answer
        ? componentName(answer.schema, `${answerMediaPointer}/schema`, locate)
        : undefined,
      responseExamples: answer ? examplesOf(doc, answer, answerMediaPointer, locate) : [],
      answerMediaPointer,
    };
  });
}

/** Follows a local `$ref` (request bodies and responses may live under components). */
function follow(doc: OpenApiDocument, node: unknown, pointer: string): [BodyHolder, string] {
  const ref = (node as { $ref?: unknown } | undefined)?.$ref;
  return [resolveLocal(doc, node as BodyHolder), typeof ref === "string" ? ref : pointer];
}
type BodyHolder = { readonly content?: Record<string, MediaType> } | undefined;

interface JsonBody {
  readonly pointer: string;
  readonly mediaPointer: string;
  readonly examples: BodyModel["examples"];
}

function jsonBody(doc: OpenApiDocument, node: unknown, pointer: string): JsonBody | undefined {
  const [holder, at] = follow(doc, node, pointer);
  const media = holder?.content?.["application/json"];
  if (!media?.schema) return undefined;
  const examples = Object.entries(media.examples ?? {}).map(([name, example]) => {
    return { name, value: resolveLocal(doc, example).value };
  });
  return {
    pointer: `${at}/content/application~1json/schema`,
    mediaPointer: `${pointer}/content/application~1json`,
    examples,
  };
}

/** Lists every JSON request and response body of the document's `paths`. */
export function readOperationBodies(doc: OpenApiDocument): BodyModel[] {
  const bodies: BodyModel[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item) as [HttpMethod, Operation][]) {
      if (!operation.operationId) continue;
      const base = `#/paths/${pointerEscape(path)}/${method}`;
      const request = jsonBody(doc, operation.requestBody, `${base}/requestBody`);
      if (request) bodies.push({ operationId: operation.operationId, kind: "request", ...request });
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const body = jsonBody(doc, response, `${base}/responses/${status}`);
        if (body) bodies.push({ operationId: operation.operationId, kind: status, ...body });
      }
    }
  }
  return bodies;
}

/** Groups bodies by operationId, in spec order. */
export function groupByOperation(bodies: readonly BodyModel[]): Map<string, BodyModel[]> {
  const grouped = new Map<string, BodyModel[]>();
  for (const body of bodies) {
    grouped.set(body.operationId, [...(grouped.get(body.operationId) ?? []), body]);
  }
  return grouped;
}

/** The TypeScript type of one management API body, read from openapi-typescript's output. */
export function operationBodyType(body: BodyModel): string {
  const operation = `operations[${JSON.stringify(body.operationId)}]`;
  return body.kind === "request"
    ? `NonNullable<${operation}["requestBody"]>["content"]["application/json"]`
    : `${operation}["responses"][${body.kind}]["content"]["application/json"]`;
}
