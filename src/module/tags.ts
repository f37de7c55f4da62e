import type { Destination } from '../components/navigation';

/** Our components' tag names (prefix `te-`, therapeutic exclusions), one per page the host can open. */
export const TAGS = {
  exclusions: 'te-exclusions',
  declare: 'te-declare-exclusion',
  history: 'te-exclusion-history',
  about: 'te-about-exclusions',
} as const satisfies Record<Destination['page'], string>;

export type ModulePage = keyof typeof TAGS;
