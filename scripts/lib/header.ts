/**
 * First lines of every generated file: who wrote it, from what, and that it must not be edited.
 * `comment` is the line comment of the file's language (`//`, or `#` for YAML).
 */
export function generatedHeader(source: string, comment = "//"): string {
  const edit = source.startsWith("openapi/") ? "the spec under openapi/" : source;
  return [
    `${comment} This file was written by scripts/generate.ts (npm run generate) from ${source}.`,
    `${comment} Do not edit it by hand: change ${edit} and regenerate.`,
    "",
  ].join("\n");
}
