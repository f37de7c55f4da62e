import type { MyHealthModuleManifest } from '@smals-belgium/myhealth-wc-integration';
import { MEDICAL_DATA_MANAGEMENT } from '../domain/serviceContract';
import { specVersion } from './specVersion';
import { TAGS } from './tags';

/**
 * What the host reads before it mounts anything (guideline 07). The list comes first: it is the
 * entry. Every component emits `open` (the host navigates) and answers `refresh`; the history asks the host to `print`.
 */
export const manifest: MyHealthModuleManifest = {
  specVersion,
  // A branded string at compile time only (the library's `family()` is a cast).
  family: 'therapeutic-exclusions' as MyHealthModuleManifest['family'],
  components: [
    { tagName: TAGS.exclusions, events: ['open', 'refresh'] },
    { tagName: TAGS.declare, events: ['open', 'refresh'] },
    { tagName: TAGS.history, events: ['open', 'refresh', 'print'] },
    { tagName: TAGS.about, events: ['open', 'refresh'] },
  ],
  permissionsForMandateAccess: [MEDICAL_DATA_MANAGEMENT],
};
