import { readFileSync, readdirSync } from "node:fs";

/** A JSON value read from a fixture file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One fixture file of a folder under test/fixtures/, parsed. */
export interface FixtureFile {
  readonly file: string;
  readonly value: Json;
}

/** Every `*.json` file of `test/fixtures/<folder>/`, sorted by name. */
export function readFixtureFolder(folder: string): FixtureFile[] {
  const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => ({ file, value: JSON.parse(readFileSync(new URL(file, dir), "utf8")) as Json }));
}

/** Where a value sits: member names and array indexes, as a JSON pointer's steps. */
export type Steps = readonly (string | number)[];

/** The JSON pointer of `steps` (no member name here holds `/` or `~`). */
export const pointer = (steps: Steps): string => steps.map((step) => `/${step}`).join("");

/** A JSON object (not an array). */
type JsonObject = Exclude<Json, null | boolean | number | string | Json[]>;

const isObject = (value: Json): value is JsonObject =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Every member of every object inside `value`, with its steps and value. */
export function members(value: Json, steps: Steps = []): { steps: Steps; value: Json }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => members(item, [...steps, index]));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([name, item]) => [
    { steps: [...steps, name], value: item },
    ...members(item, [...steps, name]),
  ]);
}

/** A deep copy of `value` with the member at `steps` replaced by `next`, or removed. */
export function edit(value: Json, steps: Steps, next: Json | undefined): Json {
  const copy = structuredClone(value);
  const parent = steps.slice(0, -1).reduce<Json>((node, step) => {
    const child = Array.isArray(node) ? node[Number(step)] : isObject(node) ? node[step] : null;
    return child ?? null;
  }, copy);
  const last = steps.at(-1);
  if (last === undefined) throw new Error("edit needs a member, not the root");
  if (Array.isArray(parent)) parent[Number(last)] = next ?? null;
  else if (!isObject(parent)) throw new Error(`nothing at ${pointer(steps)}`);
  else if (next === undefined) delete parent[last];
  else parent[last] = next;
  return copy;
}

/** The steps with array indexes replaced by `[]`: the same place in every document. */
export const shape = (steps: Steps): string =>
  steps.map((step) => (typeof step === "number" ? "[]" : step)).join("/");

/**
 * The member places (see `shape`) that some document lacks although the object that would
 * hold it is there: the vendor left them out in at least one documented version.
 */
export function everAbsent(documents: readonly Json[]): ReadonlySet<string> {
  const parents = new Map<string, Set<string>>();
  for (const document of documents) {
    for (const { steps, value } of [
      { steps: [] as Steps, value: document },
      ...members(document),
    ]) {
      if (!isObject(value)) continue;
      const names = parents.get(shape(steps)) ?? new Set<string>();
      Object.keys(value).forEach((name) => names.add(name));
      parents.set(shape(steps), names);
    }
  }
  const absent = new Set<string>();
  for (const document of documents) {
    for (const { steps, value } of [
      { steps: [] as Steps, value: document },
      ...members(document),
    ]) {
      if (!isObject(value)) continue;
      for (const name of parents.get(shape(steps)) ?? []) {
        if (!(name in value)) absent.add(shape([...steps, name]));
      }
    }
  }
  return absent;
}
