import { relative, resolve } from "node:path";
import { jsonType } from "../../src/core/drift.js";
import type { DriftNode } from "./templates/drift-node.js";
import type { Locate } from "./locate.js";
import { type JsonSchema, type OpenApiDocument, pointerEscape } from "./spec-model.js";

/** A drift node while it is built: mutable, and with the examples' types still being counted. */
export interface DraftNode {
  at: string;
  members?: Map<string, DraftNode>;
  open?: true;
  items?: DraftNode;
  known?: (string | number | boolean | null)[];
  knownAt?: string;
  union?: string[];
  documented?: Set<string>;
  documentedAt?: string;
}

interface Source {
  readonly schema: JsonSchema;
  readonly pointer: string;
}

/** Everything the sources of one place say, merged (allOf, oneOf, anyOf, then/else, `$ref`). */
interface Collected {
  self?: string;
  holder?: string;
  readonly types: Set<string>;
  unionish: boolean;
  readonly members: Map<string, Source[]>;
  readonly items: Source[];
  free: boolean;
  openList: boolean;
  enumValues?: { values: unknown[]; at: string };
  examples?: { values: unknown[]; at: string };
}

const maxDepth = 24;
const isSchema = (value: unknown): value is JsonSchema =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function nodeAt(doc: OpenApiDocument, pointer: string): unknown {
  let node: unknown = doc;
  for (const segment of pointer.slice(2).split("/")) {
    const key = segment.replaceAll("~1", "/").replaceAll("~0", "~");
    node = isSchema(node) ? node[key] : undefined;
  }
  return node;
}

function collectBranches(doc: OpenApiDocument, source: Source, into: Collected, depth: number) {
  const { schema, pointer } = source;
  for (const keyword of ["allOf", "oneOf", "anyOf"] as const) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    if (keyword !== "allOf") into.unionish = true;
    list.forEach((branch, index) => {
      if (isSchema(branch))
        collect(
          doc,
          { schema: branch, pointer: `${pointer}/${keyword}/${index}` },
          into,
          depth + 1,
        );
    });
  }
  for (const keyword of ["then", "else"] as const) {
    const branch = schema[keyword];
    if (isSchema(branch))
      collect(doc, { schema: branch, pointer: `${pointer}/${keyword}` }, into, depth + 1);
  }
}

function collect(doc: OpenApiDocument, source: Source, into: Collected, depth: number): void {
  const { schema, pointer } = source;
  if (depth > maxDepth) return;
  const ref = schema["$ref"];
  if (typeof ref === "string" && ref.startsWith("#/")) {
    const target = nodeAt(doc, ref);
    if (isSchema(target)) collect(doc, { schema: target, pointer: ref }, into, depth + 1);
  }
  if (typeof ref !== "string") into.self ??= pointer;
  const type = schema["type"];
  const types = Array.isArray(type) ? type : typeof type === "string" ? [type] : [];
  for (const name of types) into.types.add(String(name));
  if (types.filter((name) => name !== "null").length > 1) into.unionish = true;
  if (schema["x-open-enum"] === true) into.openList = true;
  if (Array.isArray(schema["enum"]))
    into.enumValues ??= { values: schema["enum"], at: `${pointer}/enum` };
  if (Array.isArray(schema["examples"]))
    into.examples ??= { values: schema["examples"], at: `${pointer}/examples` };
  const properties = schema["properties"];
  if (isSchema(properties)) {
    into.holder ??= pointer;
    for (const [name, member] of Object.entries(properties)) {
      if (!isSchema(member)) continue;
      const list = into.members.get(name) ?? [];
      list.push({ schema: member, pointer: `${pointer}/properties/${pointerEscape(name)}` });
      into.members.set(name, list);
    }
  }
  const extra = schema["additionalProperties"];
  if (extra === true || isSchema(extra) || isSchema(schema["patternProperties"])) into.free = true;
  if (isSchema(schema["items"]))
    into.items.push({ schema: schema["items"], pointer: `${pointer}/items` });
  collectBranches(doc, source, into, depth);
}

