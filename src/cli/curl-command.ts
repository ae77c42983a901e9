import { parse } from "shell-quote";
import { CliUsageError } from "./io.js";

/** What a `curl ...` command line would send. */
export interface CurlRequest {
  readonly url: string | undefined;
  readonly contentType: string | undefined;
  readonly body: string;
}

const dataFlags = new Set(["-d", "--data", "--data-raw", "--data-binary", "--data-ascii"]);
const skippedWithValue = new Set([
  "-X",
  "--request",
  "-u",
  "--user",
  "-o",
  "--output",
  "-w",
  "--write-out",
  "-m",
  "--max-time",
]);

function encodeDataUrlencode(value: string): string {
  const at = value.indexOf("=");
  if (at < 0) return encodeURIComponent(value);
  return `${value.slice(0, at)}=${encodeURIComponent(value.slice(at + 1))}`;
}

/** Whether the text is a curl command line rather than a body. */
export function isCurlCommand(text: string): boolean {
  return /^\s*curl\s/.test(text);
}

/**
 * Reads a `curl` command line as the shell would (shell-quote does the quoting rules), and
 * returns what curl sends: `-d` values joined with `&`, unencoded, as form data by default.
 */
export function parseCurlCommand(text: string): CurlRequest {
  // Variables stay as written; `<url>`-style placeholders become operators, which are skipped.
  const entries = parse(text.replace(/\\\r?\n/g, " "), (name) => `$${name}`);
  const words = entries.filter((entry): entry is string => typeof entry === "string");
  const data: string[] = [];
  let url: string | undefined;
  let contentType: string | undefined;
  for (let index = 1; index < words.length; index += 1) {
    const word = words[index] ?? "";
    const value = words[index + 1] ?? "";
    if (dataFlags.has(word)) {
      if (value.startsWith("@"))
        throw new CliUsageError(
          `curl ${word} ${value}: give the body itself, or the file to validate`,
        );
      data.push(value);
      index += 1;
    } else if (word === "--data-urlencode") {
      data.push(encodeDataUrlencode(value));
      index += 1;
    } else if (word === "-H" || word === "--header") {
      const match = /^content-type:\s*(.*)$/i.exec(value);
      if (match) contentType = match[1];
      index += 1;
    } else if (word === "--url") {
      url = value;
      index += 1;
    } else if (skippedWithValue.has(word)) {
      index += 1;
    } else if (!word.startsWith("-")) {
      url = word;
    }
  }
  if (data.length === 0)
    throw new CliUsageError("the curl command sends no body (-d/--data); nothing to validate");
  return {
    url,
    contentType: contentType ?? "application/x-www-form-urlencoded",
    body: data.join("&"),
  };
}
