// This file was written by scripts/generate.ts (npm run generate) from openapi/emma.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
/* eslint-disable */
export interface paths {
  "/{account_id}/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Emma account. */
        account_id: components["parameters"]["AccountId"];
      };
      cookie?: never;
    };
    /**
     * List the account's webhooks
     * @description Returns every webhook registered on the account.
     */
    get: operations["listWebhooks"];
    put?: never;
    /**
     * Register a webhook
     * @description Subscribes a callback URL to one event and returns the id of the new webhook. Emma documents a plain success answer carrying the id, not a 201 with a resource, so 200 is described here.
     */
    post: operations["createWebhook"];
    /**
     * Delete all of the account's webhooks
     * @description Removes every webhook registered on the account; Emma answers `true`.
     */
    delete: operations["deleteAllWebhooks"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{account_id}/webhooks/events": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Emma account. */
        account_id: components["parameters"]["AccountId"];
      };
      cookie?: never;
    };
    /**
     * List the webhook events
     * @description Returns the events a webhook can subscribe to. Besides the events described under `webhooks`, Emma lists `mailing_start`, whose delivery payload it does not document.
     */
    get: operations["listWebhookEvents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{account_id}/webhooks/{webhook_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Emma account. */
        account_id: components["parameters"]["AccountId"];
        /** @description Id of the webhook. */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };
    /**
     * Get one webhook
     * @description Returns one webhook of the account by its id.
     */
    get: operations["getWebhook"];
    /**
     * Change a webhook
     * @description Changes the event, URL, method or public key of a webhook; fields left out keep their value. Returns the webhook's id.
     */
    put: operations["updateWebhook"];
    post?: never;
    /**
     * Delete a webhook
     * @description Removes one webhook; Emma answers `true`.
     */
    delete: operations["deleteWebhook"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  member_signup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Someone signed up
     * @description Fires when a person signs up and becomes a member; Emma includes the related mailing. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["memberSignup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  message_open: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A member opened a mailing
     * @description Fires when a member opens a mailing. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["messageOpen"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  message_click: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A member clicked a link in a mailing
     * @description Fires when a member clicks a tracked link in a mailing. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["messageClick"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  member_optout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A member opted out from a mailing
     * @description Fires when a member opts out (unsubscribes) through a mailing. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["memberOptout"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  message_share: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A member shared a mailing on a social network
     * @description Fires when a member shares a mailing on a social network. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["messageShare"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  message_share_click: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Someone clicked a shared mailing
     * @description Fires when someone clicks a link to a mailing that a member shared on a social network. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["messageShareClick"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  message_forward: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A member forwarded a mailing
     * @description Fires when a member forwards a mailing to someone else. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["messageForward"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  mailing_finish: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A mailing finished sending
     * @description Fires when a mailing has finished sending. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["mailingFinish"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  import_finish: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A member import finished
     * @description Fires when a member import has finished. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["importFinish"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  member_add: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A member was added
     * @description Fires when a member is added to the account's audience. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["memberAdd"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  member_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A member was updated
     * @description Fires when a member's details change. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["memberUpdate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  member_delete: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A member was deleted
     * @description Fires when a member is deleted. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["memberDelete"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  member_add_to_group: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Members were added to groups
     * @description Fires when members are added to one or more groups. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["memberAddToGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  member_remove_from_group: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Members were removed from groups
     * @description Fires when members are removed from one or more groups. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["memberRemoveFromGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  group_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A group was created
     * @description Fires when a group is created. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["groupCreate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  group_delete: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A group was deleted
     * @description Fires when a group is deleted. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["groupDelete"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  group_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A group was updated
     * @description Fires when a group is changed, for example renamed. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["groupUpdate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  field_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A custom field was created
     * @description Fires when a custom member field is created. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["fieldCreate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  field_delete: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A custom field was deleted
     * @description Fires when a custom member field is deleted. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["fieldDelete"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  field_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A custom field was updated
     * @description Fires when a custom member field is changed. Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["fieldUpdate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  member_status_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Members changed status
     * @description Fires when the status of one or more members changes (for example to opted out). Answer with any 2xx to acknowledge it. Emma documents no retry policy; the SDK answers non-2xx only for a bad delivery (4xx) or a failed handler (500).
     */
    post: operations["memberStatusUpdate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /**
     * @description Id of the Emma account the event belongs to. Receivers that serve one account can compare it with their own account id as a second check after the callback token. In a delivery's `data` it is optional (see DeliveredAccountId).
     * @example 1759
     */
    AccountId: number;
    /**
     * @description Emma's answer to a successful delete.
     * @constant
     */
    DeletedFlag: true;
    /** @description `account_id` as a delivery carries it: optional and nullable like every delivered value, because Emma documents placeholders rather than types. When present it must be an integer (or null), which is what the receiver's `accountId` check compares; a delivery without it is left to that check's policy rather than refused by the contract. */
    DeliveredAccountId: components["schemas"]["AccountId"] | null;
    /** @description Error body of the management API. Emma does not document its exact wording, so only the presence of `error` should be relied on, not its text. */
    ErrorResponse: {
      /** @description Human-readable reason. */
      error: string;
    };
    /**
     * @description Name of a webhook event, as returned by listWebhookEvents (for example `message_click`). Kept an open string because Emma's event list can grow.
     * @example message_click
     */
    EventName: string;
    FieldCreateData: components["schemas"]["FieldEventBase"];
    FieldDeleteData: components["schemas"]["FieldEventBase"];
    /** @description Fields Emma lists for every custom field change event. None is required and each may be null, because Emma documents placeholders rather than types. Unknown fields are accepted. */
    FieldEventBase: {
      /** @description Id of the custom member field; null accepted, as for every delivered value. */
      field_id?: number | null;
      account_id?: components["schemas"]["DeliveredAccountId"];
      timestamp?: components["schemas"]["Timestamp"];
      resource_url?: components["schemas"]["ResourceUrl"];
    };
    FieldUpdateData: components["schemas"]["FieldEventBase"];
    /** @description `data` of `group_create`: the group fields plus the new group's name. Unknown fields are accepted, because Emma may add data elements without notice. */
    GroupCreateData: {
      group_name?: components["schemas"]["GroupName"];
    } & components["schemas"]["GroupEventBase"];
    GroupDeleteData: components["schemas"]["GroupEventBase"];
    /** @description Fields Emma lists for every group change event. None is required and each may be null, because Emma documents placeholders rather than types. Unknown fields are accepted. */
    GroupEventBase: {
      /** @description Id of the group; null accepted, as for every delivered value. */
      group_id?: number | null;
      account_id?: components["schemas"]["DeliveredAccountId"];
      timestamp?: components["schemas"]["Timestamp"];
      resource_url?: components["schemas"]["ResourceUrl"];
    };
    /** @description Fields of the two group membership events. Either list may be the string `all`. Emma's page lists four fields, but its sample deliveries carry `member_ids` alone, so none is required and each may be null. Unknown fields are accepted. */
    GroupMembershipBase: {
      member_ids?: components["schemas"]["IdList"];
      account_id?: components["schemas"]["DeliveredAccountId"];
      timestamp?: components["schemas"]["Timestamp"];
      group_ids?: components["schemas"]["IdList"];
    };
    /**
     * @description Name of the group (its new name, for an update); null accepted, as for every delivered value.
     * @example VIP customers
     */
    GroupName: string | null;
    /** @description `data` of `group_update`: the group fields plus the group's current name. Unknown fields are accepted, because Emma may add data elements without notice. */
    GroupUpdateData: {
      group_name?: components["schemas"]["GroupName"];
    } & components["schemas"]["GroupEventBase"];
    /**
     * @description A list of integer ids, or the string `all`. Emma sends `all` instead of an array when an operation affected every member or every group (for example "add all members to this group"), rather than listing every id. Null is accepted, as for every delivered value.
     * @example [
     *       200061,
     *       200062
     *     ]
     * @example all
     */
    IdList: number[] | "all" | null;
    /** @description `data` of `import_finish`. No field is required and each may be null (Emma documents placeholders, not types). A later edition of Emma's webhook page also lists `group_ids` and `contact_count`, so they are named here as optional; any other unknown field is accepted too, because Emma adds data elements without notice. */
    ImportFinishData: {
      /** @description Id of the finished member import; null accepted, as for every delivered value. */
      import_id?: number | null;
      account_id?: components["schemas"]["DeliveredAccountId"];
      timestamp?: components["schemas"]["Timestamp"];
      resource_url?: components["schemas"]["ResourceUrl"];
      /** @description Groups the imported members were added to. Not in the original shape and not always sent; its exact type is undocumented, an array of group ids (or null) is assumed. */
      group_ids?: number[] | null;
      /** @description Number of contacts in the import. Not in the original shape and not always sent. */
      contact_count?: number | null;
    };
    /** @description Fields Emma lists for every per-member mailing event: who (member), which mailing, and when. None is required and each may be null, because Emma's page documents placeholders rather than types and real deliveries differ from it; a handler checks what it uses. Unknown fields are accepted. */
    MailingEventBase: {
      account_id?: components["schemas"]["DeliveredAccountId"];
      member_id?: components["schemas"]["MemberId"];
      mailing_id?: components["schemas"]["MailingId"];
      subject?: components["schemas"]["MailingSubject"];
      timestamp?: components["schemas"]["Timestamp"];
    };
    /** @description `data` of `mailing_finish`. It names no member, so it does not reuse MailingEventBase. No field is required and each may be null (Emma documents placeholders, not types); unknown fields are accepted, because Emma may add data elements without notice. */
    MailingFinishData: {
      mailing_id?: components["schemas"]["MailingId"];
      account_id?: components["schemas"]["DeliveredAccountId"];
      subject?: components["schemas"]["MailingSubject"];
      timestamp?: components["schemas"]["Timestamp"];
    };
    /**
     * @description Id of a mailing (an email campaign) in the account; null accepted, as for every delivered value.
     * @example 40713
     */
    MailingId: number | null;
    /**
     * @description Subject line of the mailing, as sent; null accepted, as for every delivered value.
     * @example November newsletter
     */
    MailingSubject: string | null;
    /** @description `data` of `member_add`: the member fields plus the signup form and the member's REST resource. A real captured delivery differs from Emma's page: `signup_form_id` is null for a member added by import, `resource_url` sits beside `event_name` and `data` rather than inside `data`, and `group_ids` (not on the page) lists the member's groups. All are accepted. Unknown fields are accepted, because Emma may add data elements without notice. */
    MemberAddData: {
      /** @description Id of the signup form the member came through; null for members added another way (API, import, by hand), as a real delivery shows. */
      signup_form_id?: number | null;
      resource_url?: components["schemas"]["ResourceUrl"];
      /** @description Groups the member belongs to. Not on Emma's page; a real captured delivery carries it. */
      group_ids?: components["schemas"]["IdList"];
    } & components["schemas"]["MemberEventBase"];
    MemberAddToGroupData: components["schemas"]["GroupMembershipBase"];
    MemberDeleteData: components["schemas"]["MemberEventBase"];
    /** @description Fields Emma lists for every single-member change event. None is required and each may be null, because Emma documents placeholders rather than types. Unknown fields are accepted. */
    MemberEventBase: {
      member_id?: components["schemas"]["MemberId"];
      account_id?: components["schemas"]["DeliveredAccountId"];
      timestamp?: components["schemas"]["Timestamp"];
    };
    /**
     * @description Id of an audience member (contact) in the account. Null is accepted: Emma documents placeholders rather than types, and its real deliveries carry null where the docs imply a value (see the `Compatibility` section).
     * @example 200061
     */
    MemberId: number | null;
    MemberOptoutData: components["schemas"]["MailingEventBase"];
    MemberRemoveFromGroupData: components["schemas"]["GroupMembershipBase"];
    /** @description `data` of `member_signup`. Emma sends no timestamp for this event. No field is required and each may be null (Emma documents placeholders, not types); unknown fields are accepted, because Emma may add data elements without notice. */
    MemberSignupData: {
      account_id?: components["schemas"]["DeliveredAccountId"];
      member_id?: components["schemas"]["MemberId"];
      mailing_id?: components["schemas"]["MailingId"];
    };
    /**
     * @description Name of the member status the members moved to. Emma does not document the possible values in its webhook reference, so any string is accepted and no closed set should be assumed; null is accepted, as for every delivered value.
     * @example active
     */
    MemberStatus: string | null;
    /** @description `data` of `member_status_update`: one change of status applied to one or more members. Emma's page lists four fields, but its sample delivery carries `member_ids` alone, so none is required and each may be null. Unknown fields are accepted, because Emma may add data elements without notice. */
    MemberStatusUpdateData: {
      member_ids?: components["schemas"]["IdList"];
      account_id?: components["schemas"]["DeliveredAccountId"];
      new_status?: components["schemas"]["MemberStatus"];
      timestamp?: components["schemas"]["Timestamp"];
    };
    MemberUpdateData: components["schemas"]["MemberEventBase"];
    /** @description `data` of `message_click`: the base mailing fields plus the clicked link. Unknown fields are accepted, because Emma may add data elements without notice. */
    MessageClickData: {
      /** @description Id of the tracked link in the mailing that was clicked; null accepted. */
      link_id?: number | null;
    } & components["schemas"]["MailingEventBase"];
    MessageForwardData: components["schemas"]["MailingEventBase"];
    MessageOpenData: components["schemas"]["MailingEventBase"];
    /** @description `data` of `message_share_click`: the base mailing fields of the sharing member plus the network the clicked share was posted on. Unknown fields are accepted, because Emma may add data elements without notice. */
    MessageShareClickData: {
      network?: components["schemas"]["SocialNetwork"];
    } & components["schemas"]["MailingEventBase"];
    /** @description `data` of `message_share`: the base mailing fields plus the network the mailing was shared on. Unknown fields are accepted, because Emma may add data elements without notice. */
    MessageShareData: {
      network?: components["schemas"]["SocialNetwork"];
    } & components["schemas"]["MailingEventBase"];
    /**
     * @description Address of the affected resource in Emma's REST API (for example `/{account_id}/groups/{group_id}`), which can be fetched with the account's API keys for full details. No URI format is enforced because Emma does not document one; null is accepted, as for every delivered value.
     * @example https://api.e2ma.net/1759/groups/1544
     */
    ResourceUrl: string | null;
    /**
     * @description Short code of the social network involved (the samples use `fb` and `tw`). Emma does not publish the list of codes, so any string is accepted and no closed set should be assumed; null is accepted, as for every delivered value.
     * @example fb
     * @example tw
     */
    SocialNetwork: string | null;
    /**
     * @description When the event happened, as text. Emma documents only a placeholder for it, and two notations are known: ISO 8601 (`2026-11-02T15:04:05Z`, used by this contract's samples) and Emma's own `@D:2017-12-21T11:01:11` (the notation of its REST API, local time without an offset, which a real captured delivery carries). Because no notation is documented, none is enforced: the value is kept as text for the receiver to parse defensively (strip a leading `@D:`; a value without an offset is in the account's time zone). Null is accepted, as for every delivered value.
     * @example 2026-11-02T15:04:05Z
     * @example @D:2017-12-21T11:01:11
     */
    Timestamp: string | null;
    /** @description A webhook registered on the account. Fields Emma adds later are accepted. */
    Webhook: {
      /** @description Callback URL Emma calls, including any secret token query parameter. */
      url: string;
      webhook_id: components["schemas"]["WebhookId"];
      method: components["schemas"]["WebhookMethod"];
      account_id: components["schemas"]["AccountId"];
      event: components["schemas"]["EventName"];
    };
    /** @description A webhook to register. */
    WebhookCreate: {
      event: components["schemas"]["EventName"];
      /**
       * Format: uri
       * @description Callback URL. Put a long random secret token in it (for example `?token=...`): Emma signs nothing, so the token is how the receiver recognises genuine deliveries.
       */
      url: string;
      method?: components["schemas"]["WebhookMethod"];
      /** @description A public API key to associate with the webhook. Emma's reference names this optional field without explaining how it is used. */
      public_key?: string;
    };
    /** @description An event a webhook can subscribe to. The list includes `mailing_start`, for which Emma documents no delivery payload, so this contract has no webhook entry for it. Fields Emma adds later are accepted. */
    WebhookEvent: {
      event_name: components["schemas"]["EventName"];
      /** @description Emma's id for the event type. */
      webhook_event_id: number;
      /** @description Emma's short explanation of when the event fires. */
      description: string;
    };
    /**
     * @description Id Emma assigned to a registered webhook.
     * @example 88
     */
    WebhookId: number;
    /**
     * @description HTTP method Emma uses to call the webhook URL. POST carries the JSON body described under `webhooks`; Emma does not document how the data travels when GET is chosen.
     * @default POST
     * @enum {string}
     */
    WebhookMethod: "POST" | "GET";
    /** @description Changes to a registered webhook; send at least one field. Omitted fields keep their value. */
    WebhookUpdate: {
      event?: components["schemas"]["EventName"];
      /**
       * Format: uri
       * @description New callback URL, including its secret token.
       */
      url?: string;
      method?: components["schemas"]["WebhookMethod"];
      /** @description A public API key to associate with the webhook (use undocumented by Emma). */
      public_key?: string;
    };
  };
  responses: {
    /** @description The request body is invalid (for example a missing `event` or `url`, or an unknown event name). Emma does not document the exact wording of the message. */
    InvalidRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description Missing or wrong API keys. Emma does not document the exact wording of the message. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The account has no webhook with this id. Emma does not document the exact wording of the message. */
    WebhookNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
  };
  parameters: {
    /** @description Id of the Emma account. */
    AccountId: components["schemas"]["AccountId"];
    /** @description Id of the webhook. */
    WebhookId: components["schemas"]["WebhookId"];
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Emma account. */
        account_id: components["parameters"]["AccountId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The registered webhooks (an empty array when there are none). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Webhook"][];
        };
      };
      401: components["responses"]["Unauthorized"];
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Emma account. */
        account_id: components["parameters"]["AccountId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookCreate"];
      };
    };
    responses: {
      /** @description The id of the new webhook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookId"];
        };
      };
      400: components["responses"]["InvalidRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
  deleteAllWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Emma account. */
        account_id: components["parameters"]["AccountId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All webhooks were deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeletedFlag"];
        };
      };
      401: components["responses"]["Unauthorized"];
    };
  };
  listWebhookEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Emma account. */
        account_id: components["parameters"]["AccountId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The available events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEvent"][];
        };
      };
      401: components["responses"]["Unauthorized"];
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Emma account. */
        account_id: components["parameters"]["AccountId"];
        /** @description Id of the webhook. */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["WebhookNotFound"];
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Emma account. */
        account_id: components["parameters"]["AccountId"];
        /** @description Id of the webhook. */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookUpdate"];
      };
    };
    responses: {
      /** @description The id of the updated webhook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookId"];
        };
      };
      400: components["responses"]["InvalidRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["WebhookNotFound"];
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Emma account. */
        account_id: components["parameters"]["AccountId"];
        /** @description Id of the webhook. */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeletedFlag"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["WebhookNotFound"];
    };
  };
  memberSignup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "member_signup";
          data: components["schemas"]["MemberSignupData"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  messageOpen: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "message_open";
          data: components["schemas"]["MailingEventBase"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  messageClick: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "message_click";
          data: components["schemas"]["MessageClickData"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  memberOptout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "member_optout";
          data: components["schemas"]["MailingEventBase"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  messageShare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "message_share";
          data: components["schemas"]["MessageShareData"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  messageShareClick: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "message_share_click";
          data: components["schemas"]["MessageShareClickData"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  messageForward: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "message_forward";
          data: components["schemas"]["MailingEventBase"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  mailingFinish: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "mailing_finish";
          data: components["schemas"]["MailingFinishData"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  importFinish: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "import_finish";
          data: components["schemas"]["ImportFinishData"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  memberAdd: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "member_add";
          data: components["schemas"]["MemberAddData"];
          /** @description The member's REST resource. Emma's page puts it inside `data`; a real captured delivery carries it here, beside `event_name` and `data`. Read either place. */
          resource_url?: components["schemas"]["ResourceUrl"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  memberUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "member_update";
          data: components["schemas"]["MemberEventBase"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  memberDelete: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "member_delete";
          data: components["schemas"]["MemberEventBase"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  memberAddToGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "member_add_to_group";
          data: components["schemas"]["GroupMembershipBase"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  memberRemoveFromGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "member_remove_from_group";
          data: components["schemas"]["GroupMembershipBase"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  groupCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "group_create";
          data: components["schemas"]["GroupCreateData"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  groupDelete: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "group_delete";
          data: components["schemas"]["GroupEventBase"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  groupUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "group_update";
          data: components["schemas"]["GroupUpdateData"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  fieldCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "field_create";
          data: components["schemas"]["FieldEventBase"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  fieldDelete: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "field_delete";
          data: components["schemas"]["FieldEventBase"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  fieldUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "field_update";
          data: components["schemas"]["FieldEventBase"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  memberStatusUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          event_name: "member_status_update";
          data: components["schemas"]["MemberStatusUpdateData"];
        };
      };
    };
    responses: {
      /** @description Delivery acknowledged; any 2xx does, and the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
