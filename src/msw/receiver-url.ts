/**
 * Splits a receiver URL into the path msw matches (msw ignores query strings and warns about
 * them) and the `token` query parameter, which is how an Emma callback URL carries its secret.
 */
export function splitReceiverUrl(url: string): {
  readonly path: string;
  readonly token: string | undefined;
} {
  const end = url.search(/[?#]/);
  if (end === -1) return { path: url, token: undefined };
  const query = url[end] === "?" ? (url.slice(end + 1).split("#")[0] ?? "") : "";
  const token = new URLSearchParams(query).get("token");
  // An empty `token=` counts as no token.
  return { path: url.slice(0, end), token: token === null || token === "" ? undefined : token };
}
