import { BOILERPLATE, CONTENTS_TITLE, FURNITURE_OPENING, IMAGE_CREDIT } from './paragraph-patterns';

/** Lines that are furniture on their own, whatever surrounds them. */
export function isFurnitureLine(line: string): boolean {
  return FURNITURE_OPENING.test(line) || CONTENTS_TITLE.test(line) || IMAGE_CREDIT.test(line) || BOILERPLATE.test(line);
}
