import { aboutMessages } from './about.ts';
import { accessMessages } from './access.ts';
import { configMessages } from './config.ts';
import { declareMessages } from './declare.ts';
import { historyMessages } from './history.ts';
import { notFoundMessages } from './notFound.ts';
import { revokeMessages } from './revoke.ts';
import { sessionMessages } from './session.ts';

/**
 * Every lazy chunk's messages, by where (under src/) the code that adds them and shows them lives.
 * For the build and the tests only: imported by the app, it would bring them all into the first screen.
 */
export const PAGE_MESSAGES = {
  'features/about/': aboutMessages,
  'features/declare/': declareMessages,
  'features/history/': historyMessages,
  'features/exclusions/RevokeDialog': revokeMessages,
  'app/SessionExpiredDialog': sessionMessages,
  'app/AccessPages': accessMessages,
  'app/NotFoundPage': notFoundMessages,
  'app/ConfigErrorPage': configMessages,
} as const;
