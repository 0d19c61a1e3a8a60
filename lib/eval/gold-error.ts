import { LocatedError } from '../located-error';

/** A problem in the gold annotation file. */
export class GoldError extends LocatedError {}
