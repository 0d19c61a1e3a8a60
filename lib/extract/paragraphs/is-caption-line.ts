import { CREDIT_PARENTHESIS } from './paragraph-patterns';

/** A photo caption carries its credit in parentheses. */
export function isCaptionLine(line: string): boolean {
  return CREDIT_PARENTHESIS.test(line);
}
