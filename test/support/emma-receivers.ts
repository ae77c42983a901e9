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

/** What a recording receiver's handlers saw. */
export interface EmmaRecording {
  readonly events: EmmaEventOf<EmmaEventName>[];
  readonly anyEvents: EmmaEventOf<EmmaEventName>[];
  readonly errors: unknown[];
  clear(): void;
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
    errors: [],
    clear() {
      this.events.length = 0;
      this.anyEvents.length = 0;
      this.errors.length = 0;
    },
  };
  for (const name of emmaEventNames) {
    webhooks.on(name, (event) => {
      recording.events.push(event);
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

/** The receiver's URL with a `token` query parameter, as registered with Emma. */
export function withToken(url: string, token: string): string {
  return `${url}?token=${encodeURIComponent(token)}`;
}
