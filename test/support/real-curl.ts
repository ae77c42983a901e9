import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { RawAnswer } from "./raw-post.js";

const run = promisify(execFile);
const marker = "\n--curl-status--";

/**
 * Runs the real `curl` (never a shell: each argument goes as given) and reads its answer:
 * status, content type and body. `-sS` keeps progress out and errors in; `-w` appends what
 * curl learned of the answer after a marker.
 */
export async function runCurl(args: readonly string[]): Promise<RawAnswer> {
  const { stdout } = await run(
    "curl",
    ["-sS", "-w", `${marker}%{http_code} %{content_type}`, ...args],
    { maxBuffer: 16 * 1024 * 1024, timeout: 15_000 },
  );
  const at = stdout.lastIndexOf(marker);
  const [status = "0", contentType = ""] = stdout.slice(at + marker.length).split(" ");
  return {
    status: Number(status),
    contentType: contentType === "" ? undefined : contentType,
    text: stdout.slice(0, at),
  };
}
