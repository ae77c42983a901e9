import { describe, expect, it } from "vitest";
import { WebhookError } from "../../src/core/errors.js";
import {
  type IncomingDelivery,
  readBodyText as readDeliveryText,
  readHead,
} from "../../src/core/incoming.js";
import {
  assertTextWithinLimit,
  defaultMaxBodyBytes,
  readWebStream,
} from "../../src/core/read-body.js";

/** Reads a Fetch request's body the way `handle` does. */
function readBodyText(request: Request, limit: number): Promise<string> {
  const delivery: IncomingDelivery = {
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: (max) => readWebStream(request.body, max),
  };
  return readDeliveryText(delivery, readHead(delivery), limit, 10_000);
}

/** Reads a body given as bytes, text or a reader, with Node-style headers. */
function readGiven(body: IncomingDelivery["body"], limit: number): Promise<string> {
  const delivery: IncomingDelivery = { method: "POST", url: "/", headers: {}, body };
  return readDeliveryText(delivery, readHead(delivery), limit, 10_000);
}

const url = "http://127.0.0.1/webhooks";

/** A request whose body arrives in `chunks`, recording whether it was cancelled. */
function streamedRequest(chunks: readonly Uint8Array[], headers: Record<string, string> = {}) {
  const seen = { cancelled: false };
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index];
      index += 1;
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  const init: RequestInit & { duplex: "half" } = { method: "POST", headers, body, duplex: "half" };
  return { request: new Request(url, init), seen };
}

async function refusal(promise: Promise<unknown>): Promise<WebhookError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WebhookError) return error;
    throw error;
  }
  throw new Error("the body was accepted");
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readBodyText", () => {
  it("limits bodies to 1 MiB by default", () => {
    expect(defaultMaxBodyBytes).toBe(1024 * 1024);
  });

  it("reads no body as empty text", async () => {
    expect(await readBodyText(new Request(url, { method: "POST" }), 10)).toBe("");
  });

  it("reads a one-chunk body", async () => {
    expect(await readBodyText(new Request(url, { method: "POST", body: "a=1&b=2" }), 100)).toBe(
      "a=1&b=2",
    );
  });

  it("joins chunks, even when one splits a character", async () => {
    const whole = bytes("prix=10 € ✓");
    const { request } = streamedRequest([whole.slice(0, 9), whole.slice(9, 10), whole.slice(10)]);
    expect(await readBodyText(request, 100)).toBe("prix=10 € ✓");
  });

  it("accepts a body of exactly the limit", async () => {
    const { request } = streamedRequest([bytes("12345"), bytes("67890")]);
    expect(await readBodyText(request, 10)).toBe("1234567890");
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const { request } = streamedRequest([bytes("short")], { "content-length": "11" });
    const error = await refusal(readBodyText(request, 10));
    expect(error.code).toBe("body_too_large");
    expect(error.message).toBe("talkable-emma-webhooks: the body is larger than 10 bytes");
    expect(request.bodyUsed).toBe(false);
  });

  it("reads a body whose declared length is within the limit", async () => {
    const { request } = streamedRequest([bytes("a=1"), bytes("&b=2")], { "content-length": "7" });
    expect(await readBodyText(request, 10)).toBe("a=1&b=2");
  });

  it("refuses a body longer than its declared length when that is over the limit", async () => {
    const { request } = streamedRequest([bytes("123456"), bytes("789012")], {
      "content-length": "5",
    });
    expect((await refusal(readBodyText(request, 10))).code).toBe("body_too_large");
  });

  it("refuses a body without Content-Length that grows past the limit, and cancels it", async () => {
    const { request, seen } = streamedRequest([bytes("123456"), bytes("789012"), bytes("never")]);
    const error = await refusal(readBodyText(request, 10));
    expect(error.status).toBe(413);
    expect(seen.cancelled).toBe(true);
  });

  it.each([
    ["in one chunk", [new Uint8Array([0x61, 0xff])]],
    ["across chunks", [bytes("a="), new Uint8Array([0xc3]), bytes("(")]],
  ])("refuses bytes that are not UTF-8 %s", async (_name, chunks) => {
    const error = await refusal(readBodyText(streamedRequest(chunks).request, 100));
    expect(error.code).toBe("malformed_body");
    expect(error.message).toBe("talkable-emma-webhooks: the body is not valid UTF-8");
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});

describe("bodies given as bytes, text or a reader", () => {
  it("reads bytes and text under the limit", async () => {
    expect(await readGiven(bytes("a=1"), 3)).toBe("a=1");
    expect(await readGiven("a=1", 3)).toBe("a=1");
  });

  it.each([
    ["bytes", bytes("a=12")],
    ["text", "a=12"],
  ])("refuses %s over the limit with 413", async (_name, body) => {
    expect((await refusal(readGiven(body, 3))).code).toBe("body_too_large");
  });

  it("reports a reader that fails (the sender hung up) as client_aborted", async () => {
    const error = await refusal(readGiven(() => Promise.reject(new Error("socket hang up")), 9));
    expect(error.code).toBe("client_aborted");
    expect(error.cause).toEqual(new Error("socket hang up"));
  });

  it("keeps a WebhookError a reader throws as it is", async () => {
    const thrown = new WebhookError("body_already_parsed", "parsed");
    expect(await refusal(readGiven(() => Promise.reject(thrown), 9))).toBe(thrown);
  });
});

describe("assertTextWithinLimit", () => {
  it.each([
    ["ASCII text of the limit", "a".repeat(12), 12],
    ["short multi-byte text", "€€€€", 12],
  ])("accepts %s", (_name, text, limit) => {
    expect(() => assertTextWithinLimit(text, limit)).not.toThrow();
  });

  it.each([
    ["ASCII text over the limit", "a".repeat(13), 12],
    ["text whose UTF-8 form is over the limit", "€€€€€", 12],
    ["text of astral characters over the limit", "🎁🎁🎁🎁", 15],
  ])("refuses %s with 413", (_name, text, limit) => {
    expect(() => assertTextWithinLimit(text, limit)).toThrow(
      expect.objectContaining({ code: "body_too_large", status: 413 }),
    );
  });
});
