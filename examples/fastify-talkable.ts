// Quick start: Talkable webhooks in a Fastify 5 app, beside routes that keep Fastify's parsing.
import Fastify from "fastify";
import { fastifyWebhooks } from "talkable-emma-webhooks/fastify";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

const key = process.env["TALKABLE_KEY"];
if (!key) throw new Error("TALKABLE_KEY is not set");
const webhooks = createTalkableWebhooks({ key, site: "my-shop" });

webhooks.on("create_coupon_web_hook", async ({ id, payload }) => {
  console.log("create coupon", id, payload.coupon_code);
});
webhooks.on("check_unsubscribe_web_hook", async ({ payload }) => ({
  unsubscribed: payload.recipient.email.endsWith("@unsubscribed.example"),
}));

const app = Fastify();
// The plugin's route answers before Fastify parses a body: it reads the raw body stream
// (under bodyLimit and maxBodyBytes), every other route keeps Fastify's JSON parsing.
// It owns its path for every method: a GET gets the receiver's JSON 405, not Fastify's 404.
await app.register(fastifyWebhooks, { receiver: webhooks, path: "/webhooks/talkable" });
app.post("/api/orders", async (request) => ({ received: request.body }));
await app.listen({ port: Number(process.env["PORT"] ?? 3000) });
