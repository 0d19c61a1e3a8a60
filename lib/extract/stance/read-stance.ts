import type { Token } from '../language';
import type { Stance } from '../types';
import { stanceFrames, type CharSpan, type StanceFrame } from './stance-frames';

/** How a citation presents its happening and who it attributes it to. */
export interface CitationStance {
  stance: Stance;
  /** As written (a pronoun as the person it refers to); null when the source states it itself or names no one. */
  claimant: string | null;
  /** The words the stance was read from ("have told", "according to"); null when stated. */
  cue: string | null;
}

export interface StanceInput {
  sentence: string;
  /** The sentence's tokens. */
  tokens: Token[];
  /** The cited happening's words in the sentence. */
  happening: CharSpan;
  /** The actor a pronoun claimant ("he said") refers to. */
  antecedent: (pronoun: string) => { name: string } | null;
}

const STATED: CitationStance = { stance: 'stated', claimant: null, cue: null };

/**
 * The stance of the innermost frame that reaches the happening: "officials told Acme that the report
 * said the raid …" is the report's; a denial whose object is something else ("denied any role in
 * the raid") does not reach it. With no frame the source states it itself.
 */
export function readStance({ sentence, tokens, happening, antecedent }: StanceInput): CitationStance {
  const reaching = stanceFrames(sentence, tokens).filter((frame) => reaches(frame, tokens, happening) && !overlaps(frame.cue, happening));
  const innermost = reaching.sort((a, b) => reachSize(a, tokens) - reachSize(b, tokens) || b.cue.start - a.cue.start)[0];
  if (!innermost) return STATED;
  return { stance: innermost.stance, claimant: claimantOf(innermost, sentence, tokens, antecedent), cue: sentence.slice(innermost.cue.start, innermost.cue.end) };
}

function reaches(frame: StanceFrame, tokens: Token[], happening: CharSpan): boolean {
  if ('scope' in frame.reach) return frame.reach.scope.some((part) => part.start <= happening.start && happening.end <= part.end);
  return frame.reach.objects.some((index) => overlaps(tokens[index], happening));
}

/** How much of the sentence a frame reaches: a frame on one word is innermost. */
function reachSize(frame: StanceFrame, tokens: Token[]): number {
  if ('objects' in frame.reach) return Math.max(...frame.reach.objects.map((index) => tokens[index].end - tokens[index].start));
  return frame.reach.scope.reduce((sum, part) => sum + part.end - part.start, 0);
}

function claimantOf(frame: StanceFrame, sentence: string, tokens: Token[], antecedent: StanceInput['antecedent']): string | null {
  if (!frame.claimant) return null;
  const { start, end } = frame.claimant;
  const written = sentence.slice(tokens[start].start, tokens[end - 1].end);
  return end - start === 1 && tokens[start].pos === 'PRON' ? (antecedent(written)?.name ?? written) : written;
}

const overlaps = (a: CharSpan, b: CharSpan) => a.start < b.end && b.start < a.end;
