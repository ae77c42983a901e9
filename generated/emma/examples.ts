// This file was written by scripts/generate.ts (npm run generate) from openapi/emma.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import type { EmmaAnswers, EmmaBodies, EmmaEventName } from "./webhooks.js";

/** The names of each webhook's examples in the spec; the first is the default. */
export const emmaExampleNames = {
  member_signup: ["default"],
  message_open: ["default"],
  message_click: ["default"],
  member_optout: ["default"],
  message_share: ["default"],
  message_share_click: ["default"],
  message_forward: ["default"],
  mailing_finish: ["default"],
  import_finish: ["default"],
  member_add: ["default", "imported"],
  member_update: ["default"],
  member_delete: ["default"],
  member_add_to_group: ["default", "all_members", "sample"],
  member_remove_from_group: ["default", "sample"],
  group_create: ["default"],
  group_delete: ["default"],
  group_update: ["default"],
  field_create: ["default"],
  field_delete: ["default"],
  field_update: ["default"],
  member_status_update: ["default", "sample"],
} as const;

/** One named example: its summary and the decoded request body. */
export interface EmmaExample<K extends EmmaEventName> {
  readonly summary: string;
  readonly value: EmmaBodies[K];
}

/** Every example of every webhook, keyed by webhook name and example name. */
export type EmmaExampleCatalog = {
  readonly [K in EmmaEventName]: {
    readonly [N in (typeof emmaExampleNames)[K][number]]: EmmaExample<K>;
  };
};

