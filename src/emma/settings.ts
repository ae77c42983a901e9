import {
  nonBlankList,
  type ReceiverSettings,
  resolveReceiverSettings,
} from "../core/receiver-options.js";
import type { EmmaWebhooksOptions } from "./types.js";

/** Options resolved once, at creation. */
export interface EmmaSettings extends ReceiverSettings {
  readonly tokens: readonly string[];
  /** Lower-cased; undefined reads the `token` query parameter. */
  readonly tokenHeader: string | undefined;
  readonly accountIds: ReadonlySet<number> | undefined;
  /** No token configured and `allowUnauthenticated: true`: every delivery is accepted. */
  readonly unauthenticated: boolean;
}

/** Checks and normalizes the options of `createEmmaWebhooks`; throws on a bad setup. */
export function resolveEmmaSettings(options: EmmaWebhooksOptions): EmmaSettings {
  const tokens = nonBlankList(options.token, "token");
  const unauthenticated = tokens.length === 0 && options.allowUnauthenticated === true;
  if (tokens.length === 0 && !unauthenticated) {
    throw new TypeError(
      "talkable-emma-webhooks: give `token` (or `allowUnauthenticated: true` for local use only)",
    );
  }
  const ids = options.accountId === undefined ? undefined : [options.accountId].flat();
  if (ids?.some((id) => !Number.isInteger(id))) {
    throw new TypeError("talkable-emma-webhooks: accountId must be an integer");
  }
  const [tokenHeader] =
    options.tokenHeader === undefined
      ? [undefined]
      : nonBlankList(options.tokenHeader, "tokenHeader");
  return {
    ...resolveReceiverSettings(options),
    tokens,
    tokenHeader: tokenHeader?.toLowerCase(),
    accountIds: ids ? new Set(ids) : undefined,
    unauthenticated,
  };
}
