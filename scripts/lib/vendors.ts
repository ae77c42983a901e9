/** The two contracts the generator reads, and how each one carries its payload. */
export interface VendorConfig {
  /** Folder and file stem under `generated/`. */
  readonly id: "talkable" | "emma";
  /** Prefix for generated TypeScript names. */
  readonly prefix: "Talkable" | "Emma";
  /** Root document of the hand-written spec, inside the spec folder (`openapi/`). */
  readonly file: string;
  /** The one media type every webhook request body of this vendor uses. */
  readonly mediaType: string;
  /** The request body property whose `$ref` names the payload component. */
  readonly payloadProperty: string;
  /** The request body property whose `const` must equal the webhook's name. */
  readonly tagProperty: string;
  /** Name of the generated `as const` tuple of webhook names, and of its union type. */
  readonly namesConst: string;
  readonly nameType: string;
}

export const vendors: readonly VendorConfig[] = [
  {
    id: "talkable",
    prefix: "Talkable",
    file: "talkable.yaml",
    mediaType: "application/x-www-form-urlencoded",
    payloadProperty: "payload",
    tagProperty: "type",
    namesConst: "talkableWebhookTypes",
    nameType: "TalkableWebhookType",
  },
  {
    id: "emma",
    prefix: "Emma",
    file: "emma.yaml",
    mediaType: "application/json",
    payloadProperty: "data",
    tagProperty: "event_name",
    namesConst: "emmaEventNames",
    nameType: "EmmaEventName",
  },
];
