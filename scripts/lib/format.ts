import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

/** The repository's own prettier settings, whatever folder the files are written to. */
const options = await resolveConfig(fileURLToPath(import.meta.url));

/** Formats a generated file with prettier; the parser follows the file's extension. */
export function formatGenerated(path: string, text: string): Promise<string> {
  return format(text, { ...options, filepath: path });
}
