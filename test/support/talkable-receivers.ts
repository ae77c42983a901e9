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

/** What a recording receiver's handlers saw, and what its Check Unsubscribe handler answers. */
export interface TalkableRecording {
  /** Every event, in the order the type's own handler saw it. */
  readonly events: TalkableEventOf<TalkableWebhookType>[];
  /** Every event `onAny` saw. */
  readonly anyEvents: TalkableEventOf<TalkableWebhookType>[];
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
    errors: [],
    unsubscribed: false,
    clear() {
      this.events.length = 0;
      this.anyEvents.length = 0;
      this.errors.length = 0;
    },
  };
  for (const type of talkableWebhookTypes) {
    webhooks.on(type, (event) => {
      recording.events.push(event);
      return { unsubscribed: recording.unsubscribed };
    });
  }
  webhooks.onAny((event) => {
    recording.anyEvents.push(event);
  });
  webhooks.onError((error) => {
    recording.errors.push(error);
  });
  return { webhooks, recording };
}
