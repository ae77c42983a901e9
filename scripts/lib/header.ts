/** First lines of every generated file: who wrote it and that it must not be edited. */
export function generatedHeader(source: string): string {
  return [
    "// This file was written by scripts/generate.ts (npm run generate) from " + source + ".",
    "// Do not edit it by hand: change the spec under openapi/ and regenerate.",
    "",
  ].join("\n");
}
