/** A problem with one article file, located precisely enough to fix it. */
export class ArticleError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'ArticleError';
  }
}
