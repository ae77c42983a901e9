import { type Schema, SchemaFacts, isSchema, listOf, typeNames } from "./schema-facts.js";

/**
 * The copy of the spec's schemas the first-error validators (the ones every valid delivery
 * runs) are compiled from: it accepts exactly the values the spec does, written so that a valid
 * value makes no failing branch. A failing branch costs an error object even when the value
 * passes in the end, and a `oneOf` tries every branch to be sure only one matches: a nullable
 * reference (`oneOf: [$ref, {type: null}]`) used to validate its value and then fail the null
 * branch, an origin (`oneOf` over three kinds) validated its base schema once per kind, an open
 * enum (`anyOf: [{enum}, {type: string}]`) failed the enum for every value not in it. Rewrites,
 * each proven from the branches' types and `const` tags (see {@link SchemaFacts}) or left out:
 *
 * - an `anyOf` with a bare `{type}` branch that accepts every value the others do is that branch;
 * - pairwise exclusive branches with one `{type: null}` among them are an `if: {type: null}`;
 * - pairwise exclusive branches tagged by one member (`required` with `const`) are an `if` chain
 *   on that member: only the branch the value names is tried;
 * - other pairwise exclusive `oneOf` branches are an `anyOf`, which stops at the first match.
 *
 * The reporting validators keep the spec's schemas, so what a refusal reports does not change.
 */
export function firstErrorSchema<T extends object>(doc: T): T {
  return rewrite(new SchemaFacts(doc as Schema), doc) as T;
}

function rewrite(facts: SchemaFacts, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => rewrite(facts, item));
  if (!isSchema(value)) return value;
  const copy: Schema = {};
  for (const [key, item] of Object.entries(value)) copy[key] = rewrite(facts, item);
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const original = value[keyword];
    const branches = copy[keyword];
    if (!Array.isArray(original) || !Array.isArray(branches)) continue;
    const replacement = simpler(facts, keyword, original, branches);
    if (replacement === undefined) continue;
    delete copy[keyword];
    copy["allOf"] = [...listOf(copy["allOf"]), replacement];
  }
  return copy;
}

/**
 * A schema accepting what `keyword` over `branches` does, without failing branches on valid
 * values; undefined where none is proven. `original` are the branches as the spec has them
 * (what the facts are read from), `branches` the same rewritten.
 */
function simpler(
  facts: SchemaFacts,
  keyword: "oneOf" | "anyOf",
  original: readonly unknown[],
  branches: readonly unknown[],
): Schema | undefined {
  if (!original.every(isSchema) || !branches.every(isSchema)) return undefined;
  if (keyword === "anyOf") {
    const widest = original.findIndex((branch) => coversAll(facts, branch, original));
    if (widest !== -1) return branches[widest];
  }
  const exclusive = original.every((branch, index) =>
    original.slice(index + 1).every((other) => facts.exclusive(branch, other)),
  );
  if (!exclusive) return undefined;
  const nullIndex = original.findIndex(isBareNull);
  if (nullIndex !== -1 && original.length > 1) {
    const rest = branches.filter((_branch, index) => index !== nullIndex);
    return { if: { type: "null" }, else: rest.length === 1 ? rest[0] : { anyOf: rest } };
  }
  const tag = sharedTag(facts, original);
  if (tag !== undefined) return tagChain(tag, branches);
  return keyword === "oneOf" ? { anyOf: [...branches] } : undefined;
}

/** `{type: null}` and nothing else. */
function isBareNull(branch: Schema): boolean {
  return Object.keys(branch).length === 1 && branch["type"] === "null";
}

/**
 * Whether `branch` is a bare `{type}` accepting every value the other branches may: any value
 * of its types is accepted, and theirs are among them. `integer` is left out: the facts count it
 * as a number, which a bare `{type: integer}` does not accept all of.
 */
function coversAll(facts: SchemaFacts, branch: Schema, all: readonly Schema[]): boolean {
  if (Object.keys(branch).length !== 1 || branch["type"] === undefined) return false;
  if (typeNames(branch).includes("integer")) return false;
  const covered = facts.types(branch);
  return all.every((other) => [...facts.types(other)].every((type) => covered.has(type)));
}

/** A member every branch pins, to a different value in each: its name and each branch's value. */
interface SharedTag {
  readonly name: string;
  /** Each branch's value, as JSON text, in the branches' order. */
  readonly values: readonly string[];
}

function sharedTag(facts: SchemaFacts, branches: readonly Schema[]): SharedTag | undefined {
  if (!branches.every((branch) => facts.objectsOnly(branch))) return undefined;
  const tags = branches.map((branch) => facts.tags(branch));
  for (const name of tags[0]?.keys() ?? []) {
    const values = tags.map((tagsOfBranch) => tagsOfBranch.get(name));
    const distinct = new Set(values).size === values.length;
    if (distinct && values.every((value) => value !== undefined)) return { name, values };
  }
  return undefined;
}

/**
 * `if (tag is the first branch's) then it else if ... else the last branch`: a value naming no
 * branch's tag fails the last branch, which requires its own, so nothing more is accepted; and
 * a value that is not an object passes the `if`, then fails its branch, which takes objects only.
 */
function tagChain(tag: SharedTag, branches: readonly Schema[]): Schema {
  let chain: Schema | undefined;
  for (let index = branches.length - 1; index >= 0; index -= 1) {
    const branch = branches[index];
    const value = tag.values[index];
    if (branch === undefined || value === undefined) continue;
    if (chain === undefined) {
      chain = branch;
      continue;
    }
    const pinned: unknown = JSON.parse(value);
    const named = { required: [tag.name], properties: { [tag.name]: { const: pinned } } };
    chain = { if: named, then: branch, else: chain };
  }
  return chain ?? {};
}
