import { type BodyModel, groupByOperation, operationBodyType } from "./spec-model.js";
import type { VendorConfig } from "./vendors.js";

const quote = (text: string) => JSON.stringify(text);
const json = (value: unknown, pad: string) =>
  JSON.stringify(value, null, 2).replaceAll("\n", `\n${pad}`);

/**
 * `api-examples.ts`: the management API's named examples per operation and body
 * (`request` or a status code), typed from openapi-typescript's `operations`.
 */
export function emitApiExampleModule(vendor: VendorConfig, bodies: readonly BodyModel[]): string {
  const p = vendor.prefix;
  const grouped = groupByOperation(bodies);
  const typeLines: string[] = [];
  const valueLines: string[] = [];
  for (const [operationId, list] of grouped) {
    typeLines.push(`  readonly ${operationId}: {`);
    valueLines.push(`  ${operationId}: {`);
    for (const body of list) {
      const names = body.examples.map((example) => quote(example.name)).join(" | ") || "never";
      typeLines.push(
        `    readonly ${quote(body.kind)}: Readonly<Record<${names}, ${operationBodyType(body)}>>;`,
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
