// Quick start: Emma webhooks in a Hono app (any Fetch server works the same way).
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";

// Register https://your.host/webhooks/emma?token=<the same secret> with Emma.
const token = process.env["EMMA_WEBHOOK_TOKEN"];
if (!token) throw new Error("EMMA_WEBHOOK_TOKEN is not set");
const webhooks = createEmmaWebhooks({ token, accountId: 1759 });

webhooks.on("message_click", async ({ data }) => {
  console.log(
    `member ${data.member_id} clicked link ${data.link_id} in mailing ${data.mailing_id}`,
  );
});
webhooks.on("member_add_to_group", ({ data }) => {
  const members = data.member_ids === "all" ? "every member" : data.member_ids?.join(", ");
  console.log(`added ${members}`);
});

const app = new Hono();
app.all("/webhooks/emma", (context) => webhooks.handle(context.req.raw));
serve({ fetch: app.fetch, port: 3000 });
