import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import type { JsonSchema, OpenApiDocument } from "./spec-model.js";

/**
 * An open enum (`anyOf: [{enum: [...]}, {type: string}]`, marked `x-open-enum`) becomes
 * `"a" | "b" | (string & {})`: editors still suggest the known values, and any other string
 * the vendor invents still type-checks. Plain `string` would lose the suggestions.
 */
function openEnumType(schema: JsonSchema): ts.TypeNode | undefined {
  if (schema["x-open-enum"] !== true || !Array.isArray(schema["anyOf"])) return undefined;
  const known = (schema["anyOf"] as JsonSchema[]).flatMap((branch) =>
    Array.isArray(branch["enum"]) ? (branch["enum"] as unknown[]) : [],
  );
  const literals = known
    .filter((value): value is string => typeof value === "string")
    .map((value) => ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(value)));
  const anyString = ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    ts.factory.createTypeLiteralNode([]),
  ]);
  const nullable = (schema["anyOf"] as JsonSchema[]).some((branch) => branch["type"] === "null");
  const members: ts.TypeNode[] = [...literals, ts.factory.createParenthesizedType(anyString)];
  if (nullable) members.push(ts.factory.createLiteralTypeNode(ts.factory.createNull()));
  return ts.factory.createUnionTypeNode(members);
}

/** Runs openapi-typescript over a bundled document and returns the module text. */
export async function emitTypes(doc: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(doc as Parameters<typeof openapiTS>[0], {
    silent: true,
    exportType: false,
    // A free-form map such as `custom_properties: {}` holds values, not nothing.
    emptyObjectsUnknown: true,
    transform: (schema) => openEnumType(schema as JsonSchema),
  });
  return astToString(ast);
}
