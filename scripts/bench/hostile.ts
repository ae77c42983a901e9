/**
 * Hostile 1 MB form bodies against a valid 1 MB delivery, through verifyAndParse: parsing before
 * authentication must stay linear in the body's size whatever its shape. The shapes carry no
 * key, as a forged body does; one more row shows the worst of them sent with the key, whose
 * payload is then decoded (a figure, not a target: only the vendor holds the key).
 */
import { talkableExamples } from "../../generated/talkable/examples.js";
import type * as TalkableApi from "../../src/talkable/index.js";
import { median } from "./measure.js";

const size = 1024 * 1024;

function repeatTo(unit: string): string {
  return unit.repeat(Math.floor(size / unit.length));
}

/** Shapes that made a naive scanner rescan: unbalanced brackets, runs of separators, escapes. */
export const hostileShapes: Readonly<Record<string, string>> = {
  "a={& repeated": repeatTo("a={&"),
  "& only": repeatTo("&"),
  "= only": repeatTo("="),
  "% only": repeatTo("%"),
  "payload=[ unbalanced": `payload=${repeatTo("[")}`,
  "escaped quotes in raw JSON": `payload={"a":"${repeatTo('\\"')}`,
  "{ in every field": repeatTo('x={"&'),
  "%zz escapes": `payload=${repeatTo("%zz")}`,
};

/** A valid referral whose payload is padded to about 1 MB with a long note in `extras`. */
export function validLargeBody(key: string): string {
  const example = talkableExamples.referral_web_hook.default.value;
  const payload = JSON.stringify(example.payload);
  const fields = new URLSearchParams({
    key,
    site: example.site ?? "",
    type: "referral_web_hook",
    payload,
  });
  const padding = size - fields.toString().length - 64;
  fields.set("extras", JSON.stringify({ note: "n".repeat(padding) }));
  return fields.toString();
}

/** Median milliseconds of `runs` calls. */
async function medianMs(run: () => Promise<unknown>, runs = 9): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await run().catch(() => undefined);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Worst hostile shape over the valid delivery, and every figure. */
export async function hostileRatio(
  talkable: typeof TalkableApi,
): Promise<{ worst: string; ratio: number }> {
  const key = "bench-site-key-0123456789abcdef";
  const webhooks = talkable.createTalkableWebhooks({ key, maxBodyBytes: 2 * size });
  const valid = validLargeBody(key);
  const validMs = await medianMs(() => webhooks.verifyAndParse(valid));
  console.log(
    `\nHostile 1 MB forged form bodies (no key) vs a valid ${(valid.length / 1024).toFixed(0)} kB delivery (verifyAndParse, median of 9)`,
  );
  console.log(`  ${"valid delivery".padEnd(58)} ${validMs.toFixed(2).padStart(8)} ms`);
  let worst = { worst: "", ratio: 0 };
  for (const [name, body] of Object.entries(hostileShapes)) {
    const ms = await medianMs(() => webhooks.verifyAndParse(body));
    console.log(
      `  ${name.padEnd(58)} ${ms.toFixed(2).padStart(8)} ms  ${(ms / validMs).toFixed(2)}×`,
    );
    if (ms / validMs > worst.ratio) worst = { worst: name, ratio: ms / validMs };
  }
  const keyed = `key=${key}&${hostileShapes["%zz escapes"] ?? ""}`;
  const keyedMs = await medianMs(() => webhooks.verifyAndParse(keyed));
  const label = "%zz escapes with the key (decoded; info)";
  console.log(
    `  ${label.padEnd(58)} ${keyedMs.toFixed(2).padStart(8)} ms  ${(keyedMs / validMs).toFixed(2)}×`,
  );
  return worst;
}
