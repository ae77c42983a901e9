// Quick start: Emma webhooks in an Express 5 app, next to the app's own JSON API.
import express from "express";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
import { toNodeMiddleware } from "talkable-emma-webhooks/node";

// Register https://your.host/webhooks/emma?token=<the same secret, percent-encoded> with Emma.
const token = process.env["EMMA_WEBHOOK_TOKEN"];
if (!token) throw new Error("EMMA_WEBHOOK_TOKEN is not set");
const webhooks = createEmmaWebhooks({ token });

webhooks.on("member_optout", async ({ data }) => {
  console.log(`member ${data.member_id} opted out of mailing ${data.mailing_id}`);
});
webhooks.onAny((event) => console.log("emma event", event.id, event.event_name));

const app = express();
// The webhook route comes before express.json(): a parsed body cannot be restored byte for
// byte, so the middleware refuses one (500 body_already_parsed) instead of guessing.
app.all("/webhooks/emma", toNodeMiddleware(webhooks));
app.use(express.json());
app.listen(3000);
