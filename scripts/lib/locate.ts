import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { getLineColLocation, Source } from "@redocly/openapi-core";
import { parse } from "yaml";
import type { SpecLocation } from "./spec-error.js";

interface LoadedFile {
  readonly source: Source;
  readonly root: unknown;
}

const decode = (segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~");
const encode = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");
const splitPointer = (pointer: string) => pointer.replace(/^#/, "").split("/").slice(1).map(decode);

function child(node: unknown, key: string): unknown {
  if (node === null || typeof node !== "object") return undefined;
  return (node as Record<string, unknown>)[key];
}

/**
 * Maps a pointer into the document as a reader sees it through its `$ref`s (what the bundled
 * document and the validators report) back to a file and a line in the hand-written spec.
 * The bundled document no longer knows where its nodes came from, so this walks the source
 * files, following each `$ref` the way the bundler did.
 */
export function createLocator(rootFile: string) {
  const files = new Map<string, LoadedFile>();
  const load = (file: string): LoadedFile => {
    let loaded = files.get(file);
    if (!loaded) {
      const body = readFileSync(file, "utf8");
      loaded = { source: new Source(file, body), root: parse(body, { uniqueKeys: false }) };
      files.set(file, loaded);
    }
    return loaded;
  };

  /** Where `pointer` (from the root document, through `$ref`s) lands; as deep as it exists. */
  return function locate(pointer: string): SpecLocation {
    let file = resolve(rootFile);
    let node = load(file).root;
    let at: string[] = [];
    const follow = () => {
      for (let hops = 0; hops < 32; hops += 1) {
        const ref = child(node, "$ref");
        if (typeof ref !== "string") return;
        const [path = "", fragment = ""] = ref.split("#");
        if (path) file = resolve(dirname(file), path);
        at = fragment ? splitPointer(`#${decodeURIComponent(fragment)}`) : [];
        node = at.reduce(child, load(file).root);
      }
    };
    for (const key of splitPointer(pointer)) {
      follow();
      const next = child(node, key);
      if (next === undefined) break;
      node = next;
      at = [...at, key];
    }
    const filePointer = at.length === 0 ? "#" : `#/${at.map(encode).join("/")}`;
    const { start } = getLineColLocation({ source: load(file).source, pointer: filePointer });
    return { file, line: start.line, col: start.col, pointer: filePointer };
  };
}

export type Locate = ReturnType<typeof createLocator>;
