// A set of pairs of one text's claim (by position) and a passage of the index (by id): what the text's place
// says about its pairs (order.ts) and which pairs report the same claim (link.ts), without building keys as
// strings and parsing them back.

export class PairSet {
  private readonly byClaim = new Map<number, Set<number>>();

  add(claim: number, passage: number): void {
    let passages = this.byClaim.get(claim);
    if (!passages) this.byClaim.set(claim, (passages = new Set()));
    passages.add(passage);
  }

  has(claim: number, passage: number): boolean {
    return this.byClaim.get(claim)?.has(passage) ?? false;
  }

  get size(): number {
    let n = 0;
    for (const passages of this.byClaim.values()) n += passages.size;
    return n;
  }

  /** Every passage in some pair. */
  *passages(): Iterable<number> {
    for (const passages of this.byClaim.values()) yield* passages;
  }
}
