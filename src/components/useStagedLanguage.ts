import { startTransition, useEffect, useState } from 'react';
import { useI18n, type Translate } from '../i18n/I18nProvider';
import type { Language } from '../i18n/locales';
import { afterNextPaint } from './idle';

/** What a row is drawn in: the words, and its `lang`. */
export interface RowLanguage {
  t: Translate;
  language: Language;
}

interface Stage {
  from: RowLanguage;
  to: RowLanguage;
  /** Rows below this index show `to`, the others `from`. */
  done: number;
}

/**
 * The language of each of a long list's `count` rows. After a change of language the page around
 * them takes it at once, and the rows `step` a frame after it, in order, in renders React can
 * interrupt. Each row carries its `lang`, so that the page's own change of language does not
 * style and lay them out again: in one frame, the new words and fonts of a screenful of rows and
 * of the page took 60–130 ms at CPU ×6. A second change before the rows are through takes every
 * row to the language the first was going to, then on from there.
 */
export function useStagedLanguage(count: number, step: number): (index: number) => RowLanguage {
  const { t, language } = useI18n();
  const [stage, setStage] = useState<Stage>(() => ({ from: { t, language }, to: { t, language }, done: Infinity }));
  let current = stage;
  if (stage.to.t !== t) {
    // React's pattern for state that follows a prop: set while rendering, no extra commit.
    current = { from: stage.to, to: { t, language }, done: 0 };
    setStage(current);
  }
  const staging = current.done < count;
  useEffect(() => {
    if (!staging) return;
    // The rows drawn so far are painted before the next ones are.
    return afterNextPaint(() => startTransition(() => setStage((previous) => ({ ...previous, done: previous.done + step }))));
  }, [staging, current.done, step]);
  return (index) => (index < current.done ? current.to : current.from);
}
