import { isAbsolute, relative } from "node:path";

/** Where a problem sits in the hand-written spec: a file, a 1-based line and column, a pointer. */
export interface SpecLocation {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** JSON pointer of the node inside `file`. */
  readonly pointer: string;
}

/**
 * A problem in the spec, reported like a compiler does: one line, `file:line:col pointer message`,
 * and no stack trace (the generator's code is not what needs fixing).
 */
export class SpecError extends Error {
  readonly location: SpecLocation | undefined;

  constructor(location: SpecLocation | undefined, message: string) {
    super(message);
    this.name = "SpecError";
    this.location = location;
  }

  /** The one line printed for this problem. */
  format(cwd = process.cwd()): string {
    const where = this.location;
    if (!where) return this.message;
    const path = relative(cwd, where.file);
    const file = path.startsWith("..") || isAbsolute(path) ? where.file : path;
    return `${file}:${where.line}:${where.col} ${where.pointer || "#"} ${this.message}`;
  }
}

/** Several problems found in one pass; the generator prints each on its own line. */
export class SpecErrors extends Error {
  readonly errors: readonly SpecError[];

  constructor(errors: readonly SpecError[]) {
    super(errors.map((error) => error.message).join("\n"));
    this.name = "SpecErrors";
    this.errors = errors;
  }
}
