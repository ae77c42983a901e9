/** One reason a value does not match its schema, as the compiled validators report it. */
export interface ValidationIssue {
  /** JSON pointer (RFC 6901) of the offending value, relative to the validated value. */
  readonly instancePath: string;
  /** Pointer of the schema keyword that failed. */
  readonly schemaPath: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `const`, ...). */
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/**
 * A validator compiled ahead of time from the spec by `npm run generate`.
 * It narrows its argument to the payload type, and leaves the first problem in `errors`.
 *
 * @example
 * ```ts
 * import { talkablePayloadValidators } from "talkable-emma-webhooks/talkable";
 * const check = talkablePayloadValidators.referral_web_hook;
 * if (!check(value)) console.log(check.errors?.[0]?.instancePath);
 * ```
 */
export interface CompiledValidator<T> {
  (data: unknown): data is T;
  errors?: readonly ValidationIssue[] | null;
}
