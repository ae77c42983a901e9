// Quick start: Emma webhooks in a Koa app.
import Koa from "koa";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";
import { toKoaMiddleware } from "talkable-emma-webhooks/koa";

// Register https://your.host/webhooks/emma?token=<the same secret, percent-encoded> with Emma.
const token = process.env["EMMA_WEBHOOK_TOKEN"];
if (!token) throw new Error("EMMA_WEBHOOK_TOKEN is not set");
const webhooks = createEmmaWebhooks({ token });

webhooks.on("member_signup", async ({ data }) => {
  console.log(`member ${data.member_id} signed up from mailing ${data.mailing_id}`);
});

const app = new Koa();
// Before any body parser it reads the untouched stream; after koa-bodyparser or
// @koa/bodyparser it takes the ctx.request.rawBody they keep. Every method on the path is its.
app.use(toKoaMiddleware(webhooks, { path: "/webhooks/emma" }));
app.listen(Number(process.env["PORT"] ?? 3000));
