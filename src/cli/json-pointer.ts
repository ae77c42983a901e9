import { CliUsageError } from "./io.js";

// RFC 6901 is a dozen lines; the one operation the CLI needs (set, creating objects on the
// way) is not worth a dependency.

function unescapeToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === "object" && value !== null;
}

/** Sets the value at `pointer` in `document` (changed in place); `""` replaces it whole. */
export function setPointer(document: unknown, pointer: string, value: unknown): unknown {
  if (pointer === "") return value;
  if (!pointer.startsWith("/")) {
    throw new CliUsageError(`${JSON.stringify(pointer)} is not a JSON pointer; start it with /`);
  }
  const tokens = pointer.slice(1).split("/").map(unescapeToken);
  const last = tokens.pop() ?? "";
  let target: unknown = document;
  for (const token of tokens) {
    if (!isContainer(target)) break;
    const record = target as Record<string, unknown>;
    // Missing objects on the way are created; an existing value is never silently replaced.
    record[token] ??= {};
    target = record[token];
  }
  if (!isContainer(target)) {
    throw new CliUsageError(`cannot set ${pointer}: its parent is not an object or array`);
  }
  if (Array.isArray(target) && last === "-") target.push(value);
  else (target as Record<string, unknown>)[last] = value;
  return document;
}

/** Parses one `--set <pointer>=<json>` option. */
export function parseAssignment(text: string): { pointer: string; value: unknown } {
  const at = text.indexOf("=");
  if (at < 0) {
    throw new CliUsageError(
      `--set ${text}: write <pointer>=<json>, e.g. --set /offer/email='"a@b.c"'`,
    );
  }
  const pointer = text.slice(0, at);
  const json = text.slice(at + 1);
  try {
    return { pointer, value: JSON.parse(json) as unknown };
  } catch {
    throw new CliUsageError(
      `--set ${pointer}: ${JSON.stringify(json)} is not JSON; quote strings, e.g. ${pointer}='"text"'`,
    );
  }
}
