// Closed-class words and sentence adverbs: capitalised at the start of a sentence, they are never a
// name's first word ("However Apple…", "Despite Lopez's…"). Lower case.

export const FUNCTION_WORDS: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'several', 'all', 'both', 'each',
  'every', 'no', 'none', 'other', 'another', 'such', 'any', 'few', 'more', 'less', 'much',
  'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how', 'when', 'whether',
  'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'while', 'after', 'before', 'since', 'until', 'because', 'as',
  'though', 'although', 'unless', 'once', 'whereas',
  'about', 'above', 'across', 'against', 'along', 'amid', 'among', 'around', 'at', 'behind', 'below', 'beneath',
  'beside', 'besides', 'between', 'beyond', 'by', 'despite', 'during', 'except', 'for', 'from', 'in', 'inside',
  'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'outside', 'over', 'per', 'regarding', 'through',
  'throughout', 'to', 'toward', 'towards', 'under', 'unlike', 'upon', 'via', 'with', 'within', 'without',
  'according', 'following', 'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless',
  'instead', 'indeed', 'still', 'also', 'then', 'now', 'later', 'earlier', 'thus', 'hence', 'therefore',
  'perhaps', 'maybe', 'only', 'even', 'just', 'finally', 'first', 'second', 'third', 'last', 'next', 'overall',
  'yesterday', 'today', 'tomorrow', 'tonight', 'recently', 'currently', 'previously', 'initially', 'eventually',
  'additionally', 'similarly', 'likewise', 'otherwise', 'again', 'already', 'not', 'never', 'always', 'often',
];

/** "the": what takes up a noun already brought in. */
export const DEFINITE_ARTICLES: readonly string[] = ['the'];

/** "a", "an": what brings a noun in. */
export const INDEFINITE_ARTICLES: readonly string[] = ['a', 'an'];
