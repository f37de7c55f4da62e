import { aboutMessages } from './about.ts';
import { declareMessages } from './declare.ts';
import { historyMessages } from './history.ts';

/**
 * Every lazy page's messages, by the feature folder whose code adds them. For the build and the
 * tests only: imported by the app, it would bring them all into the first screen.
 */
export const PAGE_MESSAGES = {
  about: aboutMessages,
  declare: declareMessages,
  history: historyMessages,
} as const;
