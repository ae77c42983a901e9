/** The two contracts the generator reads, and how each one carries its payload. */
export interface VendorConfig {
  /** Folder and file stem under `generated/`. */
  readonly id: "talkable" | "emma";
  /** Prefix for generated TypeScript names. */
  readonly prefix: "Talkable" | "Emma";
  /** Root document of the hand-written spec. */
  readonly root: string;
  /** The one media type every webhook request body of this vendor uses. */
  readonly mediaType: string;
  /** The request body property whose `$ref` names the payload component. */
  readonly payloadProperty: string;
  /** Name of the generated `as const` tuple of webhook names, and of its union type. */
  readonly namesConst: string;
  readonly nameType: string;
}

export const vendors: readonly VendorConfig[] = [
  {
    id: "talkable",
    prefix: "Talkable",
    root: "openapi/talkable.yaml",
    mediaType: "application/x-www-form-urlencoded",
    payloadProperty: "payload",
    namesConst: "talkableWebhookTypes",
    nameType: "TalkableWebhookType",
  },
  {
    id: "emma",
    prefix: "Emma",
    root: "openapi/emma.yaml",
    mediaType: "application/json",
    payloadProperty: "data",
    namesConst: "emmaEventNames",
    nameType: "EmmaEventName",
  },
];
