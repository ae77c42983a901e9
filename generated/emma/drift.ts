// This file was written by scripts/generate.ts (npm run generate) from openapi/emma.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
import type { DriftNode } from "../drift-node.js";
import type { EmmaEventName } from "./webhooks.js";

const n0: DriftNode = {
  at: "openapi/emma/schemas/mailing-events.yaml#/MailingEventBase/properties",
  members: {
    account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
    member_id: { at: "openapi/emma/schemas/common.yaml#/MemberId" },
    mailing_id: { at: "openapi/emma/schemas/common.yaml#/MailingId" },
    subject: { at: "openapi/emma/schemas/common.yaml#/MailingSubject" },
    timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
  },
};
const n1: DriftNode = {
  at: "openapi/emma/schemas/mailing-events.yaml#/SocialNetwork",
  known: ["fb", "tw"],
  knownAt: "openapi/emma/schemas/mailing-events.yaml#/SocialNetwork/examples",
};
const n2: DriftNode = {
  at: "openapi/emma/schemas/common.yaml#/IdList",
  items: { at: "openapi/emma/schemas/common.yaml#/IdList/oneOf/0/items" },
};
const n3: DriftNode = {
  at: "openapi/emma/schemas/member-events.yaml#/MemberEventBase/properties",
  members: {
    member_id: { at: "openapi/emma/schemas/common.yaml#/MemberId" },
    account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
    timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
  },
};
const n4: DriftNode = {
  at: "openapi/emma/schemas/group-events.yaml#/GroupMembershipBase/properties",
  members: {
    member_ids: n2,
    account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
    timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
    group_ids: n2,
  },
};
const n5: DriftNode = {
  at: "openapi/emma/schemas/field-import-events.yaml#/FieldEventBase/properties",
  members: {
    field_id: {
      at: "openapi/emma/schemas/field-import-events.yaml#/FieldEventBase/properties/field_id",
    },
    account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
    timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
    resource_url: { at: "openapi/emma/schemas/common.yaml#/ResourceUrl" },
  },
};

/**
 * What the spec describes of each Emma webhook's body, for drift reports (see
 * `DriftNode`). Internal: the receivers import it only once an `onDrift` handler is registered.
 */
