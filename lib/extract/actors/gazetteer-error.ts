/** A problem in the gazetteer file, worded so a person editing the YAML can find and fix it. */
export class GazetteerError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'GazetteerError';
  }
}
