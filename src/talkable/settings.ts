import type { TalkableWebhookType } from "../../generated/talkable/webhooks.js";
import { talkableWebhookTypes } from "../../generated/talkable/webhooks.js";
import {
  nonBlankList,
  type ReceiverSettings,
  resolveReceiverSettings,
} from "../core/receiver-options.js";
import type { TalkableWebhooksOptions } from "./types.js";

/** Options resolved once, at creation, into what each delivery is checked against. */
export interface TalkableSettings extends ReceiverSettings {
  /** Accepted keys by site slug; the `""` entry holds keys accepted for any site. */
  readonly keys: ReadonlyMap<string, readonly string[]>;
  /** Accepted site slugs, or undefined for any. */
  readonly sites: ReadonlySet<string> | undefined;
  readonly type: TalkableWebhookType | undefined;
  /** No key configured and `allowUnauthenticated: true`: every delivery is accepted. */
  readonly unauthenticated: boolean;
}

/** The site every key in the map's `""` entry is good for. */
export const anySite = "";

function resolveKeys(options: TalkableWebhooksOptions): Map<string, readonly string[]> {
  const { key, keys } = options;
  if (key !== undefined || Array.isArray(keys) || keys === undefined) {
    const list = nonBlankList(key ?? (keys as readonly string[] | undefined), "key");
    return new Map(list.length === 0 ? [] : [[anySite, list]]);
  }
  const bySite = new Map<string, readonly string[]>();
  for (const [site, siteKeys] of Object.entries(keys)) {
    nonBlankList(site, "site");
    const list = nonBlankList(siteKeys, `key of site ${site}`);
    if (list.length === 0) throw new TypeError(`talkable-emma-webhooks: site ${site} has no key`);
    bySite.set(site, list);
  }
  if (bySite.size === 0) throw new TypeError("talkable-emma-webhooks: `keys` names no site");
  return bySite;
}

/** Checks and normalizes the options of `createTalkableWebhooks`; throws on a bad setup. */
export function resolveTalkableSettings(options: TalkableWebhooksOptions): TalkableSettings {
  const sites =
    options.site === undefined ? undefined : new Set(nonBlankList(options.site, "site"));
  if (
    options.type !== undefined &&
    !(talkableWebhookTypes as readonly string[]).includes(options.type)
  ) {
    throw new TypeError(`talkable-emma-webhooks: unknown webhook type ${String(options.type)}`);
  }
  const keys = resolveKeys(options);
  const unauthenticated = keys.size === 0 && options.allowUnauthenticated === true;
  if (keys.size === 0 && !unauthenticated) {
    throw new TypeError(
      "talkable-emma-webhooks: give `key` or `keys` (or `allowUnauthenticated: true` for local use only)",
    );
  }
  return {
    ...resolveReceiverSettings(options),
    keys,
    sites,
    type: options.type,
    unauthenticated,
  };
}
