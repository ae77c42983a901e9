// Quick start: Talkable webhooks in a NestJS app (decorators: see examples/nest/tsconfig.json).
import "reflect-metadata";
import { All, Controller, Module, Req, Res } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import type { NestExpressApplication } from "@nestjs/platform-express";
import type { Response } from "express";
import { type NodeRequest, toNodeMiddleware } from "talkable-emma-webhooks/node";
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

const key = process.env["TALKABLE_KEY"];
if (!key) throw new Error("TALKABLE_KEY is not set");
const webhooks = createTalkableWebhooks({ key });
webhooks.on("referral_web_hook", async ({ id, payload }) => {
  console.log("referral", id, payload.referrer?.person?.phone_number);
});
const receive = toNodeMiddleware(webhooks);

@Controller("webhooks")
class WebhooksController {
  // @All: the receiver answers every method itself (a GET gets its JSON 405).
  @All("talkable")
  talkable(@Req() request: NodeRequest, @Res() response: Response): Promise<void> {
    // Nest's body parsers ran first; `rawBody: true` kept the exact bytes in req.rawBody.
    return receive(request, response);
  }
}

@Module({ controllers: [WebhooksController] })
class AppModule {}

const app = await NestFactory.create<NestExpressApplication>(AppModule, { rawBody: true });
// Nest's parsers refuse bodies over 100 kB by default: let them take what the receiver takes.
app.useBodyParser("urlencoded", { limit: "1mb", extended: false });
app.useBodyParser("json", { limit: "1mb" });
await app.listen(process.env["PORT"] ?? 3000);
