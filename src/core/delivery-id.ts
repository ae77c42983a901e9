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

const getBuiltinModule = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule;

let nodeCryptoModule: NodeHash | undefined | null = null;

/**
 * Node's crypto, loaded with the first delivery rather than at import: loading it pulls in
 * about thirty of Node's internal modules (streams among them), which was a large part of what
 * importing a vendor's entry cost.
 */
function nodeCrypto(): NodeHash | undefined {
  if (nodeCryptoModule === null) {
    nodeCryptoModule = getBuiltinModule?.("node:crypto") as NodeHash | undefined;
  }
  return nodeCryptoModule;
}

const encoder = new TextEncoder();

async function webCryptoSha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Each part behind its length (`-` for none), so no two lists of parts hash the same text. */
function framed(part: string | undefined): string {
  return part === undefined ? "-;" : `${part.length};`;
}

/** The id text: every part's length first, then the parts, so no two lists hash alike. */
function idText(parts: readonly (string | undefined)[]): string {
  return parts.map(framed).join("") + parts.join("");
}

/** The id hashed synchronously where the runtime has Node's hash; undefined elsewhere. */
function syncDeliveryId(parts: readonly (string | undefined)[]): string | undefined {
  const node = nodeCrypto();
  if (node?.hash) return node.hash("sha256", idText(parts), "hex");
  if (!node) return undefined;
  const hash = node.createHash("sha256");
  for (const part of parts) hash.update(framed(part));
  for (const part of parts) if (part !== undefined) hash.update(part);
  return hash.digest("hex");
}

/** Where an event keeps what its id is the hash of, until the id is first read. */
const idState = Symbol("deliveryIdState");

interface IdState {
  id: string | undefined;
  parts: readonly (string | undefined)[] | undefined;
}

function readId(this: { readonly [idState]: IdState }): string {
  const state = this[idState];
  if (state.id !== undefined) return state.id;
  const id = syncDeliveryId(state.parts ?? []) ?? "";
  // A deep freeze of the event reaches this state too: the id is then hashed on every read.
  if (!Object.isFrozen(state)) {
    state.id = id;
    state.parts = undefined;
  }
  return id;
}

/**
 * One getter shared by every event: V8 then gives all events one hidden class. A getter written
 * in an object literal is a new function per event, and under load the classes it makes cost
 * the garbage collector more than the hash it saves.
 */
const lazyId: PropertyDescriptor = { get: readId, enumerable: true, configurable: true };

/**
 * The delivery id is the SHA-256 (hex) of the vendor, the webhook name, the site and the payload
 * text exactly as received. A sender's retry of a delivery sends the same bytes, so it gets the
 * same id; any other delivery differs in at least one part. Node's hash where the runtime has it,
 * Web Crypto elsewhere; both hash the same UTF-8 text.
 *
 * This gives the event with that id as its first member, an own enumerable one, so spreading
 * the event, `JSON.stringify`, `structuredClone` and queues all see it. Where the runtime hashes
 * synchronously (Node, Bun, Deno) the hash is taken when the id is first read: a delivery whose
 * handlers never read it (no idempotency store, no queue) does not pay for hashing its payload.
 * Elsewhere it is hashed at once through Web Crypto's promise.
 */
export function withDeliveryId<E extends object>(
  event: E,
  parts: readonly (string | undefined)[],
): (E & { readonly id: string }) | Promise<E & { readonly id: string }> {
  if (!nodeCrypto()) return webCryptoSha256(idText(parts)).then((id) => ({ id, ...event }));
  const withId = {} as E & { readonly id: string };
  Object.defineProperty(withId, "id", lazyId);
  Object.defineProperty(withId, idState, { value: { id: undefined, parts } satisfies IdState });
  return Object.assign(withId, event);
}
