/**
 * Inside an `if` condition or a `not`, ajv records a failing check as an empty error object,
 * `const err0 = {}; vErrors.push(err0); errors++`, and throws it away when the condition ends:
 * only whether the count grew is ever read there. On a valid delivery most conditions fail (a
 * nullable member that holds a value fails its `if: {type: null}`, an origin fails the tags of
 * the kinds it is not), so each such check cost an object and an array. The first-error variant
 * only counts them.
 *
 * That is sound because of how ajv's code uses the two. Outside conditions `errors` is always
 * `vErrors.length`; inside one (errors are never returned from inside one) `errors` stays the
 * exact count and `vErrors` only grows with what failing `$ref` callees report, which
 * path-free-calls.ts adds to the count (`errors += failed.length`) rather than reading the count
 * back from the array. When the outermost condition ends, ajv resets both to the count it started
 * from, where they agreed, so the shortfall never leaves the condition.
 */

/** ajv's `addError` with `createErrors: false` (`errorObjectCode` in ajv's `errors.ts`). */
const emptyError =
  /const (err\d+) = \{\};if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}errors\+\+;/g;

/**
 * Rewrites ajv's first-error code so that failing checks inside conditions only count. Fails
 * when an empty error object is left (ajv's code no longer has the expected shape), or when
 * something still reads the count back from the array, which the shortfall would make wrong.
 */
export function withCountOnlyConditions(code: string): string {
  const rewritten = code.replaceAll(emptyError, "errors++;");
  if (/const err\d+ = \{\};/.test(rewritten)) {
    throw new Error("ajv's code makes an empty error the rewrite does not recognise");
  }
  if (rewritten.includes("errors = vErrors.length")) {
    throw new Error("ajv's code reads the error count from vErrors: conditions must keep errors");
  }
  return rewritten;
}
