import { describe, expect, it } from "vitest";
import {
  WebhookError,
  createTalkableWebhooks,
  talkablePayloadValidators,
  talkableWebhookTypes,
} from "talkable-emma-webhooks/talkable";
import { talkableExampleRows } from "../support/wire.js";

const key = "k-infer";
const receiver = createTalkableWebhooks({ key });
const rows = talkableExampleRows().map((row) => ({
  ...row,
  // What the spec says of the payload alone: every webhook whose schema accepts it.
  fits: talkableWebhookTypes.filter((type) => talkablePayloadValidators[type](row.value.payload)),
}));

/** The example as Talkable would send it without its `type` field. */
function typeless(payload: unknown): string {
  return new URLSearchParams({ key, site: "shop", payload: JSON.stringify(payload) }).toString();
}

async function refusal(body: string): Promise<WebhookError> {
  try {
    await receiver.verifyAndParse(body);
  } catch (error) {
    if (error instanceof WebhookError) return error;
    throw error;
  }
  throw new Error("the delivery was accepted");
}

describe("a Talkable delivery that names no type", () => {
  it("fits its own webhook's schema in every example (the table below is not vacuous)", () => {
    for (const row of rows) expect(row.fits).toContain(row.type);
    expect(rows.filter((row) => row.fits.length === 1).length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.fits.length > 1).length).toBeGreaterThan(0);
  });

  it.each(rows.filter((row) => row.fits.length === 1))(
    "is taken as $type ($name), the one webhook whose payload schema accepts it",
    async (row) => {
      const event = await receiver.verifyAndParse(typeless(row.value.payload));
      expect(event).toMatchObject({ type: row.type, site: "shop", payload: row.value.payload });
    },
  );

  it.each(rows.filter((row) => row.fits.length > 1))(
    "is refused at /type naming the `type` option when several webhooks fit ($type $name)",
    async (row) => {
      const error = await refusal(typeless(row.value.payload));
      expect(error).toMatchObject({ code: "malformed_body", status: 400 });
      expect(error.message).toContain("configure the `type` option");
      expect(error.message).toContain(`fits ${row.fits.length} webhook types (`);
      expect(error.message).toContain(row.type);
      expect(error.details?.map((detail) => detail.pointer)).toEqual(["/type"]);
    },
  );

  it("is refused at /type when no webhook's schema accepts its payload", async () => {
    const error = await refusal(typeless({ campaign: "not an object" }));
    expect(error.message).toContain("fits no webhook's payload schema");
    expect(error.message).toContain("`type` option");
    expect(error.details?.map((detail) => detail.pointer)).toEqual(["/type"]);
  });

  it("takes the post share example, the vendor's own delivery without type", async () => {
    const [row] = rows.filter((example) => example.type === "post_share_web_hook");
    if (!row) throw new Error("the catalog has no post share example");
    const event = await receiver.verifyAndParse(typeless(row.value.payload));
    expect(event.type).toBe("post_share_web_hook");
  });

  it("is taken as the receiver's configured type without looking at other schemas", async () => {
    const [row] = rows.filter((example) => example.type === "event_web_hook");
    if (!row) throw new Error("the catalog has no event example");
    const typed = createTalkableWebhooks({ key, type: "event_web_hook" });
    const event = await typed.verifyAndParse(typeless(row.value.payload));
    expect(event.type).toBe("event_web_hook");
  });
});
