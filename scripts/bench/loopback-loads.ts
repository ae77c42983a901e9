/**
 * What the loopback section loads each server with: the targets, each a server and the request
 * sent to it (the 6 kB referral, octokit's JSON of its payload, Emma's message_click).
 */
import { emmaExamples } from "../../generated/emma/examples.js";
import { talkableExamples } from "../../generated/talkable/examples.js";
import { type ServerKind, benchKey, benchToken, octokitSignature } from "./loopback-server.js";

/** What each figure is called in the result; several targets may share one server. */
export type TargetId =
  | "sdk"
  | "fastify"
  | "bare"
  | "bareTwin"
  | "octokit"
  | "floor"
  | "fastifyFloor"
  | "emma"
  | "octokitEmma";

export interface Target {
  readonly id: TargetId;
  readonly name: string;
  readonly server: ServerKind;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

function octokitHeaders(body: string): Record<string, string> {
  return {
    "content-type": "application/json",
    "x-github-event": "push",
    "x-github-delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
    "x-hub-signature-256": octokitSignature(body),
  };
}

/** Every target, in the order the table prints them. */
export function targets(): Target[] {
  const example = talkableExamples.referral_web_hook.default.value;
  const payload = JSON.stringify(example.payload);
  const form = new URLSearchParams({
    key: benchKey,
    site: example.site ?? "",
    type: "referral_web_hook",
    payload,
  }).toString();
  const formHeaders = { "content-type": "application/x-www-form-urlencoded" };
  // Emma's receiver and octokit get the same JSON bytes: token in the URL against HMAC-SHA256.
  const emmaBody = JSON.stringify(emmaExamples.message_click.default.value);
  const json = { "content-type": "application/json" };
  // The referral's targets differ only in what they are called; each has a server of its own.
  const referral = (id: TargetId & ServerKind, name: string): Target => {
    return { id, name, server: id, path: "/", headers: formHeaders, body: form };
  };
  return [
    referral("sdk", "this SDK (toNodeMiddleware, full validation)"),
    referral("fastify", "this SDK (Fastify 5 plugin, full validation)"),
    referral("bare", "bare node:http (URLSearchParams + JSON.parse)"),
    referral("bareTwin", "the same bare server, processes of its own (A/A)"),
    {
      id: "octokit",
      name: "@octokit/webhooks createNodeMiddleware (HMAC + JSON)",
      server: "octokit",
      path: "/",
      headers: octokitHeaders(payload),
      body: payload,
    },
    referral("floor", "floor: node:http reading the body, no parsing"),
    referral("fastifyFloor", "floor on Fastify 5: an onRequest hook reading the body"),
    {
      id: "emma",
      name: `Emma toNodeMiddleware, ${emmaBody.length}-byte JSON + token`,
      server: "emma",
      path: `/?token=${benchToken}`,
      headers: json,
      body: emmaBody,
    },
    {
      id: "octokitEmma",
      name: "@octokit/webhooks on the same JSON + HMAC",
      server: "octokit",
      path: "/",
      headers: octokitHeaders(emmaBody),
      body: emmaBody,
    },
  ];
}
