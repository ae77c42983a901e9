// Quick start: Emma webhooks on AWS Lambda (API Gateway REST or HTTP API, or a Function URL).
import { toLambdaHandler } from "talkable-emma-webhooks/aws-lambda";
import { createEmmaWebhooks } from "talkable-emma-webhooks/emma";

// Register https://<your API or function URL>/webhooks/emma?token=<the secret> with Emma.
const token = process.env["EMMA_WEBHOOK_TOKEN"];
if (!token) throw new Error("EMMA_WEBHOOK_TOKEN is not set");
const webhooks = createEmmaWebhooks({ token });

webhooks.on("message_open", async ({ data }) => {
  console.log(`member ${data.member_id} opened "${data.subject}"`);
});

// The function's handler: payload format 1.0 and 2.0 events, base64 bodies decoded to bytes;
// it resolves to { statusCode, headers, body } and never throws.
export const handler = toLambdaHandler(webhooks);
