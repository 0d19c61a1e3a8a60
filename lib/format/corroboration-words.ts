import type { Corroboration } from '../extract/types';

/**
 * How many sources report an event, for people: `3 sources · 7 passages`, with the passages that
 * only mention it when given (`· 2 mentions in passing`). Mentions corroborate nothing, so an event
 * no passage reports says that rather than "0 sources".
 */
export function corroborationInWords({ sourceCount, passageCount, mentionCount }: Pick<Corroboration, 'sourceCount' | 'passageCount'> & { mentionCount?: number }): string {
  const mentions = mentionCount ? plural(mentionCount, 'mention', 'mentions') : null;
  if (sourceCount === 0) return mentions ? `Only mentioned in passing (${mentions})` : 'Only mentioned in passing';
  const reports = `${plural(sourceCount, 'source', 'sources')} · ${plural(passageCount, 'passage', 'passages')}`;
  return mentions ? `${reports} · ${mentions} in passing` : reports;
}

/** What the sources give differing figures for: `Sources disagree on killed and abducted`. */
export function disagreementInWords(measures: string[]): string {
  const listed = measures.length <= 1 ? measures.join('') : `${measures.slice(0, -1).join(', ')} and ${measures.at(-1)}`;
  return `Sources disagree on ${listed}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
