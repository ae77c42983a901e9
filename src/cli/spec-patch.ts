import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { structuredPatch } from "diff";
import type { DriftPlace } from "./drift-summary.js";
import { addMapEntry, appendToSequence, sequenceValues } from "./yaml-edit.js";

const keywords = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A YAML scalar for `value`: plain where that reads the same, JSON-quoted otherwise. */
function scalar(value: unknown): string {
  if (typeof value === "string" && /^[A-Za-z_][\w.-]*$/.test(value) && !keywords.test(value)) {
    return value;
  }
  return JSON.stringify(value);
}

/** The value a finding showed, when it was short enough to be shown whole. */
function shownValue(text: string): { value: unknown } | undefined {
  // A redacted text shows as `[redacted]` for a member name, `"[redacted]"` for a string value.
  if (text.endsWith("…") || text === "[redacted]" || text === '"[redacted]"') return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

const lastSegment = (pointer: string) =>
  (pointer.split("/").at(-1) ?? "").replaceAll("~1", "/").replaceAll("~0", "~");

function schemaType(types: readonly string[]): string | undefined {
  const named = types.filter((type) => type !== "null");
  if (named.length === 0) return undefined;
  const all = types.includes("null") ? [...named, "'null'"] : named;
  return all.length === 1 ? all[0] : `[${all.join(", ")}]`;
}

function memberEntry(place: DriftPlace) {
  const name = lastSegment(place.pointer);
  const key = scalar(name);
  const day = (time: string) => time.slice(0, 10);
  const description = JSON.stringify(
    // No value seen goes in: deliveries carry customers' data, and the spec is committed.
    `Not in the vendor's docs: seen in ${place.deliveries} deliveries from ${day(place.firstSeen)} to ${day(place.lastSeen)}. Proposed by talkable-emma-webhooks drift --patch: describe it, then npm run generate.`,
  );
  const type = schemaType(place.types);
  const fields = [...(type ? [`type: ${type}`] : []), `description: ${description}`];
  return {
    block: [`${key}:`, ...fields.map((field) => `  ${field}`)],
    flow: `${key}: {${fields.join(", ")}}`,
  };
}

/** Applies the change one place proposes to the text of its spec file. */
function applyPlace(text: string, place: DriftPlace): string {
  const { pointer } = place.spec;
  if (place.kind === "unknown_member") {
    // A name shown redacted or cut at the finding's limit is not the name the vendor sent.
    const name = lastSegment(place.pointer);
    if (name === "[redacted]" || name.length >= 64) return text;
    return addMapEntry(text, pointer, memberEntry(place));
  }
  if (place.kind === "unknown_value") {
    const known = sequenceValues(text, pointer);
    const values = place.values.map(shownValue).filter((shown) => shown !== undefined);
    const fresh = [...new Set(values.map((shown) => shown.value))].filter(
      (v) => !known.includes(v),
    );
    return appendToSequence(text, pointer, fresh.map(scalar));
  }
  const seenAt = `${pointer}/x-seen-types`;
  const known = sequenceValues(text, seenAt);
  return appendToSequence(
    text,
    seenAt,
    place.types.filter((type) => !known.includes(type)),
  );
}

/** A unified diff git applies from the repository root (`a/openapi/...`, `b/openapi/...`). */
function fileDiff(path: string, before: string, after: string): string {
  const patch = structuredPatch(`a/${path}`, `b/${path}`, before, after, "", "", { context: 3 });
  const hunks = patch.hunks.map(
    (hunk) =>
      `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@\n${hunk.lines.join("\n")}\n`,
  );
  return `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n${hunks.join("")}`;
}

/**
 * The spec change that makes recorded deliveries drift-free: each unnamed member added to its
 * schema's `properties` (typed as seen, described as undocumented), each unknown value added
 * to its open list, each union type seen added to the member's `x-seen-types`. `specDir` is
 * the folder the findings' `openapi/...` paths are in.
 */
export async function proposeSpecPatch(
  places: readonly DriftPlace[],
  specDir: string,
): Promise<string> {
  const byFile = new Map<string, DriftPlace[]>();
  for (const place of places)
    byFile.set(place.spec.file, [...(byFile.get(place.spec.file) ?? []), place]);
  const diffs: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = await readFile(join(specDir, file.replace(/^openapi\//, "")), "utf8");
    // Several deliveries may name one member: it is proposed once.
    const unique = list.filter(
      (place, index) =>
        place.kind !== "unknown_member" ||
        list.findIndex(
          (other) =>
            other.kind === place.kind &&
            other.spec.pointer === place.spec.pointer &&
            lastSegment(other.pointer) === lastSegment(place.pointer),
        ) === index,
    );
    const after = unique.reduce(applyPlace, before);
    if (after !== before) diffs.push(fileDiff(file, before, after));
  }
  return diffs.join("");
}
