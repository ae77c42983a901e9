/** Node's hash, where the runtime has one (Node, Bun, Deno): synchronous, no thread hop. */
interface NodeHash {
  /** One-shot hashing (Node 20.12+), cheaper than a Hash object for payload-sized texts. */
  hash?: (algorithm: "sha256", data: string, encoding: "hex") => string;
  createHash(algorithm: "sha256"): NodeHashing;
}
interface NodeHashing {
  update(data: string): NodeHashing;
  digest(encoding: "hex"): string;
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

/** Each part behind its length (`-` for none), so no two lists of parts hash the same text. */
function framed(part: string | undefined): string {
  return part === undefined ? "-;" : `${part.length};`;
}

/**
 * The delivery id: SHA-256 (hex) of the vendor, the webhook name, the site and the payload text
 * exactly as received. A sender's retry of a delivery sends the same bytes, so it gets the same
 * id; any other delivery differs in at least one part. Node's hash where the runtime has it
 * (no copy of the payload is made), Web Crypto elsewhere; both hash the same UTF-8 text.
 */
export function deliveryId(parts: readonly (string | undefined)[]): Promise<string> {
  const header = parts.map(framed).join("");
  if (node?.hash) return Promise.resolve(node.hash("sha256", header + parts.join(""), "hex"));
  if (node) {
    const hash = node.createHash("sha256").update(header);
    for (const part of parts) if (part !== undefined) hash.update(part);
    return Promise.resolve(hash.digest("hex"));
  }
  return webCryptoSha256(header + parts.join(""));
}
