import {
  type EmmaEventName,
  type EmmaEventOf,
  type EmmaWebhooks,
  type EmmaWebhooksOptions,
  createEmmaWebhooks,
  emmaEventNames,
} from "talkable-emma-webhooks/emma";

/** The account of the spec's examples. */
export const exampleAccountId = 1759;
/** The current token and the one being rotated out. */
export const emmaToken = "em-token-5b1e8d72c4a9f0";
export const previousEmmaToken = "em-token-old-0a9c3e61";
export const emmaSecrets = [emmaToken, previousEmmaToken] as const;

/** A delivery as Emma sent it: what a handler's event holds beside its `id`. */
export type EmmaSent = Pick<EmmaEventOf<EmmaEventName>, "event_name" | "data"> &
  Readonly<Record<string, unknown>>;

/** What a recording receiver's handlers saw. */
export interface EmmaRecording {
  /** Every event the event's own handler saw, as the delivery was sent (without `id`). */
  readonly events: EmmaSent[];
  readonly anyEvents: EmmaSent[];
  /** The delivery id of each of `events`. */
  readonly ids: string[];
  readonly errors: unknown[];
  clear(): void;
}

/** The delivery an event came from; its id must be a SHA-256 hex, or the handler fails. */
function sent(event: EmmaEventOf<EmmaEventName>): EmmaSent {
  if (!/^[0-9a-f]{64}$/.test(event.id)) throw new Error(`bad delivery id ${event.id}`);
  return { event_name: event.event_name, data: event.data, ...event.extras };
}

/** A receiver with a recording handler on every event. */
export interface RecordingEmma {
  readonly webhooks: EmmaWebhooks;
  readonly recording: EmmaRecording;
}

/** Creates a receiver whose handlers record every event and every error. */
export function createRecordingEmma(options: EmmaWebhooksOptions): RecordingEmma {
  const webhooks = createEmmaWebhooks(options);
  const recording: EmmaRecording = {
    events: [],
    anyEvents: [],
    ids: [],
    errors: [],
    clear() {
      this.events.length = 0;
      this.anyEvents.length = 0;
      this.ids.length = 0;
      this.errors.length = 0;
    },
  };
  for (const name of emmaEventNames) {
    webhooks.on(name, (event) => {
      recording.events.push(sent(event));
      recording.ids.push(event.id);
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

/** The receiver's URL with a `token` query parameter, as registered with Emma. */
export function withToken(url: string, token: string): string {
  return `${url}?token=${encodeURIComponent(token)}`;
}
