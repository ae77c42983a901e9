/**
 * A deep partial of `T`: objects may leave out any field at any depth, arrays are given whole
 * (an override array replaces the example's array), and scalars replace scalars.
 *
 * @example
 * ```ts
 * import type { DeepPartial } from "talkable-emma-webhooks/testing";
 * import type { TalkablePayloads } from "talkable-emma-webhooks/talkable";
 * const change: DeepPartial<TalkablePayloads["referral_web_hook"]> = { referrer: { amount: "10.00" } };
 * ```
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** Keys that would reach a prototype through plain assignment: never copied from overrides. */
const forbiddenKeys: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Copies `override` onto `base` without sharing any object with either of them. */
function mergeValue(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (Array.isArray(override)) return override.map((item: unknown) => mergeValue(undefined, item));
  if (!isPlainObject(override)) return override;
  const result: Record<string, unknown> = isPlainObject(base) ? { ...base } : {};
  for (const key of Object.keys(override)) {
    if (forbiddenKeys.has(key)) continue;
    const merged = mergeValue(Object.hasOwn(result, key) ? result[key] : undefined, override[key]);
    if (merged !== undefined) result[key] = merged;
  }
  return result;
}

/**
 * Deep-merges `overrides` into `base` (which the caller owns: fixtures pass a fresh copy).
 * Objects merge key by key, arrays and scalars replace, `undefined` keeps the base value, and
 * `__proto__`, `constructor` and `prototype` keys are ignored so that overrides parsed from
 * untrusted JSON cannot reach `Object.prototype`.
 */
export function mergeOverrides<T>(base: T, overrides: DeepPartial<T> | undefined): T;
export function mergeOverrides(base: unknown, overrides: unknown): unknown {
  return mergeValue(base, overrides);
}
