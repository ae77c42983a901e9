/**
 * ajv hands every `$ref` call a new context, `{ instancePath: instancePath + "/id", parentData,
 * parentDataProperty, rootData }`, so that the callee's errors carry their full path. On a valid
 * delivery nobody reads that path, yet those objects and strings, with the errors of failing
 * branches (see first-error-schema.ts), were 18 of the 49 kB a referral allocated in the Node
 * adapter, and the garbage collector's time grows with it. ajv has no option to
 * leave them out, so the first-error variant is rewritten here: every call shares one empty
 * context, and a callee that failed has the path put in front of its errors by its caller, which
 * gives the same `errors` as before at the cost of one string per level, on failures only. The
 * count grows by what the callee reported instead of being read back from `vErrors`, which is the
 * same outside conditions and stays right inside them (see count-only-conditions.ts).
 */

/** A `$ref` call and the failure branch ajv writes after it (`callRef` in ajv's `ref.ts`). */
const refCall =
  /if\(!\((validate\d+)\(([^;{}]*?), \{instancePath(?::instancePath\+([^{}]*?))?,parentData(?::[^{}]*?)?,parentDataProperty(?::[^{}]*?)?,rootData\}\)\)\)\{vErrors = vErrors === null \? \1\.errors : vErrors\.concat\(\1\.errors\);errors = vErrors\.length;\}/g;

/** What each validator's signature reads from its context. */
const signature = /\{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}/g;

// Each failed call makes its error objects anew and hands them up one chain of callers only,
// so each caller may prefix them in place: a copy would cost every failed `oneOf` branch of a
// valid delivery an array and an object per error.
const helpers = `const noPathContext = {};
function prefixedErrors(errors, prefix) {
  if (prefix !== "" && errors) for (const error of errors) error.instancePath = prefix + error.instancePath;
  return errors;
}
`;

/**
 * Rewrites ajv's first-error code so that `$ref` calls allocate nothing (see above). Fails when
 * ajv's code no longer has the shape this expects, or reads a context member other than the
 * path (`parentData` and `rootData` serve `$data`, defaults and coercion, none of them used
 * here): a silent mismatch would drop paths from errors.
 */
export function withoutPathContexts(code: string): string {
  const rewritten = code.replaceAll(
    refCall,
    (_match, callee: string, data: string, path: string | undefined) => {
      const prefix = path === undefined ? "instancePath" : `instancePath+${path}`;
      return (
        `if(!(${callee}(${data}, noPathContext))){const failed = prefixedErrors(${callee}.errors, ${prefix});` +
        "vErrors = vErrors === null ? failed : vErrors.concat(failed);errors += failed.length;}"
      );
    },
  );
  const rest = rewritten.replaceAll(signature, "");
  for (const member of ["parentData", "parentDataProperty", "rootData"]) {
    if (new RegExp(`\\b${member}\\b`).test(rest)) {
      throw new Error(`ajv's code reads ${member} beyond a $ref call: the rewrite does not apply`);
    }
  }
  return helpers + rewritten;
}
