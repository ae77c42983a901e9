import type { TalkableWebhookType } from "../../generated/talkable/webhooks.js";
import { talkableWebhookTypes } from "../../generated/talkable/webhooks.js";
import { resolveMaxBodyBytes } from "../core/read-body.js";
import { secretList } from "../core/secret.js";
import type { TalkableWebhooksOptions } from "./types.js";

/** Options resolved once, at creation, into what each delivery is checked against. */
export interface TalkableSettings {
  /** Keys accepted for any site (`key` / `keys: [...]`). */
  readonly keys: readonly string[];
  /** Keys per site slug (`keys: { site: ... }`); when set, a delivery must name its site. */
  readonly keysBySite: ReadonlyMap<string, readonly string[]> | undefined;
  /** Accepted site slugs, or undefined for any. */
  readonly sites: ReadonlySet<string> | undefined;
  readonly type: TalkableWebhookType | undefined;
  readonly maxBodyBytes: number;
}

function resolveKeys(
  options: TalkableWebhooksOptions,
): Pick<TalkableSettings, "keys" | "keysBySite"> {
  const { key, keys } = options;
  if (typeof key === "string") return { keys: secretList(key, "key"), keysBySite: undefined };
  if (Array.isArray(keys) || keys === undefined) {
    const list = secretList(keys as readonly string[] | undefined, "key");
    if (list.length === 0) throw new TypeError("talkable-emma-webhooks: give `key` or `keys`");
    return { keys: list, keysBySite: undefined };
  }
  const bySite = new Map<string, readonly string[]>();
  for (const [site, siteKeys] of Object.entries(keys)) {
    const list = secretList(siteKeys, `key of site ${site}`);
    if (list.length === 0) throw new TypeError(`talkable-emma-webhooks: site ${site} has no key`);
    bySite.set(site, list);
  }
  if (bySite.size === 0) throw new TypeError("talkable-emma-webhooks: `keys` names no site");
  return { keys: [], keysBySite: bySite };
}

/** Checks and normalizes the options of `createTalkableWebhooks`; throws on a bad setup. */
export function resolveTalkableSettings(options: TalkableWebhooksOptions): TalkableSettings {
  const sites = options.site === undefined ? undefined : new Set(secretList(options.site, "site"));
  if (
    options.type !== undefined &&
    !(talkableWebhookTypes as readonly string[]).includes(options.type)
  ) {
    throw new TypeError(`talkable-emma-webhooks: unknown webhook type ${String(options.type)}`);
  }
  const maxBodyBytes = resolveMaxBodyBytes(options.maxBodyBytes);
  return { ...resolveKeys(options), sites, type: options.type, maxBodyBytes };
}
