import { readFileSync, readdirSync } from "node:fs";

/** The vendors' seeds and cURL examples, copied into the repository (see its README). */
export const vendorRoot = new URL("../fixtures/vendor/", import.meta.url);

/** One `curl` command found in a vendor document, with the body curl would send. */
export interface CurlExample {
  /** Where it was found, relative to `test/fixtures/vendor/`: `seeds/001_....txt#1`. */
  readonly source: string;
  /** The body exactly as curl sends it: every `-d`/`--data` value, raw, joined with `&`. */
  readonly body: string;
  /** The command's words after `curl`, as the shell would pass them (placeholders unfilled). */
  readonly args: readonly string[];
}

/** Splits one shell command into words: single quotes are literal, double quotes unescape. */
function shellWords(command: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let index = 0; index < command.length; index += 1) {
    const char = command.charAt(index);
    if (char === "'") {
      const end = command.indexOf("'", index + 1);
      word = (word ?? "") + command.slice(index + 1, end);
      index = end;
    } else if (char === '"') {
      let text = "";
      for (index += 1; command.charAt(index) !== '"'; index += 1) {
        if (command.charAt(index) === "\\" && '"\\$`'.includes(command.charAt(index + 1)))
          index += 1;
        text += command.charAt(index);
      }
      word = (word ?? "") + text;
    } else if (char === "\\" && command.charAt(index + 1) === "\n") {
      index += 1;
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? "") + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The text of each `curl` command: from `curl` to the first line not continued by `\`. */
function curlCommands(text: string): string[] {
  const commands: string[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (!/^\s*curl\s/.test(line)) continue;
    const parts = [line];
    while (parts.at(-1)?.trimEnd().endsWith("\\") && index + 1 < lines.length) {
      index += 1;
      parts.push(lines[index] ?? "");
    }
    commands.push(parts.map((part) => part.trimEnd()).join("\n"));
  }
  return commands;
}

/** What curl sends for `-d a -d b`: the values, unencoded, joined with `&`. */
export function curlBody(command: string): string {
  const words = shellWords(command);
  const data: string[] = [];
  words.forEach((word, index) => {
    if (word === "-d" || word === "--data") data.push(words[index + 1] ?? "");
  });
  return data.join("&");
}

/** Every curl example of one file under `test/fixtures/vendor/` (path relative to it). */
export function curlExamplesOf(path: string): CurlExample[] {
  const text = readFileSync(new URL(path, vendorRoot), "utf8");
  return curlCommands(text).map((command, index) => ({
    source: `${path}#${index + 1}`,
    body: curlBody(command),
    args: shellWords(command).slice(1),
  }));
}

/** Every file of one folder under `test/fixtures/vendor/` whose name matches. */
export function vendorFiles(folder: string, pattern: RegExp): string[] {
  return readdirSync(new URL(folder, vendorRoot))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => `${folder}${name}`);
}

/** Fills the vendor's `<key>` and `<site>` placeholders, leaving everything else verbatim. */
export function fillPlaceholders(body: string, values: { key: string; site: string }): string {
  return body.replaceAll("<key>", values.key).replaceAll("<site>", values.site);
}

/**
 * The vendor's command line for the real `curl`: its own words with `<url>`, `<key>` and
 * `<site>` filled, nothing else changed (the URL is added at the end if it names none).
 */
export function filledCurlArgs(
  example: CurlExample,
  values: { url: string; key: string; site: string },
): string[] {
  const args = example.args.map((word) =>
    fillPlaceholders(word, values).replaceAll("<url>", values.url),
  );
  return example.args.includes("<url>") ? args : [...args, values.url];
}
