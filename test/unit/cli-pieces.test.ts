import { describe, expect, it } from "vitest";
import { WebhookError } from "talkable-emma-webhooks/talkable";
import { checkAnswer } from "../../src/cli/answer-check.js";
import { isCurlCommand, parseCurlCommand } from "../../src/cli/curl-command.js";
import { formatAnswerBody, formatSize, formatStatus } from "../../src/cli/format.js";
import { withQuery } from "../../src/cli/http-send.js";
import { detectVendor } from "../../src/cli/inspect-delivery.js";
import { CliUsageError, createColors } from "../../src/cli/io.js";
import { parseAssignment, setPointer } from "../../src/cli/json-pointer.js";
import { problemsOf } from "../../src/cli/problems.js";
import { redactBody, redactPath, redactUrl } from "../../src/cli/redact.js";
import { parseVendor, resolveExampleName, resolveWebhook } from "../../src/cli/vendors.js";

describe("setPointer and parseAssignment", () => {
  it.each([
    ["/offer/email", '"a@b.c"', { offer: { email: "a@b.c", id: 1 }, list: [1] }],
    ["/new/deep", "true", { offer: { id: 1 }, list: [1], new: { deep: true } }],
    ["/list/-", "2", { offer: { id: 1 }, list: [1, 2] }],
    ["/list/0", "null", { offer: { id: 1 }, list: [null] }],
    ["/a~1b~0c", "1", { offer: { id: 1 }, list: [1], "a/b~c": 1 }],
  ])("sets %s to %s", (pointer, json, expected) => {
    const { value } = parseAssignment(`${pointer}=${json}`);
    expect(setPointer({ offer: { id: 1 }, list: [1] }, pointer, value)).toEqual(expected);
  });

  it("replaces the whole document for the empty pointer", () => {
    expect(setPointer({ a: 1 }, "", [1])).toEqual([1]);
  });

  it.each([
    ["no-equals", /write <pointer>=<json>/],
    ["/offer/email=a@b.c", /is not JSON; quote strings/],
  ])("refuses %s, saying how to write it", (text, message) => {
    expect(() => parseAssignment(text)).toThrow(message);
  });

  it("refuses a pointer without its slash, and a parent that is not a container", () => {
    expect(() => setPointer({}, "offer", 1)).toThrow(CliUsageError);
    expect(() => setPointer({ a: 1 }, "/a/b", 1)).toThrow(/parent is not an object/);
  });
});

describe("parseCurlCommand", () => {
  it("joins -d values raw, keeps the URL and the content type", () => {
    const command = `curl -X POST 'https://x.test/h?token=t' -H 'Content-Type: application/json' \\\n --data-raw '{"a":1}'`;
    expect(isCurlCommand(command)).toBe(true);
    expect(parseCurlCommand(command)).toEqual({
      url: "https://x.test/h?token=t",
      contentType: "application/json",
      body: '{"a":1}',
    });
  });

  it("encodes --data-urlencode values, reads --url, and defaults to a form body", () => {
    const command =
      'curl --url http://h.test -d key=k --data-urlencode \'payload={"a":"b c"}\' --data-urlencode x';
    expect(parseCurlCommand(command)).toEqual({
      url: "http://h.test",
      contentType: "application/x-www-form-urlencoded",
      body: `key=k&payload=${encodeURIComponent('{"a":"b c"}')}&x`,
    });
  });

  it("says what to do when there is no body, or a body in a file", () => {
    expect(() => parseCurlCommand("curl http://h.test")).toThrow(/sends no body/);
    expect(() => parseCurlCommand("curl -d @body.txt http://h.test")).toThrow(
      /give the body itself/,
    );
    expect(isCurlCommand("key=curl")).toBe(false);
  });
});

describe("detectVendor", () => {
  it.each([
    ["application/x-www-form-urlencoded; charset=utf-8", "", "talkable"],
    ["application/json", "", "emma"],
    ["application/vnd.api+json", "", "emma"],
    ["text/plain", "a=b", undefined],
    [undefined, '  {"event_name":1}', "emma"],
    [undefined, "key=1&payload={}", "talkable"],
    [undefined, "hello", undefined],
  ])("%s with %s is %s", (contentType, body, vendor) => {
    expect(detectVendor(contentType, body)).toBe(vendor);
  });
});

describe("redaction", () => {
  it("hides Talkable's key in form bodies and Emma's token in URLs", () => {
    expect(redactBody("key=s3cret&site=x", "application/x-www-form-urlencoded")).toBe(
      "key=***&site=x",
    );
    expect(redactBody("site=x&key=s%20", "")).toBe("site=x&key=***");
    expect(redactBody('{"key":"x"}', "application/json")).toBe('{"key":"x"}');
    expect(redactUrl("http://h.test/e?token=abc&x=1")).toBe("http://h.test/e?token=***&x=1");
    expect(redactUrl("http://h.test/e")).toBe("http://h.test/e");
    expect(redactPath("/emma?token=abc")).toBe("/emma?token=***");
  });
});