const catalog = {
  member_signup: {
    "default": { summary: "Member 200061 signed up", value: {
      "event_name": "member_signup",
      "data": {
        "account_id": 1759,
        "member_id": 200061,
        "mailing_id": 40713
      }
    } },
  },
  message_open: {
    "default": { summary: "Member 200061 opened mailing 40713", value: {
      "event_name": "message_open",
      "data": {
        "account_id": 1759,
        "member_id": 200061,
        "mailing_id": 40713,
        "subject": "November newsletter",
        "timestamp": "2026-11-02T15:04:05Z"
      }
    } },
  },
  message_click: {
    "default": { summary: "Member 200061 clicked link 8817", value: {
      "event_name": "message_click",
      "data": {
        "account_id": 1759,
        "member_id": 200061,
        "mailing_id": 40713,
        "subject": "November newsletter",
        "timestamp": "2026-11-02T15:04:05Z",
        "link_id": 8817
      }
    } },
  },
  member_optout: {
    "default": { summary: "Member 200061 opted out from mailing 40713", value: {
      "event_name": "member_optout",
      "data": {
        "account_id": 1759,
        "member_id": 200061,
        "mailing_id": 40713,
        "subject": "November newsletter",
        "timestamp": "2026-11-02T15:04:05Z"
      }
    } },
  },
  message_share: {
    "default": { summary: "Member 200061 shared mailing 40713", value: {
      "event_name": "message_share",
      "data": {
        "account_id": 1759,
        "member_id": 200061,
        "mailing_id": 40713,
        "subject": "November newsletter",
        "timestamp": "2026-11-02T15:04:05Z",
        "network": "fb"
      }
    } },
  },
  message_share_click: {
    "default": { summary: "A click on a share of mailing 40713", value: {
      "event_name": "message_share_click",
      "data": {
        "account_id": 1759,
        "member_id": 200061,
        "mailing_id": 40713,
        "subject": "November newsletter",
        "timestamp": "2026-11-02T15:04:05Z",
        "network": "tw"
      }
    } },
  },
  message_forward: {
    "default": { summary: "Member 200061 forwarded mailing 40713", value: {
      "event_name": "message_forward",
      "data": {
        "account_id": 1759,
        "member_id": 200061,
        "mailing_id": 40713,
        "subject": "November newsletter",
        "timestamp": "2026-11-02T15:04:05Z"
      }
    } },
  },
  mailing_finish: {
    "default": { summary: "Mailing 40713 finished", value: {
      "event_name": "mailing_finish",
      "data": {
        "mailing_id": 40713,
        "account_id": 1759,
        "subject": "November newsletter",
        "timestamp": "2026-11-02T15:04:05Z"
      }
    } },
  },
  import_finish: {
    "default": { summary: "Import 5120 finished", value: {
      "event_name": "import_finish",
      "data": {
        "import_id": 5120,
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z",
        "resource_url": "https://api.e2ma.net/1759/imports/5120"
      }
    } },
  },
  member_add: {
    "default": { summary: "Member 200061 added through signup form 3011", value: {
      "event_name": "member_add",
      "data": {
        "member_id": 200061,
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z",
        "signup_form_id": 3011,
        "resource_url": "https://api.e2ma.net/1759/members/200061"
      }
    } },
    "imported": { summary: "Member 200062 added by an import (the shape of a real delivery)", value: {
      "event_name": "member_add",
      "resource_url": "https://api.e2ma.net/1759/members/200062",
      "data": {
        "signup_form_id": null,
        "timestamp": "@D:2026-11-02T15:04:05",
        "group_ids": [
          1544
        ],
        "account_id": 1759,
        "member_id": 200062
      }
    } },
  },
  member_update: {
    "default": { summary: "Member 200061 updated", value: {
      "event_name": "member_update",
      "data": {
        "member_id": 200061,
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z"
      }
    } },
  },
  member_delete: {
    "default": { summary: "Member 200061 deleted", value: {
      "event_name": "member_delete",
      "data": {
        "member_id": 200061,
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z"
      }
    } },
  },
  member_add_to_group: {
    "default": { summary: "Two members added to group 1544", value: {
      "event_name": "member_add_to_group",
      "data": {
        "member_ids": [
          200061,
          200062
        ],
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z",
        "group_ids": [
          1544
        ]
      }
    } },
    "all_members": { summary: "Every member added to group 1544", value: {
      "event_name": "member_add_to_group",
      "data": {
        "member_ids": "all",
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z",
        "group_ids": [
          1544
        ]
      }
    } },
    "sample": { summary: "The reference sample, which carries member_ids alone", value: {
      "event_name": "member_add_to_group",
      "data": {
        "member_ids": [
          200061,
          200062
        ]
      }
    } },
  },
  member_remove_from_group: {
    "default": { summary: "Two members removed from group 1544", value: {
      "event_name": "member_remove_from_group",
      "data": {
        "member_ids": [
          200061,
          200062
        ],
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z",
        "group_ids": [
          1544
        ]
      }
    } },
    "sample": { summary: "The reference sample, which carries member_ids alone", value: {
      "event_name": "member_remove_from_group",
      "data": {
        "member_ids": [
          200061,
          200062
        ]
      }
    } },
  },
  group_create: {
    "default": { summary: "Group 1544 created", value: {
      "event_name": "group_create",
      "data": {
        "group_id": 1544,
        "group_name": "VIP customers",
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z",
        "resource_url": "https://api.e2ma.net/1759/groups/1544"
      }
    } },
  },
  group_delete: {
    "default": { summary: "Group 1544 deleted", value: {
      "event_name": "group_delete",
      "data": {
        "group_id": 1544,
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z",
        "resource_url": "https://api.e2ma.net/1759/groups/1544"
      }
    } },
  },
  group_update: {
    "default": { summary: "Group 1544 updated", value: {
      "event_name": "group_update",
      "data": {
        "group_id": 1544,
        "group_name": "VIP customers",
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z",
        "resource_url": "https://api.e2ma.net/1759/groups/1544"
      }
    } },
  },
  field_create: {
    "default": { summary: "Field 77 created", value: {
      "event_name": "field_create",
      "data": {
        "field_id": 77,
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z",
        "resource_url": "https://api.e2ma.net/1759/fields/77"
      }
    } },
  },
  field_delete: {
    "default": { summary: "Field 77 deleted", value: {
      "event_name": "field_delete",
      "data": {
        "field_id": 77,
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z",
        "resource_url": "https://api.e2ma.net/1759/fields/77"
      }
    } },
  },
  field_update: {
    "default": { summary: "Field 77 updated", value: {
      "event_name": "field_update",
      "data": {
        "field_id": 77,
        "account_id": 1759,
        "timestamp": "2026-11-02T15:04:05Z",
        "resource_url": "https://api.e2ma.net/1759/fields/77"
      }
    } },
  },
  member_status_update: {
    "default": { summary: "Member 200061 became active", value: {
      "event_name": "member_status_update",
      "data": {
        "member_ids": [
          200061
        ],
        "account_id": 1759,
        "new_status": "active",
        "timestamp": "2026-11-02T15:04:05Z"
      }
    } },
    "sample": { summary: "The reference sample, which carries member_ids alone", value: {
      "event_name": "member_status_update",
      "data": {
        "member_ids": [
          200061
        ]
      }
    } },
  },
} satisfies EmmaExampleCatalog;

/** The spec's request examples, typed per webhook. */
export const emmaExamples: EmmaExampleCatalog = catalog;

/** The spec's examples of the JSON answers a receiver sends back. */
export type EmmaAnswerExamples = {
  readonly [K in never]: Readonly<Record<string, { readonly summary: string; readonly value: EmmaAnswers[K] }>>;
};

const answerCatalog = {

} satisfies EmmaAnswerExamples;

/** The spec's answer examples, typed per webhook. */
export const emmaAnswerExamples: EmmaAnswerExamples = answerCatalog;
