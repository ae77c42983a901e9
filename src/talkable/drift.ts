import type { DriftFinding } from "../core/drift.js";
import type { TalkableEvent } from "./types.js";

/**
 * What a Talkable delivery carries that the spec does not describe: in its payload, its extras
 * and its other top-level fields. The walk and the spec's drift tree are imported on the first call only, so
 * a receiver without `onDrift` never loads it. The key is never looked at.
 */
export async function findTalkableDrift(
  event: TalkableEvent,
  secrets: readonly string[],
): Promise<{ readonly findings: readonly DriftFinding[]; readonly truncated: boolean }> {
  const [{ findDrift }, { talkableDriftTree }] = await Promise.all([
    import("../core/drift.js"),
    import("../../generated/talkable/drift.js"),
  ]);
  const body = {
    ...event.fields,
    payload: event.payload,
    ...(event.extras === undefined ? {} : { extras: event.extras }),
  };
  return findDrift(talkableDriftTree[event.type], body, secrets);
}