export const emmaDriftTree: Readonly<Record<EmmaEventName, DriftNode>> = {
  member_signup: {
    at: "openapi/emma/webhooks/member-events.yaml#/member_signup/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/member-events.yaml#/member_signup/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: {
        at: "openapi/emma/schemas/member-events.yaml#/MemberSignupData/properties",
        members: {
          account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
          member_id: { at: "openapi/emma/schemas/common.yaml#/MemberId" },
          mailing_id: { at: "openapi/emma/schemas/common.yaml#/MailingId" },
        },
      },
    },
  },
  message_open: {
    at: "openapi/emma/webhooks/mailing-events.yaml#/message_open/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/mailing-events.yaml#/message_open/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: n0,
    },
  },
  message_click: {
    at: "openapi/emma/webhooks/mailing-events.yaml#/message_click/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/mailing-events.yaml#/message_click/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: {
        at: "openapi/emma/schemas/mailing-events.yaml#/MessageClickData/properties",
        members: {
          link_id: {
            at: "openapi/emma/schemas/mailing-events.yaml#/MessageClickData/properties/link_id",
          },
          account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
          member_id: { at: "openapi/emma/schemas/common.yaml#/MemberId" },
          mailing_id: { at: "openapi/emma/schemas/common.yaml#/MailingId" },
          subject: { at: "openapi/emma/schemas/common.yaml#/MailingSubject" },
          timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
        },
      },
    },
  },
  member_optout: {
    at: "openapi/emma/webhooks/mailing-events.yaml#/member_optout/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/mailing-events.yaml#/member_optout/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: n0,
    },
  },
  message_share: {
    at: "openapi/emma/webhooks/sharing-events.yaml#/message_share/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/sharing-events.yaml#/message_share/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: {
        at: "openapi/emma/schemas/mailing-events.yaml#/MessageShareData/properties",
        members: {
          network: n1,
          account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
          member_id: { at: "openapi/emma/schemas/common.yaml#/MemberId" },
          mailing_id: { at: "openapi/emma/schemas/common.yaml#/MailingId" },
          subject: { at: "openapi/emma/schemas/common.yaml#/MailingSubject" },
          timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
        },
      },
    },
  },
  message_share_click: {
    at: "openapi/emma/webhooks/sharing-events.yaml#/message_share_click/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/sharing-events.yaml#/message_share_click/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: {
        at: "openapi/emma/schemas/mailing-events.yaml#/MessageShareClickData/properties",
        members: {
          network: n1,
          account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
          member_id: { at: "openapi/emma/schemas/common.yaml#/MemberId" },
          mailing_id: { at: "openapi/emma/schemas/common.yaml#/MailingId" },
          subject: { at: "openapi/emma/schemas/common.yaml#/MailingSubject" },
          timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
        },
      },
    },
  },
  message_forward: {
    at: "openapi/emma/webhooks/sharing-events.yaml#/message_forward/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/sharing-events.yaml#/message_forward/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: n0,
    },
  },
  mailing_finish: {
    at: "openapi/emma/webhooks/mailing-events.yaml#/mailing_finish/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/mailing-events.yaml#/mailing_finish/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: {
        at: "openapi/emma/schemas/mailing-events.yaml#/MailingFinishData/properties",
        members: {
          mailing_id: { at: "openapi/emma/schemas/common.yaml#/MailingId" },
          account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
          subject: { at: "openapi/emma/schemas/common.yaml#/MailingSubject" },
          timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
        },
      },
    },
  },
  import_finish: {
    at: "openapi/emma/webhooks/field-import-events.yaml#/import_finish/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/field-import-events.yaml#/import_finish/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: {
        at: "openapi/emma/schemas/field-import-events.yaml#/ImportFinishData/properties",
        members: {
          import_id: {
            at: "openapi/emma/schemas/field-import-events.yaml#/ImportFinishData/properties/import_id",
          },
          account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
          timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
          resource_url: { at: "openapi/emma/schemas/common.yaml#/ResourceUrl" },
          group_ids: {
            at: "openapi/emma/schemas/field-import-events.yaml#/ImportFinishData/properties/group_ids",
            items: {
              at: "openapi/emma/schemas/field-import-events.yaml#/ImportFinishData/properties/group_ids/items",
            },
          },
          contact_count: {
            at: "openapi/emma/schemas/field-import-events.yaml#/ImportFinishData/properties/contact_count",
          },
        },
      },
    },
  },
  member_add: {
    at: "openapi/emma/webhooks/member-events.yaml#/member_add/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/member-events.yaml#/member_add/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: {
        at: "openapi/emma/schemas/member-events.yaml#/MemberAddData/properties",
        members: {
          signup_form_id: {
            at: "openapi/emma/schemas/member-events.yaml#/MemberAddData/properties/signup_form_id",
          },
          resource_url: { at: "openapi/emma/schemas/common.yaml#/ResourceUrl" },
          group_ids: n2,
          member_id: { at: "openapi/emma/schemas/common.yaml#/MemberId" },
          account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
          timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
        },
      },
      resource_url: { at: "openapi/emma/schemas/common.yaml#/ResourceUrl" },
    },
  },
  member_update: {
    at: "openapi/emma/webhooks/member-events.yaml#/member_update/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/member-events.yaml#/member_update/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: n3,
    },
  },
  member_delete: {
    at: "openapi/emma/webhooks/member-events.yaml#/member_delete/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/member-events.yaml#/member_delete/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: n3,
    },
  },
  member_add_to_group: {
    at: "openapi/emma/webhooks/group-events.yaml#/member_add_to_group/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/group-events.yaml#/member_add_to_group/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: n4,
    },
  },
  member_remove_from_group: {
    at: "openapi/emma/webhooks/group-events.yaml#/member_remove_from_group/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/group-events.yaml#/member_remove_from_group/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: n4,
    },
  },
  group_create: {
    at: "openapi/emma/webhooks/group-events.yaml#/group_create/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/group-events.yaml#/group_create/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: {
        at: "openapi/emma/schemas/group-events.yaml#/GroupCreateData/properties",
        members: {
          group_name: { at: "openapi/emma/schemas/group-events.yaml#/GroupName" },
          group_id: {
            at: "openapi/emma/schemas/group-events.yaml#/GroupEventBase/properties/group_id",
          },
          account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
          timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
          resource_url: { at: "openapi/emma/schemas/common.yaml#/ResourceUrl" },
        },
      },
    },
  },
  group_delete: {
    at: "openapi/emma/webhooks/group-events.yaml#/group_delete/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/group-events.yaml#/group_delete/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: {
        at: "openapi/emma/schemas/group-events.yaml#/GroupEventBase/properties",
        members: {
          group_id: {
            at: "openapi/emma/schemas/group-events.yaml#/GroupEventBase/properties/group_id",
          },
          account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
          timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
          resource_url: { at: "openapi/emma/schemas/common.yaml#/ResourceUrl" },
        },
      },
    },
  },
  group_update: {
    at: "openapi/emma/webhooks/group-events.yaml#/group_update/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/group-events.yaml#/group_update/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: {
        at: "openapi/emma/schemas/group-events.yaml#/GroupUpdateData/properties",
        members: {
          group_name: { at: "openapi/emma/schemas/group-events.yaml#/GroupName" },
          group_id: {
            at: "openapi/emma/schemas/group-events.yaml#/GroupEventBase/properties/group_id",
          },
          account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
          timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
          resource_url: { at: "openapi/emma/schemas/common.yaml#/ResourceUrl" },
        },
      },
    },
  },
  field_create: {
    at: "openapi/emma/webhooks/field-import-events.yaml#/field_create/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/field-import-events.yaml#/field_create/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: n5,
    },
  },
  field_delete: {
    at: "openapi/emma/webhooks/field-import-events.yaml#/field_delete/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/field-import-events.yaml#/field_delete/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: n5,
    },
  },
  field_update: {
    at: "openapi/emma/webhooks/field-import-events.yaml#/field_update/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/field-import-events.yaml#/field_update/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: n5,
    },
  },
  member_status_update: {
    at: "openapi/emma/webhooks/member-events.yaml#/member_status_update/post/requestBody/content/application~1json/schema/properties",
    members: {
      event_name: {
        at: "openapi/emma/webhooks/member-events.yaml#/member_status_update/post/requestBody/content/application~1json/schema/properties/event_name",
      },
      data: {
        at: "openapi/emma/schemas/member-events.yaml#/MemberStatusUpdateData/properties",
        members: {
          member_ids: n2,
          account_id: { at: "openapi/emma/schemas/common.yaml#/DeliveredAccountId" },
          new_status: {
            at: "openapi/emma/schemas/member-events.yaml#/MemberStatus",
            known: ["active"],
            knownAt: "openapi/emma/schemas/member-events.yaml#/MemberStatus/examples",
          },
          timestamp: { at: "openapi/emma/schemas/common.yaml#/Timestamp" },
        },
      },
    },
  },
};
