import { type Node, isMap, isSeq, parseDocument } from "yaml";

/**
 * Small text edits of a hand-written YAML file, found through the `yaml` package's node
 * ranges. Re-serializing the document would reflow its folded descriptions and requote its
 * strings, and a proposed spec change must be a diff a maintainer can read: so new lines are
 * inserted beside the old ones, and nothing else moves.
 */

/** A new map entry, written as lines for a block map and as one text for a flow map. */
export interface MapEntry {
  readonly block: readonly string[];
  readonly flow: string;
}

const segments = (pointer: string) =>
  pointer
    .split("/")
    .slice(1)
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

function nodeAt(text: string, path: readonly (string | number)[]): Node | undefined {
  const doc = parseDocument(text);
  return (path.length === 0 ? doc.contents : doc.getIn(path, true)) as Node | undefined;
}

const columnOf = (text: string, offset: number) =>
  offset - (text.lastIndexOf("\n", offset - 1) + 1);

/** Inserts `lines` after the line holding `offset`. */
function insertAfterLine(text: string, offset: number, lines: readonly string[]): string {
  const end = text.indexOf("\n", offset);
  const at = end === -1 ? text.length : end;
  const prefix = end === -1 ? "\n" : "";
  return `${text.slice(0, at)}${prefix}${lines.map((line) => `\n${line}`).join("")}${text.slice(at)}`.replace(
    /^\n/,
    "",
  );
}

/** Inserts `addition` just before a flow collection's closing bracket. */
function insertBeforeClose(text: string, node: Node, addition: string, empty: boolean): string {
  const close = (node.range?.[1] ?? 0) - 1;
  return `${text.slice(0, close)}${empty ? "" : ", "}${addition}${text.slice(close)}`;
}

/** Adds an entry to the map at `pointer`, creating the map (as `key:`) in its parent if missing. */
export function addMapEntry(text: string, pointer: string, entry: MapEntry): string {
  const path = segments(pointer);
  const node = nodeAt(text, path);
  if (!isMap(node) || !node.range) {
    const last = path.at(-1);
    if (last === undefined || node !== undefined) throw new Error(`no map at ${pointer}`);
    const parent = pointer.slice(0, pointer.lastIndexOf("/"));
    return addMapEntry(text, parent, {
      block: [`${String(last)}:`, ...entry.block.map((line) => `  ${line}`)],
      flow: `${String(last)}: {${entry.flow}}`,
    });
  }
  if (node.flow) return insertBeforeClose(text, node, entry.flow, node.items.length === 0);
  const first = node.items[0]?.key as Node | undefined;
  const indent = " ".repeat(columnOf(text, first?.range?.[0] ?? node.range[0]));
  return insertAfterLine(
    text,
    node.range[1] - 1,
    entry.block.map((line) => `${indent}${line}`),
  );
}

/** Appends items (YAML flow texts) to the sequence at `pointer`, creating it if missing. */
export function appendToSequence(text: string, pointer: string, items: readonly string[]): string {
  if (items.length === 0) return text;
  const path = segments(pointer);
  const node = nodeAt(text, path);
  if (!isSeq(node) || !node.range) {
    const last = path.at(-1);
    if (last === undefined || node !== undefined) throw new Error(`no list at ${pointer}`);
    const flow = `${String(last)}: [${items.join(", ")}]`;
    return addMapEntry(text, pointer.slice(0, pointer.lastIndexOf("/")), { block: [flow], flow });
  }
  if (node.flow) return insertBeforeClose(text, node, items.join(", "), node.items.length === 0);
  const first = node.items[0] as Node | undefined;
  const itemStart = first?.range?.[0] ?? node.range[0];
  const dash = text.lastIndexOf("-", itemStart);
  const indent = " ".repeat(columnOf(text, dash));
  return insertAfterLine(
    text,
    node.range[1] - 1,
    items.map((item) => `${indent}- ${item}`),
  );
}

/** The values already in the sequence at `pointer` (to propose only new ones). */
export function sequenceValues(text: string, pointer: string): unknown[] {
  const node = nodeAt(text, segments(pointer));
  return isSeq(node) ? node.toJSON() : [];
}
