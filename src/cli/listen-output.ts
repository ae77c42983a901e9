import type { DriftFinding } from "../core/drift.js";
import { formatProblems, formatSize, formatStatus, formatTime } from "./format.js";
import type { InboxRecord } from "./inbox.js";
import type { Verdict } from "./inspect-delivery.js";
import type { Colors } from "./io.js";
import { redactPath } from "./redact.js";
import type { ListenAnswer } from "./relay.js";

/** The `--json` line of one delivery. */
export function deliveryJson(
  record: InboxRecord,
  verdict: Verdict | undefined,
  answer: ListenAnswer,
) {
  return {
    time: record.receivedAt,
    // The delivery id (`event.id`), what `replay` takes; `record` names the inbox files.
    id: record.id,
    record: record.file,
    vendor: verdict?.vendor ?? null,
    type: verdict?.type ?? null,
    matches: verdict?.matches ?? [],
    valid: verdict?.valid ?? false,
    status: answer.status,
    size: record.size,
    path: redactPath(record.path),
    problems: verdict?.problems ?? [
      { pointer: "", message: `unsupported content type ${record.contentType ?? "(none)"}` },
    ],
    ...(verdict?.test === undefined ? {} : { test: verdict.test }),
    drift: verdict?.drift ?? [],
    ...(verdict?.driftTruncated ? { driftTruncated: true } : {}),
    ...(answer.forwarded === undefined ? {} : { forwarded: answer.forwarded }),
  };
}

function describeType(verdict: Verdict | undefined, colors: Colors): string {
  if (verdict === undefined) return colors.red("unknown");
  if (verdict.type !== undefined) return colors.bold(verdict.type);
  if (verdict.matches.length === 0) return colors.red("(no type; matches no webhook)");
  return `(no type; matches ${colors.bold(verdict.matches.join(", "))}; --type accepts it)`;
}

/** One indented line per drift finding: where, what was seen, and where to edit the spec. */
export function formatDrift(findings: readonly DriftFinding[], colors: Colors, indent = "  ") {
  return findings
    .map((finding) => {
      const where = `${finding.spec.file}#${finding.spec.pointer}`;
      return `${indent}${colors.cyan("drift")} ${colors.yellow(finding.pointer)} ${finding.value}: ${finding.message} ${colors.dim(`(${where})`)}\n`;
    })
    .join("");
}

/** `id <12 characters of event.id>`, or the record's file for a refused delivery (no event). */
function deliveryName(record: InboxRecord): string {
  return record.id === null ? `record ${record.file}` : `id ${record.id.slice(0, 12)}`;
}

/** The human line of one delivery: time, vendor, type, size, verdict; then its problems. */
export function deliveryLine(
  record: InboxRecord,
  verdict: Verdict | undefined,
  answer: ListenAnswer,
  colors: Colors,
): string {
  const verdictText = verdict?.valid ? colors.green("valid") : colors.red("invalid");
  const parts = [
    colors.dim(formatTime(new Date(record.receivedAt))),
    verdict?.vendor ?? record.contentType ?? "(no content type)",
    describeType(verdict, colors),
    formatSize(record.size),
    verdictText,
    ...(verdict?.test ? [colors.yellow("test send")] : []),
    ...(verdict?.drift.length ? [colors.cyan(`drift ${verdict.drift.length}`)] : []),
    `→ ${formatStatus(answer.status, colors)}`,
    colors.dim(deliveryName(record)),
  ];
  const problems = verdict?.problems ?? [];
  let text = `${parts.join(" ")}\n${formatProblems(problems, colors)}`;
  text += formatDrift(verdict?.drift ?? [], colors);
  if (answer.forwarded) {
    const ok = answer.forwarded.problems.length === 0;
    text += `  app answered ${formatStatus(answer.forwarded.status, colors)}${ok ? colors.green(" (matches the spec)") : colors.red(", contradicting the spec:")}\n`;
    text += formatProblems(answer.forwarded.problems, colors, "    ");
  }
  return text;
}
