// Shapes of the text around a happening named as a time that show the passage still reports it.

/**
 * A clause right after the happening (and its date) that tells what happened in it, perhaps after one
 * appositive: "the strike that closed the ports", "the 2019 flood, the worst in decades, in which
 * 40 died", "the vote, which the council lost". A comma before "that" is left out: "Since the war,
 * that country has …" names the war only as a time.
 */
export const DESCRIBING_CLAUSE_AFTER = /^(?:\s+that|\s*,\s*(?:[^,;:()“”"]{1,80},\s*)?(?:in which|during which|which|when|where))\s/iu;
