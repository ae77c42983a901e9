import { buffer } from "node:stream/consumers";
import { runCli } from "./program.js";

// The executable behind `npx talkable-emma-webhooks`: the real process's streams and signals.
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => controller.abort());
}

// `... | head` closes the pipe early: that is the reader being done, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (chunk) => void process.stdout.write(chunk),
  stderr: (chunk) => void process.stderr.write(chunk),
  readStdin: async () => new Uint8Array(await buffer(process.stdin)),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  signal: controller.signal,
});
