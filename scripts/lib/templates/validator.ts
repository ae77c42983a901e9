import type { StandardSchemaV1 } from "./standard-schema.js";

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
 * It narrows its argument to the payload type; after a failed call, `errors` lists every problem.
 *
 * @example
 * ```ts
 * import { talkablePayloadValidators } from "talkable-emma-webhooks/talkable";
 * const check = talkablePayloadValidators.referral_web_hook;
 * if (!check(value)) console.log(check.errors?.map((issue) => issue.instancePath));
 * ```
 */
export interface CompiledValidator<T> {
  (data: unknown): data is T;
  errors?: readonly ValidationIssue[] | null;
}

/**
 * A generated validator: a type guard with `errors`, and a Standard Schema (`~standard`), so it
 * plugs into any library that accepts one.
 *
 * @example
 * ```ts
 * import { emmaBodyValidators } from "talkable-emma-webhooks/emma";
 * const result = emmaBodyValidators.member_signup["~standard"].validate(body);
 * if (result.issues) console.log(result.issues.map((issue) => issue.message));
 * ```
 */
export interface SchemaValidator<T> extends CompiledValidator<T> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: "talkable-emma-webhooks";
    readonly validate: (value: unknown) => StandardSchemaV1.Result<T>;
    readonly types?: StandardSchemaV1.Types<T, T> | undefined;
  };
}

/** What ajv's standalone code exports: a validator that leaves its problems in `errors`. */
export interface AjvValidator {
  (data: unknown): boolean;
  errors?: ValidationIssue[] | null;
}

/** `/a/0/b~1c` → `["a", 0, "b/c"]`, numbering only the segments that index an array. */
function pathOf(issue: ValidationIssue, value: unknown): PropertyKey[] {
  const segments = issue.instancePath === "" ? [] : issue.instancePath.slice(1).split("/");
  const path: PropertyKey[] = [];
  let node = value;
  for (const raw of segments) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const index = Array.isArray(node) ? Number(key) : Number.NaN;
    path.push(Number.isInteger(index) ? index : key);
    node =
      node !== null && typeof node === "object"
        ? (node as Record<string, unknown>)[key]
        : undefined;
  }
  const missing = issue.params["missingProperty"];
  if (issue.keyword === "required" && typeof missing === "string") path.push(missing);
  return path;
}

function toStandardIssues(
  issues: readonly ValidationIssue[] | null | undefined,
  value: unknown,
): StandardSchemaV1.Issue[] {
  const list = issues && issues.length > 0 ? issues : undefined;
  if (!list) return [{ message: "does not match the schema" }];
  return list.map((issue) => ({
    message: issue.message ?? `fails ${issue.keyword}`,
    path: pathOf(issue, value),
  }));
}

/**
 * Collecting every problem costs ajv time quadratic in their number (each `$ref` call appends
 * its errors by copying), so a huge invalid value (a megabyte of wrong array items) would stall
 * the process. Values with more nodes than this (ten times the largest example) report the
 * first problem only.
 */
const fullReportNodeLimit = 2_000;

/** Whether `value` has at most `limit` nodes; stops counting as soon as it has more. */
function isSmall(value: unknown, limit: number): boolean {
  const pending: unknown[] = [value];
  let budget = limit;
  while (pending.length > 0) {
    const node = pending.pop();
    budget -= 1;
    if (budget < 0) return false;
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node) && node.length > budget) return false;
    const children = Object.values(node);
    if (children.length > budget) return false;
    for (const child of children) pending.push(child);
  }
  return true;
}

/**
 * Pairs ajv's first-error validator (the fast path every valid delivery takes) with its
 * all-errors twin, which runs only after a failure so that `errors` lists every problem.
 */
export function createSchemaValidator<T>(
  fast: AjvValidator,
  full: AjvValidator,
): SchemaValidator<T> {
  const validate = (data: unknown): data is T => {
    if (fast(data)) {
      validate.errors = null;
      return true;
    }
    const complete = isSmall(data, fullReportNodeLimit) && !full(data);
    validate.errors = (complete ? full.errors : fast.errors) ?? null;
    return false;
  };
  validate.errors = null as readonly ValidationIssue[] | null;
  const standard: SchemaValidator<T>["~standard"] = {
    version: 1,
    vendor: "talkable-emma-webhooks",
    validate: (value) =>
      validate(value) ? { value } : { issues: toStandardIssues(validate.errors, value) },
  };
  return Object.assign(validate, { "~standard": standard });
}
