import { LocatedError } from '../../located-error';

/** A problem in the gazetteer file, worded so a person editing the YAML can find and fix it. */
export class GazetteerError extends LocatedError {}
