import type { SpecVersion } from '@smals-belgium/myhealth-wc-integration';
// The installed integration library's own version is the spec version we speak (guideline 07:
// "generate … from the package.json of the version of this library that you installed").
import { version } from '@smals-belgium/myhealth-wc-integration/package.json';

const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);

export const specVersion: SpecVersion = { major, minor, patch };
