import { WebhookError } from "../core/errors.js";
import { matchesAnySecret } from "../core/secret.js";
import { anySite, type TalkableSettings } from "./settings.js";

function unauthorized(message: string): WebhookError {
  return new WebhookError("unauthorized", message);
}

/** The configured site when exactly one is, else none. */
function onlySite(settings: TalkableSettings): string | undefined {
  if (settings.sites?.size !== 1) return undefined;
  const [site] = settings.sites;
  return site;
}

/**
 * Checks the delivery's key, in constant time against every configured key (so timing tells
 * nothing about which sites exist), and returns the delivery's site: the one it names, else the
 * site whose key matched (the vendor's own post share example names none), else the one
 * configured site. The answer to every failure is the same 401; the reason is for `onError`.
 */
export function authenticateTalkable(
  key: string | undefined,
  site: string | undefined,
  settings: TalkableSettings,
): string | undefined {
  if (settings.unauthenticated) return site ?? onlySite(settings);
  if (key === undefined || key === "") throw unauthorized("the delivery has no key field");
  const matched: string[] = [];
  for (const [keySite, keys] of settings.keys) {
    if (matchesAnySecret(key, keys)) matched.push(keySite);
  }
  const allowed = (candidate: string) => !settings.sites || settings.sites.has(candidate);
  if (site !== undefined) {
    if (!allowed(site)) throw unauthorized(`the delivery's site is not accepted here`);
    if (matched.includes(site) || matched.includes(anySite)) return site;
    const known = settings.keys.has(site) || settings.keys.has(anySite);
    throw unauthorized(known ? "the key does not match" : "no key is configured for the site");
  }
  const found = matched.find((candidate) => candidate === anySite || allowed(candidate));
  if (found === undefined) throw unauthorized("the key does not match");
  return found === anySite ? onlySite(settings) : found;
}
