// Quick start: Emma webhooks in an Express 5 app, next to the app's own JSON API.
import express from "express";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
import { toNodeMiddleware } from "talkable-emma-webhooks/node";

// Register https://your.host/webhooks/emma?token=<the same secret, percent-encoded> with Emma.
const webhooks = createEmmaWebhooks({ token: process.env["EMMA_WEBHOOK_TOKEN"] ?? "" });

webhooks.on("member_optout", async ({ data }) => {
  console.log(`member ${data.member_id} opted out of mailing ${data.mailing_id}`);
});
webhooks.onAny((event) => console.log("emma event", event.event_name));

const app = express();
// express.json() may run first: the adapter re-encodes what the parser produced.
app.use(express.json());
app.post("/webhooks/emma", toNodeMiddleware(webhooks));
app.listen(3000);
