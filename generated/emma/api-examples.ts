// This file was written by scripts/generate.ts (npm run generate) from openapi/emma.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import type { operations } from "./types.js";

/** Named examples of every management API body, by operationId and `request` or status. */
export interface EmmaApiExampleCatalog {
  readonly listWebhooks: {
    readonly "200": Readonly<
      Record<"default", operations["listWebhooks"]["responses"][200]["content"]["application/json"]>
    >;
    readonly "401": Readonly<
      Record<"default", operations["listWebhooks"]["responses"][401]["content"]["application/json"]>
    >;
  };
  readonly createWebhook: {
    readonly request: Readonly<
      Record<
        "default",
        NonNullable<operations["createWebhook"]["requestBody"]>["content"]["application/json"]
      >
    >;
    readonly "200": Readonly<
      Record<
        "default",
        operations["createWebhook"]["responses"][200]["content"]["application/json"]
      >
    >;
    readonly "400": Readonly<
      Record<
        "default",
        operations["createWebhook"]["responses"][400]["content"]["application/json"]
      >
    >;
    readonly "401": Readonly<
      Record<
        "default",
        operations["createWebhook"]["responses"][401]["content"]["application/json"]
      >
    >;
  };
  readonly deleteAllWebhooks: {
    readonly "200": Readonly<
      Record<
        "default",
        operations["deleteAllWebhooks"]["responses"][200]["content"]["application/json"]
      >
    >;
    readonly "401": Readonly<
      Record<
        "default",
        operations["deleteAllWebhooks"]["responses"][401]["content"]["application/json"]
      >
    >;
  };
  readonly listWebhookEvents: {
    readonly "200": Readonly<
      Record<
        "default",
        operations["listWebhookEvents"]["responses"][200]["content"]["application/json"]
      >
    >;
    readonly "401": Readonly<
      Record<
        "default",
        operations["listWebhookEvents"]["responses"][401]["content"]["application/json"]
      >
    >;
  };
  readonly getWebhook: {
    readonly "200": Readonly<
      Record<"default", operations["getWebhook"]["responses"][200]["content"]["application/json"]>
    >;
    readonly "401": Readonly<
      Record<"default", operations["getWebhook"]["responses"][401]["content"]["application/json"]>
    >;
    readonly "404": Readonly<
      Record<"default", operations["getWebhook"]["responses"][404]["content"]["application/json"]>
    >;
  };
  readonly updateWebhook: {
    readonly request: Readonly<
      Record<
        "default",
        NonNullable<operations["updateWebhook"]["requestBody"]>["content"]["application/json"]
      >
    >;
    readonly "200": Readonly<
      Record<
        "default",
        operations["updateWebhook"]["responses"][200]["content"]["application/json"]
      >
    >;
    readonly "400": Readonly<
      Record<
        "default",
        operations["updateWebhook"]["responses"][400]["content"]["application/json"]
      >
    >;
    readonly "401": Readonly<
      Record<
        "default",
        operations["updateWebhook"]["responses"][401]["content"]["application/json"]
      >
    >;
    readonly "404": Readonly<
      Record<
        "default",
        operations["updateWebhook"]["responses"][404]["content"]["application/json"]
      >
    >;
  };
  readonly deleteWebhook: {
    readonly "200": Readonly<
      Record<
        "default",
        operations["deleteWebhook"]["responses"][200]["content"]["application/json"]
      >
    >;
    readonly "401": Readonly<
      Record<
        "default",
        operations["deleteWebhook"]["responses"][401]["content"]["application/json"]
      >
    >;
    readonly "404": Readonly<
      Record<
        "default",
        operations["deleteWebhook"]["responses"][404]["content"]["application/json"]
      >
    >;
  };
}

