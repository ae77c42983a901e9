import {
  type TalkableEventOf,
  type TalkableWebhookType,
  type TalkableWebhooks,
  type TalkableWebhooksOptions,
  createTalkableWebhooks,
  talkableWebhookTypes,
} from "talkable-emma-webhooks/talkable";

/** The site slug of the spec's examples. */
export const exampleSite = "example-site";
/** The current key, the one being rotated out, and the key of another site. */
export const talkableKey = "tk-key-4d9b2f61c0e7";
export const previousTalkableKey = "tk-key-old-88e1a7b3";
export const otherSiteKey = "tk-key-other-2c5e90fa";
export const talkableSecrets = [talkableKey, previousTalkableKey, otherSiteKey] as const;

/** An event without its delivery id: what the delivery itself carried. */
export type TalkableSent = Omit<TalkableEventOf<TalkableWebhookType>, "id">;

/** The event without its id, which must be a SHA-256 hex, or the handler fails. */
function sent({ id, ...event }: TalkableEventOf<TalkableWebhookType>): TalkableSent {
  if (!/^[0-9a-f]{64}$/.test(id)) throw new Error(`bad delivery id ${id}`);
  return event;
}

/** What a recording receiver's handlers saw, and what its Check Unsubscribe handler answers. */
export interface TalkableRecording {
  /** Every event (without `id`), in the order the type's own handler saw it. */
  readonly events: TalkableSent[];
  /** Every event `onAny` saw (without `id`). */
  readonly anyEvents: TalkableSent[];
  /** The delivery id of each of `events`. */
  readonly ids: string[];
  /** Every refused or failed delivery reported to `onError`. */
  readonly errors: unknown[];
  /** The answer of the Check Unsubscribe handler. */
  unsubscribed: boolean;
  clear(): void;
}

/** A receiver with a recording handler on every webhook type. */
export interface RecordingTalkable {
  readonly webhooks: TalkableWebhooks;
  readonly recording: TalkableRecording;
}

/** Creates a receiver whose handlers record every event (and answer Check Unsubscribe). */
export function createRecordingTalkable(options: TalkableWebhooksOptions): RecordingTalkable {
  const webhooks = createTalkableWebhooks(options);
  const recording: TalkableRecording = {
    events: [],
    anyEvents: [],
    ids: [],
    errors: [],
    unsubscribed: false,
    clear() {
      this.events.length = 0;
      this.anyEvents.length = 0;
      this.ids.length = 0;
      this.errors.length = 0;
    },
  };
  for (const type of talkableWebhookTypes) {
    webhooks.on(type, (event) => {
      recording.events.push(sent(event));
      recording.ids.push(event.id);
      return { unsubscribed: recording.unsubscribed };
    });
  }
  webhooks.onAny((event) => {
    recording.anyEvents.push(sent(event));
  });
  webhooks.onError((error) => {
    recording.errors.push(error);
  });
  return { webhooks, recording };
}
