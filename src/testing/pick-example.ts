import { emmaExampleNames, emmaExamples } from "../../generated/emma/examples.js";
import type { EmmaEventName, EmmaPayloads } from "../../generated/emma/webhooks.js";
import { emmaPayloadValidators } from "../../generated/emma/validators.js";
import { talkableExampleNames, talkableExamples } from "../../generated/talkable/examples.js";
import type { TalkablePayloads, TalkableWebhookType } from "../../generated/talkable/webhooks.js";
import { talkablePayloadValidators } from "../../generated/talkable/validators.js";
import type { CompiledValidator } from "../core/compiled-validator.js";

/**
 * The names of the spec's examples of Talkable webhook `K` (the first one is the default).
 *
 * @example
 * ```ts
 * import type { TalkableExampleName } from "talkable-emma-webhooks/testing";
 * const name: TalkableExampleName<"reward_web_hook"> = "click";
 * ```
 */
export type TalkableExampleName<K extends TalkableWebhookType> =
  (typeof talkableExampleNames)[K][number];

/**
 * The names of the spec's examples of Emma event `K` (the first one is the default).
 *
 * @example
 * ```ts
 * import type { EmmaExampleName } from "talkable-emma-webhooks/testing";
 * const name: EmmaExampleName<"member_add_to_group"> = "all_members";
 * ```
 */
export type EmmaExampleName<K extends EmmaEventName> = (typeof emmaExampleNames)[K][number];

/** The decoded form body of one Talkable example, with its payload typed. */
export interface PickedTalkableExample<K extends TalkableWebhookType> {
  readonly site: string | undefined;
  readonly payload: TalkablePayloads[K];
  readonly extras: unknown;
}

interface ExampleBody {
  readonly value: {
    readonly payload?: unknown;
    readonly data?: unknown;
    readonly site?: string;
    readonly extras?: unknown;
  };
}

function findExample(
  catalog: Readonly<Record<string, Readonly<Record<string, ExampleBody>> | undefined>>,
  names: Readonly<Record<string, readonly string[] | undefined>>,
  webhook: string,
  name: string | undefined,
): ExampleBody["value"] {
  const chosen = name ?? names[webhook]?.[0] ?? "";
  const example = catalog[webhook]?.[chosen];
  if (!example) {
    throw new TypeError(`talkable-emma-webhooks: the spec has no example ${chosen} of ${webhook}`);
  }
  return example.value;
}

/** Narrows an example's (already spec-checked) payload to its type, copying it. */
function copyChecked<T>(validate: CompiledValidator<T>, value: unknown, what: string): T {
  const copy: unknown = structuredClone(value);
  if (!validate(copy))
    throw new TypeError(`talkable-emma-webhooks: the example ${what} contradicts the spec`);
  return copy;
}

/** A fresh copy of a Talkable example (the first one unless `name` is given). */
export function pickTalkableExample<K extends TalkableWebhookType>(
  type: K,
  name?: TalkableExampleName<K>,
): PickedTalkableExample<K> {
  const body = findExample(talkableExamples, talkableExampleNames, type, name);
  const validate: CompiledValidator<TalkablePayloads[K]> = talkablePayloadValidators[type];
  const payload = copyChecked(validate, body.payload, `${type}/${name ?? "default"}`);
  return { site: body.site, payload, extras: structuredClone(body.extras) };
}

/** A fresh copy of an Emma example's `data` (the first example unless `name` is given). */
export function pickEmmaExample<K extends EmmaEventName>(
  event: K,
  name?: EmmaExampleName<K>,
): EmmaPayloads[K] {
  const body = findExample(emmaExamples, emmaExampleNames, event, name);
  const validate: CompiledValidator<EmmaPayloads[K]> = emmaPayloadValidators[event];
  return copyChecked(validate, body.data, `${event}/${name ?? "default"}`);
}
