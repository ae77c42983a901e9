import type { DriftFinding } from "../core/drift.js";
import type { EmmaEvent } from "./types.js";

/**
 * What an Emma delivery carries that the spec does not describe: members beside `event_name`
 * and `data`, and `data` members Emma's docs do not list. The walk and the spec's drift
 * tree are imported on the first call only, so a receiver without `onDrift` never loads it.
 */
export async function findEmmaDrift(
  event: EmmaEvent,
  secrets: readonly string[],
): Promise<{ readonly findings: readonly DriftFinding[]; readonly truncated: boolean }> {
  const [{ findDrift }, { emmaDriftTree }] = await Promise.all([
    import("../core/drift.js"),
    import("../../generated/emma/drift.js"),
  ]);
  const body = { ...event.extras, event_name: event.event_name, data: event.data };
  return findDrift(emmaDriftTree[event.event_name], body, secrets);
}
