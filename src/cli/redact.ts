// Secrets (Talkable's key, Emma's token) travel in bodies and URLs; everything the CLI prints
// goes through these first.

const hidden = "***";

/** The URL with its `token` query parameter hidden. */
export function redactUrl(url: URL | string): string {
  const copy = new URL(url);
  if (!copy.searchParams.has("token")) return copy.href;
  copy.searchParams.set("token", hidden);
  return copy.href.replace(encodeURIComponent(hidden), hidden);
}

/** A path with query (`/hook?token=...`) with its token hidden. */
export function redactPath(path: string): string {
  const url = redactUrl(new URL(path, "http://localhost"));
  return url.slice("http://localhost".length);
}

/** A form body (encoded or raw) with the value of its `key` field hidden. */
export function redactFormBody(body: string): string {
  return body.replace(/(^|&)key=[^&]*/g, `$1key=${hidden}`);
}

/** Any body: form bodies lose their key; JSON bodies carry no secret. */
export function redactBody(body: string, contentType: string): string {
  return contentType.includes("json") ? body : redactFormBody(body);
}
