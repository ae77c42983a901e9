/**
 * The `Authorization` value of HTTP Basic for a user and password. The pair is UTF-8 encoded
 * before base64 (RFC 7617), since `btoa` alone throws on characters beyond Latin-1.
 */
export function basicAuthorization(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
