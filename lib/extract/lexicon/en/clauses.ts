// Where a sentence reporting several happenings is cut into one clause per happening.
// Stronger separators first; within one strength the last one before the next happening wins,
// so the earlier clause keeps its complements ("met with officials from A, B, and C").

export const CLAUSE_SEPARATORS: RegExp[] = [
  /;\s*/gu,
  // Coordination that gives each happening its own clause ("the visits by X …, as well as the visit of Y").
  /,?\s+as well as\s+/giu,
  /,\s+(?:and|but|while|whereas)\s+(?:that\s+)?/giu,
  /\s+(?:and|but)\s+(?:that\s+)?(?=(?:its|their|his|her|the|a|an)\s)/giu,
  /,\s*(?:which|who|after|following|before|when|where|leading|saying)\s+/giu,
  /\s+(?:saying|leading|following|after|before|while|when)\s+/giu,
  /,\s*/gu,
];

/** Leading and trailing characters trimmed off a clause so that it reads cleanly. */
export const CLAUSE_TRIM_START = /^[\s,;:—–-]+/u;
export const CLAUSE_TRIM_END = /[\s,;:—–-]+$/u;
