import type { ActorRole } from './types';

/** One tenure of a role, with the actor who held it. */
export interface RoleHolder {
  holder: string;
  role: ActorRole;
}
