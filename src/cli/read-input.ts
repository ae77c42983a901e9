import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type CliIo, CliUsageError } from "./io.js";

/** Reads a file, or standard input for `-`; a missing file is a usage error saying what to do. */
export async function readInput(source: string, io: CliIo): Promise<Uint8Array> {
  if (source === "-") return io.readStdin();
  try {
    return await readFile(resolve(io.cwd, source));
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
    throw new CliUsageError(
      `cannot read ${source} (${reason}); give a readable file, or - for stdin`,
    );
  }
}

/** Reads a JSON document from a file or stdin. */
export async function readJsonInput(source: string, io: CliIo): Promise<unknown> {
  const text = new TextDecoder().decode(await readInput(source, io));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliUsageError(
      `${source} is not JSON; give a JSON payload (see the examples command)`,
    );
  }
}
