import { createDriftBuilder, freeze, recordExample } from "./drift-tree.js";
import type { Locate } from "./locate.js";
import type { OpenApiDocument, WebhookModel } from "./spec-model.js";
import type { DriftNode } from "./templates/drift-node.js";
import type { VendorConfig } from "./vendors.js";

/** Subtrees written more than once (Person, Origin, ...) are written once, as a constant. */
function intern(tree: Record<string, DriftNode>): { constants: string[]; root: string } {
  const counts = new Map<string, number>();
  const count = (node: DriftNode): void => {
    const key = JSON.stringify(node);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const child of Object.values(node.members ?? {})) count(child);
    if (node.items) count(node.items);
  };
  for (const node of Object.values(tree)) count(node);
  const names = new Map<string, string>();
  const constants: string[] = [];
  const write = (node: DriftNode): string => {
    const key = JSON.stringify(node);
    const known = names.get(key);
    if (known) return known;
    const members = Object.entries(node.members ?? {}).map(
      ([name, child]) => `${JSON.stringify(name)}: ${write(child)}`,
    );
    const fields = Object.entries(node)
      .filter(([field]) => field !== "members" && field !== "items")
      .map(([field, value]) => `${field}: ${JSON.stringify(value)}`);
    if (node.members) fields.push(`members: {${members.join(", ")}}`);
    if (node.items) fields.push(`items: ${write(node.items)}`);
    const text = `{${fields.join(", ")}}`;
    if ((counts.get(key) ?? 0) < 2 || key.length < 120) return text;
    const name = `n${constants.length}`;
    constants.push(`const ${name}: DriftNode = ${text};`);
    names.set(key, name);
    return name;
  };
  const entries = Object.entries(tree).map(([name, node]) => `${name}: ${write(node)}`);
  return { constants, root: `{${entries.join(", ")}}` };
}

/**
 * `drift.ts`: per webhook, what its body's schema names, its open lists and its unions, so a
 * receiver can tell what a delivery carries that the spec does not describe without walking
 * the YAML at run time. The types the spec's examples carry at a union count as documented.
 */
export function emitDriftModule(
  vendor: VendorConfig,
  hooks: readonly WebhookModel[],
  doc: OpenApiDocument,
  locate: Locate,
  specDir: string,
): string {
  const build = createDriftBuilder(doc, locate, specDir);
  const tree = Object.fromEntries(
    hooks.map((hook) => {
      const node = build(hook.bodyPointer);
      for (const example of hook.examples) recordExample(node, example.value);
      return [hook.name, freeze(node)];
    }),
  );
  const name = `${vendor.id}DriftTree`;
  const { constants, root } = intern(tree);
  return `import type { DriftNode } from "../drift-node.js";
import type { ${vendor.nameType} } from "./webhooks.js";

${constants.join("\n")}

/**
 * What the spec describes of each ${vendor.prefix} webhook's body, for drift reports (see
 * \`DriftNode\`). Internal: the receivers import it only once an \`onDrift\` handler is registered.
 */
export const ${name}: Readonly<Record<${vendor.nameType}, DriftNode>> = ${root};
`;
}
