/**
 * Runs the Redocly CLI (`npm run lint` calls `tsx scripts/redocly.ts lint`) without its banners:
 * telemetry and the update notice are off through Redocly's own switches
 * (REDOCLY_TELEMETRY=off, REDOCLY_SUPPRESS_UPDATE_NOTICE=true), and the boxed "Node.js 20 support
 * is ending" notice, which Redocly CLI prints on every run under Node 20 and offers no switch for,
 * is dropped from stderr. This package supports Node 20.19+, so that notice asks nothing of us.
 * Everything else Redocly prints, and its exit code, pass through unchanged.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const redocly = fileURLToPath(new URL("../node_modules/.bin/redocly", import.meta.url));
const dropped = "Node.js 20 support is ending";

const child = spawn(redocly, process.argv.slice(2), {
  stdio: ["inherit", "inherit", "pipe"],
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
});

// A box runs from a line starting with ╔ to the line holding ╝; it is held back until it ends.
let box: string[] | undefined;
createInterface({ input: child.stderr }).on("line", (line) => {
  if (box === undefined && line.trimStart().startsWith("╔")) box = [];
  if (box === undefined) {
    process.stderr.write(`${line}\n`);
    return;
  }
  box.push(line);
  if (!line.includes("╝")) return;
  if (!box.some((held) => held.includes(dropped))) process.stderr.write(`${box.join("\n")}\n`);
  box = undefined;
});

child.on("error", (error) => {
  console.error(`cannot run ${redocly}: ${error.message}`);
  process.exitCode = 1;
});
child.on("close", (code, signal) => {
  if (box !== undefined) process.stderr.write(`${box.join("\n")}\n`);
  process.exitCode = code ?? (signal ? 1 : 0);
});
