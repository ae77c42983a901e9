// Contract drift: skip Talkable's test sends, and hear of what the spec does not describe.
import { createTalkableWebhooks } from "talkable-emma-webhooks/talkable";

const key = process.env["TALKABLE_KEY"];
if (!key) throw new Error("TALKABLE_KEY is not set");
const webhooks = createTalkableWebhooks({ key });

webhooks.on("reward_web_hook", async (event) => {
  if (event.test) return; // "Deliver Sample" in Talkable: answered 200, no reward paid
  await fetch("https://ledger.example/rewards", { method: "POST", body: event.id });
});

// After the 2xx answer, never delaying it; without a handler nothing is computed.
webhooks.onDrift(({ type, id, findings }) => {
  for (const { pointer, value, spec } of findings) {
    console.warn(`${type} ${id}: ${pointer} = ${value}; edit ${spec.file}#${spec.pointer}`);
  }
});

export const POST = (request: Request) => webhooks.handle(request);
