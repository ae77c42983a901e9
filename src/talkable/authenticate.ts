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
  // Every site's keys are compared, whatever matched before; only what matched is noted: a key
  // of the named site (or of any site), and the first matching site this receiver accepts.
  let siteMatched = false;
  let firstAccepted: string | undefined;
  for (const [keySite, keys] of settings.keys) {
    if (!matchesAnySecret(key, keys)) continue;
    if (keySite === site || keySite === anySite) siteMatched = true;
    if (firstAccepted === undefined && (keySite === anySite || accepts(settings, keySite))) {
      firstAccepted = keySite;
    }
  }
  if (site !== undefined) {
    if (!accepts(settings, site)) throw unauthorized(`the delivery's site is not accepted here`);
    if (siteMatched) return site;
    const known = settings.keys.has(site) || settings.keys.has(anySite);
    throw unauthorized(known ? "the key does not match" : "no key is configured for the site");
  }
  if (firstAccepted === undefined) throw unauthorized("the key does not match");
  return firstAccepted === anySite ? onlySite(settings) : firstAccepted;
}

function accepts(settings: TalkableSettings, site: string): boolean {
  return !settings.sites || settings.sites.has(site);
}
