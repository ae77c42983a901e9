/** CSS the rendered pages get on top of Redoc's own. */

/**
 * Redoc keeps a plain-text sample on one line, so a form-encoded Talkable body (one long
 * percent-encoded line) ran off the panel's edge: wrap plain-text samples instead.
 */
const pageStyle = `<style>
code.th-code--plaintext, code.th-code--plaintext .th-line { white-space: pre-wrap; overflow-wrap: anywhere; }
</style>`;

/**
 * Returns `html` with the page's extra CSS at the end of its `<head>`.
 *
 * @example
 * const page = addPageStyle("<html><head></head><body></body></html>");
 */
export function addPageStyle(html: string): string {
  const end = html.indexOf("</head>");
  if (end === -1) throw new Error("the rendered page has no </head>");
  return `${html.slice(0, end)}${pageStyle}\n${html.slice(end)}`;
}
