/**
 * What a JSON Schema lets through, as far as can be told without evaluating it: the JSON types
 * it may accept and the members it pins to one value. Conservative: what it cannot see through
 * (a remote `$ref`, `not`, `if`) counts as "anything".
 */

export type Schema = Record<string, unknown>;
export type JsonType = "null" | "boolean" | "object" | "array" | "number" | "string";

const allTypes: readonly JsonType[] = ["null", "boolean", "object", "array", "number", "string"];

export function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A keyword's value as a list: itself when it is an array, else none. */
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

/** The names a `type` keyword lists (one name or an array of them). */
export function typeNames(schema: Schema): readonly unknown[] {
  const type = schema["type"];
  return type === undefined ? [] : Array.isArray(type) ? (type as unknown[]) : [type];
}

/** `integer` is a kind of `number`: both count as `number`, which only ever widens a set. */
function typeOfKeyword(name: unknown): JsonType | undefined {
  if (name === "integer") return "number";
  return allTypes.find((type) => type === name);
}

function typeOfValue(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const kind = typeof value;
  return kind === "boolean" || kind === "number" || kind === "string" ? kind : "object";
}

export class SchemaFacts {
  readonly #doc: Schema;
  constructor(doc: Schema) {
    this.#doc = doc;
  }

  /** The schema a local `$ref` names; undefined for anything else. */
  resolve(ref: unknown): Schema | undefined {
    if (typeof ref !== "string" || !ref.startsWith("#/")) return undefined;
    let node: unknown = this.#doc;
    for (const raw of ref.slice(2).split("/")) {
      const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
      node = isSchema(node) ? node[key] : undefined;
    }
    return isSchema(node) ? node : undefined;
  }

  /** The JSON types a schema may accept; every type when that cannot be told. */
  types(schema: Schema, depth = 0): ReadonlySet<JsonType> {
    const all = new Set(allTypes);
    if (depth > 32) return all;
    let result: Set<JsonType> = all;
    const narrow = (allowed: Iterable<JsonType>) => {
      const keep = new Set(allowed);
      result = new Set([...result].filter((type) => keep.has(type)));
    };
    if (schema["type"] !== undefined) {
      narrow(
        typeNames(schema)
          .map(typeOfKeyword)
          .filter((type) => !!type),
      );
    }
    if ("const" in schema) narrow([typeOfValue(schema["const"])]);
    if (Array.isArray(schema["enum"])) narrow(schema["enum"].map(typeOfValue));
    const target = this.resolve(schema["$ref"]);
    if (target) narrow(this.types(target, depth + 1));
    for (const member of listOf(schema["allOf"])) {
      if (isSchema(member)) narrow(this.types(member, depth + 1));
    }
    return result;
  }

  /** Members every object it accepts has, each with one fixed value (`required` and `const`). */
  tags(schema: Schema, depth = 0): Map<string, string> {
    const tags = new Map<string, string>();
    if (depth > 32) return tags;
    const required = listOf(schema["required"]);
    const properties = isSchema(schema["properties"]) ? schema["properties"] : {};
    for (const name of required) {
      const property = typeof name === "string" ? properties[name] : undefined;
      if (isSchema(property) && "const" in property) {
        tags.set(name as string, JSON.stringify(property["const"]));
      }
    }
    const parts = [this.resolve(schema["$ref"]), ...listOf(schema["allOf"])];
    for (const part of parts) {
      if (isSchema(part))
        for (const [name, value] of this.tags(part, depth + 1)) tags.set(name, value);
    }
    return tags;
  }

  /** Whether a schema accepts objects only: `required` and `properties` hold nothing else. */
  objectsOnly(schema: Schema): boolean {
    return [...this.types(schema)].every((type) => type === "object");
  }

  /** Whether no value can match both schemas. */
  exclusive(first: Schema, second: Schema): boolean {
    const theirs = this.types(second);
    if (![...this.types(first)].some((type) => theirs.has(type))) return true;
    // Tags tell objects apart; any other value passes `required` and `properties` unchecked.
    if (!this.objectsOnly(first) || !this.objectsOnly(second)) return false;
    const secondTags = this.tags(second);
    for (const [name, value] of this.tags(first)) {
      const other = secondTags.get(name);
      if (other !== undefined && other !== value) return true;
    }
    return false;
  }
}