const catalog = {
  listWebhooks: {
    "200": {
      default: [
        {
          url: "https://hooks.example.com/emma?token=q7Xv2kR9mT4wZ8pL3nB6yH1cF5dJ0sGa",
          webhook_id: 88,
          method: "POST",
          account_id: 1759,
          event: "message_click",
        },
        {
          url: "https://hooks.example.com/emma?token=q7Xv2kR9mT4wZ8pL3nB6yH1cF5dJ0sGa",
          webhook_id: 89,
          method: "GET",
          account_id: 1759,
          event: "member_signup",
        },
      ],
    },
    "401": {
      default: {
        error: "Authorization failed.",
      },
    },
  },
  createWebhook: {
    request: {
      default: {
        event: "message_click",
        url: "https://hooks.example.com/emma?token=q7Xv2kR9mT4wZ8pL3nB6yH1cF5dJ0sGa",
        method: "POST",
      },
    },
    "200": {
      default: 88,
    },
    "400": {
      default: {
        error: "Invalid event name.",
      },
    },
    "401": {
      default: {
        error: "Authorization failed.",
      },
    },
  },
  deleteAllWebhooks: {
    "200": {
      default: true,
    },
    "401": {
      default: {
        error: "Authorization failed.",
      },
    },
  },
  listWebhookEvents: {
    "200": {
      default: [
        {
          event_name: "mailing_start",
          webhook_event_id: 1,
          description: "A mailing started sending.",
        },
        {
          event_name: "mailing_finish",
          webhook_event_id: 2,
          description: "A mailing finished sending.",
        },
        {
          event_name: "member_signup",
          webhook_event_id: 3,
          description: "Someone signed up.",
        },
        {
          event_name: "message_open",
          webhook_event_id: 4,
          description: "A member opened a mailing.",
        },
        {
          event_name: "message_click",
          webhook_event_id: 5,
          description: "A member clicked a link in a mailing.",
        },
        {
          event_name: "member_optout",
          webhook_event_id: 6,
          description: "A member opted out.",
        },
        {
          event_name: "message_share",
          webhook_event_id: 7,
          description: "A member shared a mailing.",
        },
        {
          event_name: "message_share_click",
          webhook_event_id: 8,
          description: "Someone clicked a shared mailing.",
        },
        {
          event_name: "message_forward",
          webhook_event_id: 9,
          description: "A member forwarded a mailing.",
        },
        {
          event_name: "import_finish",
          webhook_event_id: 10,
          description: "A member import finished.",
        },
        {
          event_name: "member_add",
          webhook_event_id: 11,
          description: "A member was added.",
        },
        {
          event_name: "member_update",
          webhook_event_id: 12,
          description: "A member was updated.",
        },
        {
          event_name: "member_delete",
          webhook_event_id: 13,
          description: "A member was deleted.",
        },
        {
          event_name: "member_add_to_group",
          webhook_event_id: 14,
          description: "Members were added to groups.",
        },
        {
          event_name: "member_remove_from_group",
          webhook_event_id: 15,
          description: "Members were removed from groups.",
        },
        {
          event_name: "group_create",
          webhook_event_id: 16,
          description: "A group was created.",
        },
        {
          event_name: "group_delete",
          webhook_event_id: 17,
          description: "A group was deleted.",
        },
        {
          event_name: "group_update",
          webhook_event_id: 18,
          description: "A group was updated.",
        },
        {
          event_name: "field_create",
          webhook_event_id: 19,
          description: "A custom field was created.",
        },
        {
          event_name: "field_delete",
          webhook_event_id: 20,
          description: "A custom field was deleted.",
        },
        {
          event_name: "field_update",
          webhook_event_id: 21,
          description: "A custom field was updated.",
        },
        {
          event_name: "member_status_update",
          webhook_event_id: 22,
          description: "Members changed status.",
        },
      ],
    },
    "401": {
      default: {
        error: "Authorization failed.",
      },
    },
  },
  getWebhook: {
    "200": {
      default: {
        url: "https://hooks.example.com/emma?token=q7Xv2kR9mT4wZ8pL3nB6yH1cF5dJ0sGa",
        webhook_id: 88,
        method: "POST",
        account_id: 1759,
        event: "message_click",
      },
    },
    "401": {
      default: {
        error: "Authorization failed.",
      },
    },
    "404": {
      default: {
        error: "Unable to find webhook with id 999.",
      },
    },
  },
  updateWebhook: {
    request: {
      default: {
        url: "https://hooks.example.com/emma?token=Hc4Wn8sQ1vYe6Ru3Kx9Tb2Mg7Lp5Zf0D",
      },
    },
    "200": {
      default: 88,
    },
    "400": {
      default: {
        error: "Invalid event name.",
      },
    },
    "401": {
      default: {
        error: "Authorization failed.",
      },
    },
    "404": {
      default: {
        error: "Unable to find webhook with id 999.",
      },
    },
  },
  deleteWebhook: {
    "200": {
      default: true,
    },
    "401": {
      default: {
        error: "Authorization failed.",
      },
    },
    "404": {
      default: {
        error: "Unable to find webhook with id 999.",
      },
    },
  },
} satisfies EmmaApiExampleCatalog;

/** The spec's management API examples, typed per operation and body. */
export const emmaApiExamples: EmmaApiExampleCatalog = catalog;
