/** A problem in a file people edit, located precisely enough to fix it: `file:line: reason`. */
export class LocatedError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = new.target.name;
  }
}
