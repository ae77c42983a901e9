import { WebhookError } from "./errors.js";

function escapePointer(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * Finds a `__proto__` key, or a `constructor` key holding a `prototype` key, anywhere in a
 * parsed value. `JSON.parse` makes `__proto__` a plain own property, but `Object.assign({},
 * payload)` or a deep merge in a handler would then set a prototype from it.
 */
function findPrototypeKey(root: unknown, pointer: string): string | undefined {
  const stack: [unknown, string][] = [[root, pointer]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [value, at] = item;
    if (value === null || typeof value !== "object") continue;
    for (const key of Object.keys(value)) {
      const child: unknown = (value as Record<string, unknown>)[key];
      const path = `${at}/${escapePointer(key)}`;
      if (key === "__proto__") return path;
      if (key === "constructor" && child !== null && typeof child === "object") {
        if (Object.hasOwn(child, "prototype")) return `${path}/prototype`;
      }
      stack.push([child, path]);
    }
  }
  return undefined;
}

/**
 * Only text that spells such a key (both hold "proto") or could spell one through a `\u`
 * escape needs the walk: two native scans instead of one per key.
 */
function mayHidePrototypeKey(text: string): boolean {
  return text.includes("proto") || text.includes("\\u");
}

/** Refuses a value holding a key that could set a prototype (see {@link parseJsonObject}). */
export function assertNoPrototypeKeys(value: unknown, pointer: string): void {
  const unsafe = findPrototypeKey(value, pointer);
  if (unsafe === undefined) return;
  const message = `${unsafe} is a key that could set a prototype; it is refused`;
  throw new WebhookError("invalid_payload", message, { details: [{ pointer: unsafe, message }] });
}

/**
 * Parses JSON text that must hold an object. A `__proto__` key anywhere in it (or a
 * `constructor` key holding `prototype`) is refused with 400 `invalid_payload`: such a key has
 * no meaning in a vendor payload and only ever serves to smuggle a prototype into handler code.
 */
export function parseJsonObject(text: string, pointer: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const message = `${pointer || "the body"} is not valid JSON`;
    throw new WebhookError("malformed_body", message, { cause, details: [{ pointer, message }] });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const message = `${pointer || "the body"} must be a JSON object`;
    throw new WebhookError("malformed_body", message, { details: [{ pointer, message }] });
  }
  if (mayHidePrototypeKey(text)) assertNoPrototypeKeys(value, pointer);
  return value as Record<string, unknown>;
}
