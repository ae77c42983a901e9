/** Node's hash, where the runtime has one (Node, Bun, Deno): synchronous, no thread hop. */
interface NodeHash {
  createHash(algorithm: "sha256"): {
    update(data: string): { digest(encoding: "hex"): string };
  };
}

function nodeCrypto(): NodeHash | undefined {
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    ?.getBuiltinModule;
  return typeof get === "function" ? (get("node:crypto") as NodeHash | undefined) : undefined;
}

const node = nodeCrypto();
const encoder = new TextEncoder();

async function webCryptoSha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The delivery id: SHA-256 (hex) of the vendor, the webhook name, the site and the payload text
 * exactly as received. A sender's retry of a delivery sends the same bytes, so it gets the same
 * id; any other delivery differs in at least one part. The parts are JSON-encoded together, so
 * no two different lists of parts hash the same text. Web Crypto where Node's hash is missing.
 */
export function deliveryId(parts: readonly (string | undefined)[]): Promise<string> {
  const text = JSON.stringify(parts.map((part) => part ?? null));
  if (node) return Promise.resolve(node.createHash("sha256").update(text).digest("hex"));
  return webCryptoSha256(text);
}
