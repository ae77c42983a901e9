// Sends requests with the real `curl`, as the vendors' docs do.
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import type { RawAnswer } from "./raw-post.js";

const run = promisify(execFile);
const marker = "\n--curl-status--";

/** An answer as curl read it, with its `Allow` header. */
export interface CurlAnswer extends RawAnswer {
  readonly allow: string | undefined;
}

function answerOf(stdout: string): CurlAnswer {
  const at = stdout.lastIndexOf(marker);
  const [status = "0", contentType = "", allow = ""] = stdout.slice(at + marker.length).split("\t");
  return {
    status: Number(status),
    contentType: contentType === "" ? undefined : contentType,
    allow: allow === "" ? undefined : allow,
    text: stdout.slice(0, at),
  };
}

const writeOut = ["-sS", "-o", "-", "-w", `${marker}%{http_code}\t%{content_type}\t%header{allow}`];

/** Runs `curl <args> <url>` and reads the answer (status, content type, `Allow`, body). */
export async function curl(url: string, args: readonly string[] = []): Promise<CurlAnswer> {
  const { stdout } = await run("curl", [...writeOut, ...args, url], { maxBuffer: 1 << 20 });
  return answerOf(stdout);
}

/** What {@link curlEndlessBody} saw. */
export interface EndlessAnswer {
  readonly answer: CurlAnswer;
  /** How many chunks the sender had written when curl had the answer and exited. */
  readonly written: number;
  readonly planned: number;
}

/**
 * POSTs a body that curl streams from its stdin (`-T -`, chunked) while the test keeps feeding
 * it `chunk` every `paceMs`, up to `planned` chunks: a sender that is far from done. When the
 * answer comes only after the whole body, `written` equals `planned`.
 */
export function curlEndlessBody(
  url: string,
  options: { headers: readonly string[]; chunk: string; paceMs: number; planned: number },
): Promise<EndlessAnswer> {
  const headers = options.headers.flatMap((header) => ["-H", header]);
  const child = spawn("curl", [...writeOut, "-X", "POST", "-T", "-", ...headers, url], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout.on("data", (part: Buffer) => (stdout += part.toString()));
  child.stdin.on("error", () => undefined); // curl closes its stdin once answered
  let written = 0;
  const feeder = setInterval(() => {
    if (written >= options.planned || child.exitCode !== null) return;
    child.stdin.write(options.chunk);
    written += 1;
    if (written === options.planned) child.stdin.end();
  }, options.paceMs);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", () => {
      clearInterval(feeder);
      child.stdin.destroy();
    });
    // "close", not "exit": only then has all of curl's output been read.
    child.on("close", () => {
      resolve({ answer: answerOf(stdout), written, planned: options.planned });
    });
  });
}
