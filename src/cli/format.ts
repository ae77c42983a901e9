import type { ReceivedAnswer } from "./answer-check.js";
import type { TimedAnswer } from "./http-send.js";
import type { Colors } from "./io.js";
import type { Problem } from "./problems.js";

/** `1.2 kB`-style sizes for the one-line summaries. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** `HH:MM:SS` in local time. */
export function formatTime(date: Date): string {
  return date.toTimeString().slice(0, 8);
}

/** One indented line per problem: its pointer, then what is wrong. */
export function formatProblems(
  problems: readonly Problem[],
  colors: Colors,
  indent = "  ",
): string {
  return problems
    .map((problem) => `${indent}${colors.yellow(problem.pointer || "/")} ${problem.message}\n`)
    .join("");
}

/** The status colored by class. */
export function formatStatus(status: number, colors: Colors): string {
  const text = String(status);
  if (status >= 200 && status < 300) return colors.green(text);
  return status >= 500 ? colors.red(text) : colors.yellow(text);
}

/** An answer's body for the terminal: JSON pretty-printed, empty bodies said so. */
export function formatAnswerBody(answer: ReceivedAnswer): string {
  if (answer.body === "") return "(empty body)";
  if (answer.contentType?.includes("json")) {
    try {
      return JSON.stringify(JSON.parse(answer.body), null, 2);
    } catch {
      return answer.body;
    }
  }
  return answer.body;
}

/** `200 OK in 12 ms`, then the body, then the answer's problems. */
export function formatSendResult(
  answer: TimedAnswer,
  problems: readonly Problem[],
  colors: Colors,
): string {
  const head = `${formatStatus(answer.status, colors)} ${answer.statusText} in ${answer.ms} ms\n`;
  const verdict =
    problems.length === 0
      ? ""
      : `${colors.red("the answer contradicts the spec:")}\n${formatProblems(problems, colors)}`;
  return `${head}${formatAnswerBody(answer)}\n${verdict}`;
}
