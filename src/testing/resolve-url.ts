/**
 * Resolves a delivery URL. A relative URL (`/webhooks/emma`) is resolved against the page in
 * a browser, and against `http://localhost` elsewhere, where Fetch has no base URL.
 */
export function resolveUrl(url: string | URL): URL {
  const base = typeof location === "undefined" ? "http://localhost" : location.href;
  return new URL(url, base);
}
