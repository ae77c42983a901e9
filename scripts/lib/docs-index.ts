/** The hand-made landing page of the rendered docs (site/index.html). */
import type { DocsApi } from "./docs-apis.js";

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function describeContents(api: DocsApi): string {
  const parts = [countOf(api.webhooks, "webhook")];
  if (api.operations > 0) parts.push(countOf(api.operations, "management operation"));
  return parts.join(" and ");
}

function renderEntry(api: DocsApi): string {
  const href = escapeHtml(`${api.name}.html`);
  return `      <li><a href="${href}">${escapeHtml(api.title)}</a>: ${describeContents(api)}</li>`;
}

/**
 * Renders site/index.html: a heading, one sentence about the SDK, and a link to each rendered
 * reference with what it contains. Plain HTML and CSS, nothing loaded from the network.
 *
 * @example
 * renderDocsIndex([{ alias: "talkable@webhooks", name: "talkable", title: "Talkable webhooks", webhooks: 9, operations: 0 }]);
 * // '<!doctype html>…<a href="talkable.html">Talkable webhooks</a>: 9 webhooks…'
 */
export function renderDocsIndex(apis: readonly DocsApi[]): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>talkable-emma-webhooks: API reference</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; color: #1f2933; margin: 0; }
      main { max-width: 40rem; margin: 3rem auto; padding: 0 1.5rem; }
      h1 { font-size: 1.75rem; margin-bottom: 0.5rem; }
      a { color: #0b57d0; }
    </style>
  </head>
  <body>
    <main>
      <h1>talkable-emma-webhooks API reference</h1>
      <p>talkable-emma-webhooks is a typed TypeScript SDK that receives, checks and mocks the webhooks Talkable and Emma send, built from the OpenAPI contracts rendered on these pages.</p>
      <ul>
${apis.map(renderEntry).join("\n")}
      </ul>
    </main>
  </body>
</html>
`;
}
