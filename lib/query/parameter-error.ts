/** A query parameter a client sent that we cannot use; `parameter` names it for the 400 response. */
export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    readonly reason: string,
  ) {
    super(`${parameter}: ${reason}`);
    this.name = 'ParameterError';
  }
}
