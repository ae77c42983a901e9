import { WebhookError } from "../talkable/index.js";

/** One reason a delivery or an answer contradicts the spec, pointing at the field. */
export interface Problem {
  /** JSON pointer (RFC 6901) into the decoded delivery or answer; `` for the whole. */
  readonly pointer: string;
  readonly message: string;
}

const prefix = "talkable-emma-webhooks: ";

function withoutPrefix(message: string): string {
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** Talkable's key and site refusals carry no details; they are about the `key` or `site` field. */
function refusalPointer(error: WebhookError, vendor: "talkable" | "emma"): string {
  if (vendor !== "talkable" || error.code !== "unauthorized") return "";
  return error.message.includes("site") ? "/site" : "/key";
}

/** The problems a receiver's `WebhookError` names, each with its pointer. */
export function problemsOf(error: unknown, vendor: "talkable" | "emma"): Problem[] {
  if (!(error instanceof WebhookError)) {
    return [{ pointer: "", message: error instanceof Error ? error.message : String(error) }];
  }
  if (error.details.length > 0) {
    // The receivers' detail messages start with their pointer, which the CLI prints apart.
    return error.details.map((detail) => {
      const message = withoutPrefix(detail.message);
      const lead = `${detail.pointer || "/"} `;
      return {
        pointer: detail.pointer,
        message: message.startsWith(lead) ? message.slice(lead.length) : message,
      };
    });
  }
  return [{ pointer: refusalPointer(error, vendor), message: withoutPrefix(error.message) }];
}
