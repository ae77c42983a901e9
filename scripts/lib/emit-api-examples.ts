import type { BodyModel } from "./spec-model.js";
import type { VendorConfig } from "./vendors.js";

const quote = (text: string) => JSON.stringify(text);
const json = (value: unknown, pad: string) =>
  JSON.stringify(value, null, 2).replaceAll("\n", `\n${pad}`);

function bodyType(body: BodyModel): string {
  const operation = `operations[${quote(body.operationId)}]`;
  return body.kind === "request"
    ? `NonNullable<${operation}["requestBody"]>["content"]["application/json"]`
    : `${operation}["responses"][${body.kind}]["content"]["application/json"]`;
}

/**
 * `api-examples.ts`: the management API's named examples per operation and body
 * (`request` or a status code), typed from openapi-typescript's `operations`.
 */
export function emitApiExampleModule(vendor: VendorConfig, bodies: readonly BodyModel[]): string {
  const p = vendor.prefix;
  const grouped = new Map<string, BodyModel[]>();
  for (const body of bodies) {
    grouped.set(body.operationId, [...(grouped.get(body.operationId) ?? []), body]);
  }
  const typeLines: string[] = [];
  const valueLines: string[] = [];
  for (const [operationId, list] of grouped) {
    typeLines.push(`  readonly ${operationId}: {`);
    valueLines.push(`  ${operationId}: {`);
    for (const body of list) {
      const names = body.examples.map((example) => quote(example.name)).join(" | ") || "never";
      typeLines.push(
        `    readonly ${quote(body.kind)}: { readonly [N in ${names}]: ${bodyType(body)} };`,
      );
      valueLines.push(`    ${quote(body.kind)}: {`);
      for (const example of body.examples) {
        valueLines.push(`      ${quote(example.name)}: ${json(example.value, "      ")},`);
      }
      valueLines.push("    },");
    }
    typeLines.push("  };");
    valueLines.push("  },");
  }
  return `import type { operations } from "./types.js";

/** Named examples of every management API body, by operationId and \`request\` or status. */
export interface ${p}ApiExampleCatalog {
${typeLines.join("\n")}
}

const catalog = {
${valueLines.join("\n")}
} satisfies ${p}ApiExampleCatalog;

/** The spec's management API examples, typed per operation and body. */
export const ${vendor.id}ApiExamples: ${p}ApiExampleCatalog = catalog;
`;
}
