// English words and phrase shapes that titles and summaries are cut and trimmed by.

/** Words trimmed from the start of a title's object: articles carry nothing in a headline. */
export const LEADING_ARTICLE = /^(?:the|a|an)\s+/iu;

/**
 * Where an object phrase stops: a clause boundary, a new clause's opening word, a first-person word
 * of quoted speech ("from our borders"), or a time phrase ("just around two months ago").
 */
export const OBJECT_STOP = /,\s|[;:—–(“"]|\s(?:which|who|that|while|as|because|after|before|following|since|when|where|saying|leading|regarding|to\s+(?:participate|discuss))\b|\s(?=(?:our|my|we|us|your)\b)|\s(?:(?:just|only|around|about|some)\s+)*[\p{L}\d-]+\s+(?:days?|weeks?|months?|years?|decades?)\s+ago\b/iu;

/** Connectors trimmed from the start of a summary or a title's subject ("later", "then", "in parallel"). */
export const LEADING_CONNECTOR = /^(?:(?:however|moreover|furthermore|in addition|additionally|next|then|finally|meanwhile|ultimately|further|also|and|but|that|saying that|leading into|leading to|following|after|especially|in parallel|for instance|first|later|earlier|subsequently|eventually|afterwards|thereafter)\b,?\s*)+/iu;

/** Personal pronouns a title replaces by the name they refer to, by the kind of actor they can stand for. */
export const PERSON_PRONOUNS = ['he', 'she', 'him', 'her'];
export const GROUP_PRONOUNS = ['it', 'they', 'them'];