/** Builds drift nodes from a bundled document, naming hand-written files through `locate`. */
export function createDriftBuilder(doc: OpenApiDocument, locate: Locate, specDir: string) {
  const root = resolve(specDir);
  /** `file#pointer` of a schema; `follow: false` names a `$ref`'s own place instead of its target. */
  const where = (pointer: string, follow = true) => {
    // A segment no schema has makes the locator follow the last `$ref`, then stop there.
    const found = locate(follow ? `${pointer}/~0drift` : pointer);
    return `openapi/${relative(root, found.file).replaceAll("\\", "/")}${found.pointer}`;
  };
  /** Where `properties` of the schema at `pointer` are, or would be added. */
  const propertiesAt = (pointer: string) => {
    const found = where(`${pointer}/properties`);
    return found.endsWith("/properties") ? found : `${found}/properties`;
  };

  function build(sources: readonly Source[], site: string | undefined, depth: number): DraftNode {
    const into: Collected = {
      types: new Set(),
      unionish: false,
      members: new Map(),
      items: [],
      free: false,
      openList: false,
    };
    for (const source of sources) collect(doc, source, into, 0);
    const self = into.self ?? sources[0]?.pointer ?? "#";
    const isObject = into.types.has("object") || into.members.size > 0 || into.free;
    const node: DraftNode = { at: isObject ? propertiesAt(into.holder ?? self) : where(self) };
    if (isObject && depth < maxDepth) {
      node.members = new Map();
      for (const [name, list] of into.members) {
        node.members.set(name, build(list, list[0]?.pointer, depth + 1));
      }
      if (into.free || into.members.size === 0) node.open = true;
    }
    if (into.items.length > 0 && depth < maxDepth)
      node.items = build(into.items, undefined, depth + 1);
    const list = into.enumValues ?? into.examples;
    if (into.openList && list) {
      node.known = list.values as NonNullable<DraftNode["known"]>;
      node.knownAt = where(list.at);
    }
    const union = [...into.types].filter((name) => name !== "null");
    if (into.unionish && union.length > 1) {
      node.union = union;
      node.documented = new Set(seenTypes(sources, site));
      node.documentedAt = where(site ?? self, false);
    }
    return node;
  }

  function seenTypes(sources: readonly Source[], site: string | undefined): string[] {
    const declared = site ? nodeAt(doc, site) : sources[0]?.schema;
    const seen = isSchema(declared) ? declared["x-seen-types"] : undefined;
    return Array.isArray(seen) ? seen.map(String) : [];
  }

  return (pointer: string): DraftNode => {
    const schema = nodeAt(doc, pointer);
    return build(isSchema(schema) ? [{ schema, pointer }] : [], undefined, 0);
  };
}

/** Counts the types the spec's own examples carry at every union, as documented types. */
export function recordExample(node: DraftNode, value: unknown): void {
  if (node.union && node.documented && value !== null)
    node.documented.add(jsonType(value, node.union));
  if (Array.isArray(value)) {
    if (node.items) for (const item of value) recordExample(node.items, item);
    return;
  }
  if (value === null || typeof value !== "object" || !node.members) return;
  for (const [name, member] of Object.entries(value)) {
    const child = node.members.get(name);
    if (child) recordExample(child, member);
  }
}

/** The finished node, as plain data (sorted documented types, so the output is stable). */
export function freeze(node: DraftNode): DriftNode {
  const members = node.members
    ? Object.fromEntries([...node.members].map(([name, child]) => [name, freeze(child)]))
    : undefined;
  const documented =
    node.documented && node.documented.size > 0 ? [...node.documented].sort() : undefined;
  return {
    at: node.at,
    ...(members ? { members } : {}),
    ...(node.open ? { open: true as const } : {}),
    ...(node.items ? { items: freeze(node.items) } : {}),
    ...(node.known ? { known: node.known, knownAt: node.knownAt } : {}),
    ...(node.union && documented
      ? { union: node.union, documented, documentedAt: node.documentedAt }
      : {}),
  };
}
