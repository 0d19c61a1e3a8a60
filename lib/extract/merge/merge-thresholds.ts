// How alike two events must be to count as one happening.

/** Share of actors or title words two events must have in common when their dates are not the same day. */
export const MIN_SIMILARITY = 0.5;
