/**
 * Keeps a rendered page from loading anything from another host. Redoc 3 inlines its script
 * and styles with `--inlineBundle`, but its sidebar badge still loads Redocly's logo from their
 * CDN; the badge keeps its link and text, and its image becomes an inline SVG.
 */

/** The images Redoc's badge loads from the CDN. */
export const redocCdnImages = [
  "https://cdn.redoc.ly/redoc/logo-mini-full.svg",
  "https://cdn.redoc.ly/redoc/logo-mini.svg",
] as const;

const inlineLogo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">' +
    '<text x="0" y="12" font-family="system-ui,sans-serif" font-size="12" fill="#6b7280">Redoc</text></svg>',
)}`;

/**
 * Returns `html` with Redoc's CDN badge images replaced by an inline SVG; throws when the page
 * no longer names them (a Redoc update changed the badge, and this needs a look).
 *
 * @example
 * const page = makeOffline(await readFile("site/talkable.html", "utf8"));
 */
export function makeOffline(html: string): string {
  let page = html;
  for (const url of redocCdnImages) {
    if (!page.includes(url))
      throw new Error(`the rendered page no longer loads ${url}: check the badge`);
    page = page.replaceAll(url, inlineLogo);
  }
  return page;
}
