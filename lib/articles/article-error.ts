import { LocatedError } from '../located-error';

/** A problem with one article file. */
export class ArticleError extends LocatedError {}
