import { packageName } from "../core/errors.js";

/** Checks a duration or size option: a programming error, so it throws at once. */
export function positiveNumber(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${packageName}: ${name} must be a positive number, got ${String(value)}`);
  }
  return value;
}
