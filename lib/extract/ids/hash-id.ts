import { createHash } from 'node:crypto';

/** Hex digits kept from the digest: 48 bits, ample for a corpus while staying readable in URLs. */
const ID_HEX_LENGTH = 12;

export function hashId(key: string): string {
  return `evt_${createHash('sha256').update(key).digest('hex').slice(0, ID_HEX_LENGTH)}`;
}
