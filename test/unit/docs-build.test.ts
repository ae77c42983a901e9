import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeOffline, redocCdnImages } from "../../scripts/lib/docs-offline.js";
import { addPageStyle } from "../../scripts/lib/docs-page-style.js";
import { shellQuote } from "../../scripts/lib/docs-samples.js";
import { resolveSitePath, serveDocs } from "../../scripts/lib/docs-serve.js";
import { prepareDocsSpec } from "../../scripts/lib/docs-spec.js";

describe("prepareDocsSpec", () => {
  const spec = {
    servers: [{ url: "/" }],
    webhooks: {
      referral_web_hook: { post: { description: "Sent on approval." } },
      not_a_webhook_we_know: { post: { description: "Left alone." } },
    },
    components: {
      schemas: {
        Name: { const: "member_signup" },
        Count: { const: 3 },
        Typed: { const: "x", type: "string" },
      },
    },
  };

  it("adds samples to known webhooks, shows consts with their type, drops the Servers box", () => {
    const docs = prepareDocsSpec("talkable", spec);
    const post = (docs["webhooks"] as Record<string, { post: Record<string, unknown> }>)[
      "referral_web_hook"
    ]?.post;
    expect((post?.["x-codeSamples"] as { label: string }[]).map((sample) => sample.label)).toEqual([
      "Decoded body (JSON)",
      "Wire body",
      "cURL",
      "SDK handler",
      "CLI",
    ]);
    expect(post?.["description"]).toMatch(
      /^Sent on approval\.\n\n#### Decoded body \(JSON\)\n\n```json\n\{/,
    );
    expect(post?.["description"]).not.toContain("#### Wire body");
    const other = (docs["webhooks"] as Record<string, { post: Record<string, unknown> }>)[
      "not_a_webhook_we_know"
    ];
    expect(other?.post).toEqual({ description: "Left alone." });
    expect(docs["servers"]).toBeUndefined();
    expect(docs["components"]).toEqual({
      schemas: {
        Name: { const: "member_signup", type: "string" },
        Count: { const: 3, type: "integer" },
        Typed: { const: "x", type: "string" },
      },
    });
    expect(spec.servers).toEqual([{ url: "/" }]); // the input is left as it was
  });

  it("keeps the servers of a document with paths", () => {
    const docs = prepareDocsSpec("emma", {
      servers: [{ url: "https://api.e2ma.net" }],
      paths: { "/a": {} },
    });
    expect(docs["servers"]).toEqual([{ url: "https://api.e2ma.net" }]);
  });
});

describe("page post-processing", () => {
  it("inlines the badge's CDN images, and refuses a page without them", () => {
    const page = `<img src="${redocCdnImages[0]}"><img src="${redocCdnImages[1]}">`;
    const offline = makeOffline(page);
    expect(offline).not.toContain("https://");
    expect(offline).toContain('src="data:image/svg+xml,');
    expect(() => makeOffline("<html></html>")).toThrow(/no longer loads/);
  });

  it("adds its CSS at the end of <head>", () => {
    expect(addPageStyle("<head><title>t</title></head><body>")).toMatch(
      /^<head><title>t<\/title><style>[\s\S]*pre-wrap[\s\S]*<\/style>\n<\/head><body>$/,
    );
    expect(() => addPageStyle("<body>")).toThrow(/<\/head>/);
  });

  it("quotes shell arguments", () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});

describe("docs:preview server", () => {
  it("keeps requests inside the site folder", () => {
    expect(resolveSitePath("/site", "/")).toBe("/site/index.html");
    expect(resolveSitePath("/site", "/emma.html?x=1")).toBe("/site/emma.html");
    expect(resolveSitePath("/site", "/../etc/passwd")).toBeUndefined();
    expect(resolveSitePath("/site", "/%2e%2e/etc/passwd")).toBeUndefined();
    expect(resolveSitePath("/site", "/%E0%A4%A")).toBeUndefined();
  });

  it("serves the site's files on 127.0.0.1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "site-"));
    try {
      await mkdir(join(dir, "sub"));
      await writeFile(join(dir, "index.html"), "<h1>docs</h1>");
      const port = 20_000 + Math.floor(Math.random() * 20_000);
      const server = await serveDocs(dir, port);
      try {
        const home = await fetch(`http://127.0.0.1:${port}/`);
        expect([home.status, home.headers.get("content-type"), await home.text()]).toEqual([
          200,
          "text/html; charset=utf-8",
          "<h1>docs</h1>",
        ]);
        expect((await fetch(`http://127.0.0.1:${port}/missing.html`)).status).toBe(404);
        expect((await fetch(`http://127.0.0.1:${port}/sub`)).status).toBe(404);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
