// The reliability table: for the same-claim links the engine shows, how often a link with a given probability
// (engine/decision.ts) is right against the annotations. A calibrated decision is right about as often as it says.

export type Reliability = Array<{ probability: number; right: boolean }>;

const BINS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

export function printReliability(sets: Array<{ label: string; rows: Reliability }>): void {
  console.log('\nReliability of the same-claim links shown: probability → share right (same or partial)');
  for (const { label, rows } of sets) {
    console.log(`  ${label}`);
    const low = rows.filter((r) => r.probability < BINS[0]!);
    if (low.length) line(`< ${BINS[0]}`, low);
    for (let i = 0; i + 1 < BINS.length; i++) {
      const inBin = rows.filter((r) => r.probability >= BINS[i]! && r.probability < BINS[i + 1]!);
      if (inBin.length) line(`${BINS[i]!.toFixed(1)}–${Math.min(1, BINS[i + 1]!).toFixed(1)}`, inBin);
    }
  }
}

function line(range: string, rows: Reliability): void {
  const mean = rows.reduce((s, r) => s + r.probability, 0) / rows.length;
  const right = rows.filter((r) => r.right).length;
  console.log(
    `    ${range.padEnd(8)} n=${String(rows.length).padStart(3)}  mean probability ${mean.toFixed(2)}  right ${(right / rows.length).toFixed(2)}`,
  );
}
