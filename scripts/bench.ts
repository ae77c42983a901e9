/**
 * npm run bench: per-delivery cost of this SDK against the usual ways of doing the same,
 * measured in one run on this machine, printed as ratios against the naive floor.
 * Nothing here is a test: the figures vary by machine; the ratios are what the README quotes.
 */
import { resolve } from "node:path";
import { hostileRatio } from "./bench/hostile.js";
import type { TargetId } from "./bench/loopback-loads.js";
import { benchLoopback } from "./bench/loopback-section.js";
import { profileServer } from "./bench/loopback-profile.js";
import { benchEmma, benchTalkable } from "./bench/parsing.js";
import { benchScale } from "./bench/scale.js";
import { stalledThroughput } from "./bench/stalled.js";
import { verdict } from "./bench/measure.js";
import { gzipSize, importCost } from "./bench/startup-and-size.js";
import type * as EmmaApi from "../src/emma/index.js";
import type * as TalkableApi from "../src/talkable/index.js";

type TalkableModule = typeof TalkableApi;
type EmmaModule = typeof EmmaApi;

// The built package, as users import it (npm run bench compiles first).
const talkableEntry = resolve("dist/talkable.js");
const emmaEntry = resolve("dist/emma.js");
const talkable = (await import(talkableEntry)) as TalkableModule;
const emma = (await import(emmaEntry)) as EmmaModule;

async function benchHostile(): Promise<boolean> {
  const { worst, ratio } = await hostileRatio(talkable);
  return verdict(`worst hostile shape (${worst}) / valid`, ratio, 2, "×");
}

/**
 * `--profile`: where the SDK servers spend their time under load (top self time);
 * `--profile=sdk,bare` names the loopback servers to profile, peers included.
 */
async function benchProfile(): Promise<boolean> {
  const argument = process.argv.find((given) => given.startsWith("--profile="));
  const ids = argument ? argument.slice("--profile=".length).split(",") : ["sdk", "emma"];
  for (const id of ids) await profileServer(id as TargetId);
  return true;
}

async function benchStartupAndSize(): Promise<boolean> {
  const { bare, emptyModule, withImport } = importCost(talkableEntry);
  const size = await gzipSize(talkableEntry);
  console.log("\nStart-up and size of ./talkable (with all its validators)");
  console.log(
    `  node start ${bare.toFixed(1)} ms; importing an empty module ${emptyModule.toFixed(1)} ms; importing ./talkable ${withImport.toFixed(1)} ms`,
  );
  // The target is in milliseconds, which follow the machine's speed of the moment: the share of
  // a start the import adds does not, and shows whether the import itself grew.
  console.log(
    `  info ./talkable adds ${(((withImport - emptyModule) / emptyModule) * 100).toFixed(0)}% to a start that imports a module; to a bare node -e start ${(withImport - bare).toFixed(1)} ms`,
  );
  return [
    verdict("import adds (to a start that imports a module)", withImport - emptyModule, 20, " ms"),
    verdict("minified + gzip", size / 1024, 40, " kB"),
  ].every(Boolean);
}

const sections: Record<string, () => Promise<boolean>> = {
  talkable: () => benchTalkable(talkable),
  emma: () => benchEmma(emma),
  hostile: benchHostile,
  startup: benchStartupAndSize,
  loopback: benchLoopback,
  stalled: () =>
    stalledThroughput().then(({ ratio }) =>
      verdict("with 200 stalled connections / without, round by round", ratio, 0.9, "×", false),
    ),
  // Inline vs queue hand-off deliveries per second, and each idempotency store's cost: figures
  // the README quotes, with no target of their own.
  scale: () => benchScale().then(() => true),
};

// `npm run bench -- --only=talkable,loopback` runs some sections; `--profile` adds the profiles.
const onlyArgument = process.argv.find((argument) => argument.startsWith("--only="));
const chosen = onlyArgument
  ? onlyArgument.slice("--only=".length).split(",").filter(Boolean)
  : Object.keys(sections);
if (process.argv.some((given) => given === "--profile" || given.startsWith("--profile="))) {
  sections["profile"] = benchProfile;
  chosen.push("profile");
}
const results: boolean[] = [];
for (const name of chosen) {
  const section = sections[name];
  if (!section)
    throw new Error(`no bench section ${name}; known: ${Object.keys(sections).join(", ")}`);
  results.push(await section());
}
console.log(results.every(Boolean) ? "\nAll targets met." : "\nSome targets missed (see FAIL).");
