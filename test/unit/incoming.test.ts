import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WebhookError } from "../../src/core/errors.js";
import { readHead } from "../../src/core/incoming.js";

const base = "http://localhost";

function headOf(url: string) {
  return readHead({ method: "POST", url, headers: {}, body: "" });
}

/** Whether readHead accepts the target, asking for the query so the URL is surely parsed. */
function accepts(url: string): boolean {
  try {
    headOf(url).query("token");
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookError);
    expect(error).toMatchObject({ code: "malformed_url", status: 400 });
    return false;
  }
}

describe("readHead", () => {
  it.each([
    ["/hooks?token=a%20b", "a b"],
    ["/hooks?token=x&token=y", "x"],
    ["/?a=1", undefined],
    ["/hooks#token=no", undefined],
    ["http://example.test/hooks?token=t", "t"],
    ["hooks?token=rel", "rel"],
  ])("reads the query of %s", (url, token) => {
    expect(headOf(url).query("token")).toBe(token);
  });

  it.each(["//[", "/\\[", "/\t/[", "/\n\\[", " //[", "http://[", "http://a b/"])(
    "refuses %j with 400 malformed_url before anything else is read",
    (url) => {
      expect(() => headOf(url)).toThrow(expect.objectContaining({ code: "malformed_url" }));
    },
  );

  it("accepts exactly the targets a URL parser accepts", () => {
    const piece = fc.constantFrom(
      "/",
      "\\",
      "[",
      "]",
      "?",
      "#",
      "%",
      "\t",
      "\n",
      " ",
      "a",
      ":",
      "@",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const url = pieces.join("");
        expect(accepts(url)).toBe(URL.canParse(url, base));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads headers from Fetch Headers and from Node's header object alike", () => {
    const fetchHead = readHead({
      method: "POST",
      url: "/",
      headers: new Headers({ "x-token": "a" }),
      body: "",
    });
    const nodeHead = readHead({
      method: "POST",
      url: "/",
      headers: { "x-token": ["a", "b"] },
      body: "",
    });
    expect(fetchHead.header("x-token")).toBe("a");
    expect(nodeHead.header("x-token")).toBe("a, b");
    expect(nodeHead.header("missing")).toBeUndefined();
  });
});
