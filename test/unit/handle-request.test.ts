import { describe, expect, it } from "vitest";
import { WebhookError } from "../../src/core/errors.js";
import { HandlerRegistry } from "../../src/core/handlers.js";
import { type RequestFlow, handleRequest } from "../../src/core/handle-request.js";

const url = "http://127.0.0.1/webhooks";

/** A flow whose parse and dispatch the test chooses, recording what reached them. */
function flowOf(overrides: Partial<Pick<RequestFlow<string>, "parse" | "dispatch">> = {}) {
  const seen = {
    parsed: [] as string[],
    dispatched: [] as string[],
    reported: [] as WebhookError[],
  };
  const handlers = new HandlerRegistry();
  handlers.addError((error) => {
    seen.reported.push(error);
  });
  const flow: RequestFlow<string> = {
    mediaType: "application/json",
    maxBodyBytes: 16,
    handlers,
    parse:
      overrides.parse ??
      ((body) => {
        seen.parsed.push(body);
        return `event(${body})`;
      }),
    dispatch:
      overrides.dispatch ??
      ((event) => {
        seen.dispatched.push(event);
        return Promise.resolve(new Response("done", { status: 202 }));
      }),
  };
  return { flow, seen };
}

const json = (body: string, init: RequestInit = {}) =>
  new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    ...init,
  });

describe("handleRequest", () => {
  it("reads, parses and dispatches, answering what dispatch built", async () => {
    const { flow, seen } = flowOf();
    const response = await handleRequest(json("{}"), flow);
    expect(response.status).toBe(202);
    expect(await response.text()).toBe("done");
    expect(seen).toEqual({ parsed: ["{}"], dispatched: ["event({})"], reported: [] });
  });

  it.each(["GET", "PUT", "DELETE"])("answers 405 with Allow: POST to %s", async (method) => {
    const { flow, seen } = flowOf();
    const response = await handleRequest(new Request(url, { method }), flow);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.json()).toEqual({
      error: {
        code: "method_not_allowed",
        message: `talkable-emma-webhooks: expected POST, got ${method}`,
      },
    });
    expect(seen.parsed).toEqual([]);
    expect(seen.reported.map((error) => error.code)).toEqual(["method_not_allowed"]);
  });

  it("checks the media type before reading the body", async () => {
    const { flow, seen } = flowOf();
    const response = await handleRequest(
      json("{}", { headers: { "content-type": "text/plain" } }),
      flow,
    );
    expect(response.status).toBe(415);
    expect(response.headers.get("allow")).toBeNull();
    expect(seen.parsed).toEqual([]);
  });

  it("answers 413 past maxBodyBytes", async () => {
    const { flow, seen } = flowOf();
    const response = await handleRequest(json("x".repeat(17)), flow);
    expect(response.status).toBe(413);
    expect(seen.parsed).toEqual([]);
  });

  it("answers the status of a WebhookError thrown by parse, and reports it", async () => {
    const refusal = new WebhookError("unauthorized", "no key");
    const { flow, seen } = flowOf({
      parse: () => Promise.reject(refusal),
    });
    const response = await handleRequest(json("{}"), flow);
    expect(response.status).toBe(401);
    expect(seen.reported).toEqual([refusal]);
    expect(seen.dispatched).toEqual([]);
  });

  it("turns any other failure into 500 handler_failed with the cause kept", async () => {
    const cause = new RangeError("unexpected");
    const { flow, seen } = flowOf({
      dispatch: () => {
        throw cause;
      },
    });
    const response = await handleRequest(json("{}"), flow);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: {
        code: "handler_failed",
        message: "talkable-emma-webhooks: the delivery could not be processed",
      },
    });
    expect(seen.reported[0]?.cause).toBe(cause);
  });

  it("hands the request itself to parse, for the token in its URL", async () => {
    const urls: string[] = [];
    const { flow } = flowOf({
      parse: (body, request) => {
        urls.push(request.url);
        return body;
      },
    });
    await handleRequest(
      new Request(`${url}?token=t`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      }),
      flow,
    );
    expect(urls).toEqual([`${url}?token=t`]);
  });
});