describe("checkAnswer", () => {
  const answer = (status: number, body = "") => ({ status, contentType: "application/json", body });
  it("wants 2xx for valid deliveries and no 2xx for invalid ones", () => {
    expect(checkAnswer({ type: "reward_web_hook", valid: true }, answer(204))).toEqual([]);
    expect(checkAnswer({ type: "reward_web_hook", valid: true }, answer(500))[0]?.message).toMatch(
      /retry/,
    );
    expect(checkAnswer({ type: "reward_web_hook", valid: false }, answer(200))[0]?.message).toMatch(
      /refuse it/,
    );
    expect(checkAnswer({ type: undefined, valid: false }, answer(400))).toEqual([]);
  });

  it("checks Check Unsubscribe's JSON answer against the spec", () => {
    const type = "check_unsubscribe_web_hook";
    expect(
      checkAnswer({ type, valid: true }, answer(200, '{"result":{"unsubscribed":false}}')),
    ).toEqual([]);
    expect(checkAnswer({ type, valid: true }, answer(200, "ok"))[0]?.message).toMatch(
      /is not JSON/,
    );
    expect(checkAnswer({ type, valid: true }, answer(200, '{"result":{}}'))).toEqual([
      { pointer: "/result/unsubscribed", message: "is required" },
    ]);
  });
});

describe("problemsOf", () => {
  it("keeps each detail's pointer, and points key and site refusals at their field", () => {
    const detailed = new WebhookError("invalid_payload", "x", {
      details: [{ pointer: "/payload/a", message: "/payload/a must be string" }],
    });
    expect(problemsOf(detailed, "talkable")).toEqual([
      { pointer: "/payload/a", message: "must be string" },
    ]);
    expect(
      problemsOf(new WebhookError("unauthorized", "the key does not match"), "talkable")[0]
        ?.pointer,
    ).toBe("/key");
    expect(
      problemsOf(
        new WebhookError("unauthorized", "the delivery's site is not accepted here"),
        "talkable",
      )[0]?.pointer,
    ).toBe("/site");
    expect(
      problemsOf(new WebhookError("unauthorized", "the token does not match"), "emma")[0],
    ).toEqual({
      pointer: "",
      message: "the token does not match",
    });
    expect(problemsOf(new Error("boom"), "emma")).toEqual([{ pointer: "", message: "boom" }]);
    expect(problemsOf("boom", "emma")).toEqual([{ pointer: "", message: "boom" }]);
  });
});

describe("small helpers", () => {
  it("formats sizes, statuses and answer bodies", () => {
    const plain = createColors({ env: { NO_COLOR: "1" }, isTTY: true } as never);
    expect([formatSize(999), formatSize(6012)]).toEqual(["999 B", "6.0 kB"]);
    expect([200, 404, 503].map((status) => formatStatus(status, plain))).toEqual([
      "200",
      "404",
      "503",
    ]);
    expect(formatAnswerBody({ status: 200, contentType: null, body: "" })).toBe("(empty body)");
    expect(formatAnswerBody({ status: 200, contentType: "application/json", body: "{" })).toBe("{");
    expect(formatAnswerBody({ status: 200, contentType: "text/plain", body: "ok" })).toBe("ok");
  });

  it("colors only on a terminal without NO_COLOR, or when forced", () => {
    expect(createColors({ env: {}, isTTY: true } as never).red("x")).not.toBe("x");
    expect(createColors({ env: {}, isTTY: false } as never).red("x")).toBe("x");
    expect(createColors({ env: { NO_COLOR: "1" }, isTTY: true } as never).red("x")).toBe("x");
    expect(createColors({ env: { FORCE_COLOR: "1" }, isTTY: false } as never).red("x")).not.toBe(
      "x",
    );
  });

  it("adds a recorded query to a target without overriding its own", () => {
    const url = withQuery(
      new URL("http://h.test/e?token=mine"),
      new URLSearchParams("token=old&x=1"),
    );
    expect(url.search).toBe("?token=mine&x=1");
  });

  it("resolves webhook and example names, and says where to look for unknown ones", () => {
    expect(resolveWebhook("member_signup")).toEqual({ vendor: "emma", name: "member_signup" });
    expect(() => resolveWebhook("nope")).toThrow(/run `talkable-emma-webhooks examples`/);
    const reward = resolveWebhook("reward_web_hook");
    expect(resolveExampleName(reward, undefined)).toBe("signup");
    expect(() => resolveExampleName(reward, "x")).toThrow(/its examples are: signup, shared/);
    expect(parseVendor("emma")).toBe("emma");
    expect(() => parseVendor("x")).toThrow(/talkable or emma/);
  });
});
