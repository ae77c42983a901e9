// The caps of drift reports, apart from the walk itself: receivers export them, and import
// the walk (src/core/drift.ts) only once an `onDrift` handler is told of a delivery.

/**
 * Most findings one delivery reports; past it the report says `truncated`.
 *
 * @example
 * ```ts
 * import { maxDriftFindings } from "talkable-emma-webhooks/talkable";
 * console.log(`at most ${maxDriftFindings} findings per delivery`);
 * ```
 */
export const maxDriftFindings = 50;
/**
 * Longest `value` text of a finding.
 *
 * @example
 * ```ts
 * import { maxDriftValueChars } from "talkable-emma-webhooks/talkable";
 * console.log(`values cut to ${maxDriftValueChars} characters`);
 * ```
 */
export const maxDriftValueChars = 80;
