/** A problem in the gold annotation file, located precisely enough to fix it. */
export class GoldError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'GoldError';
  }
}
