/** The middle value (the upper one of an even count); NaN for none. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}

/**
 * The median of `value(round)` over the rounds every one of `series` has: windows of one round
 * are seconds apart, so a machine that speeds up or slows down over a run moves them alike,
 * where figures of two medians would compare windows from different minutes.
 */
export function medianOverRounds(
  series: readonly (readonly number[])[],
  value: (round: number) => number,
): number {
  const rounds = Math.min(...series.map((values) => values.length));
  return median(Array.from({ length: rounds }, (_, round) => value(round)));
}

/** The median over rounds of `mine[round] / theirs[round]` (see {@link medianOverRounds}). */
export function medianRatio(mine: readonly number[], theirs: readonly number[]): number {
  return medianOverRounds(
    [mine, theirs],
    (round) => (mine[round] ?? Number.NaN) / (theirs[round] ?? Number.NaN),
  );
}

/**
 * Time per call in microseconds for each case: batches of the cases are interleaved, so that
 * whatever else the machine does weighs on all of them alike, and each figure is the median of
 * its batches after a warm-up. Ratios between cases of one call are what the README quotes.
 */
export async function compare<K extends string>(
  cases: Readonly<Record<K, () => unknown>>,
  { batches = 31, perBatch = 300 }: { batches?: number; perBatch?: number } = {},
): Promise<Record<K, number>> {
  const names = Object.keys(cases) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (const name of names) {
    for (let index = 0; index < perBatch * 5; index += 1) await cases[name]();
  }
  for (let batch = 0; batch < batches; batch += 1) {
    for (const name of names) {
      const run = cases[name];
      const start = process.hrtime.bigint();
      for (let index = 0; index < perBatch; index += 1) await run();
      samples.get(name)?.push(Number(process.hrtime.bigint() - start) / 1000 / perBatch);
    }
  }
  const medians = names.map((name) => [name, median(samples.get(name) ?? [])] as const);
  return Object.fromEntries(medians) as Record<K, number>;
}

/** One printed line: label, time, and the ratio against a baseline. */
export interface Row {
  readonly label: string;
  readonly micros: number;
  readonly baseline?: number;
}

export function printRows(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  for (const row of rows) {
    const ratio = row.baseline === undefined ? "" : `  ${(row.micros / row.baseline).toFixed(2)}×`;
    console.log(`  ${row.label.padEnd(58)} ${row.micros.toFixed(2).padStart(8)} µs${ratio}`);
  }
}

/** A target line: what was measured against what the issue asks, and whether it holds. */
export function verdict(label: string, value: number, limit: number, unit: string, atMost = true) {
  const ok = atMost ? value <= limit : value >= limit;
  const sign = atMost ? "≤" : "≥";
  console.log(
    `  ${ok ? "PASS" : "FAIL"} ${label}: ${value.toFixed(2)}${unit} (target ${sign} ${limit}${unit})`,
  );
  return ok;
}
