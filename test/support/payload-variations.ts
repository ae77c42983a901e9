import fc from "fast-check";

/** Where a value sits inside a JSON document: member names and array indexes. */
export type JsonPath = readonly (string | number)[];

/** Every path to a string inside `value`. */
export function stringLeaves(value: unknown, path: JsonPath = []): JsonPath[] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value))
    return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([name, item]) => stringLeaves(item, [...path, name]));
  }
  return [];
}

/** A deep copy of `value` with the string at `path` replaced by `leaf`. */
export function withLeaf<T>(value: T, path: JsonPath, leaf: string): T {
  const copy: T = structuredClone(value);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], copy);
  const last = path.at(-1);
  if (last !== undefined) (parent as Record<string | number, unknown>)[last] = leaf;
  return copy;
}

/** Text with every character the form encoding treats specially, and arbitrary Unicode. */
const probe = '1+1 = 2 & 10% off %2B %zz "quoted" \\ Zoë 🎁';

/**
 * The string leaves of `value` that may hold any text: replacing them with a probe full of
 * special characters keeps `isValid` true (enums, constants and patterns are left alone).
 */
export function freeStringLeaves(
  value: unknown,
  isValid: (candidate: unknown) => boolean,
): JsonPath[] {
  return stringLeaves(value).filter((path) => isValid(withLeaf(value, path, probe)));
}

/**
 * Strings that stress a wire encoding: arbitrary code points mixed with `+ % & = ` and with
 * sequences that look like escapes or like other form fields.
 */
export const wireText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "+",
        "%",
        "&",
        "=",
        " ",
        "%2B",
        "%25",
        "%zz",
        "%C3%A9",
        "&key=forged",
        '"',
        "\\",
        "\n",
      ),
      fc.string({ unit: "binary", maxLength: 6 }),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(""));

/** Replaces each leaf at `paths` with the matching text of `leaves`. */
export function withLeaves<T>(value: T, paths: readonly JsonPath[], leaves: readonly string[]): T {
  return paths.reduce(
    (current, path, index) => withLeaf(current, path, leaves[index] ?? ""),
    value,
  );
}
