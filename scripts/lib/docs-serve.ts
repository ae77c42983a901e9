/** `npm run docs:preview`: serves site/ locally, as GitHub Pages would. */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const types: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".png": "image/png",
  ".yaml": "application/yaml",
  ".json": "application/json",
};

/** The file under `root` a URL path names (`/` is index.html), or undefined when it escapes. */
export function resolveSitePath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded.endsWith("/") ? `${decoded}index.html` : decoded));
  return file === root || file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)
    ? file
    : undefined;
}

/**
 * Serves the files of `root` on http://127.0.0.1:`port` until closed or the process ends (a
 * static server is a dozen lines; a dependency for it would outweigh them).
 *
 * @example
 * await serveDocs("site", 4173); // open http://127.0.0.1:4173/
 */
export async function serveDocs(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const file = resolveSitePath(root, request.url ?? "/");
    const missing = () => {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    };
    if (!file) return missing();
    stat(file).then((info) => {
      if (!info.isFile()) return missing();
      const type = types[extname(file)] ?? "application/octet-stream";
      response.writeHead(200, { "content-type": type });
      createReadStream(file).pipe(response);
    }, missing);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  console.log(`docs: serving ${root} on http://127.0.0.1:${port}/ (Ctrl+C stops)`);
  return server;
}
