import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { FieldA11y } from '../../components/FormField';
import { searchProfessions } from './professionSearch';
import { useProfessionLabels } from './useProfessionLabels';
import { useWantedOnce } from '../../components/lazyComponent';
import { findProfession } from '../../domain/professions';
import { useI18n } from '../../i18n/I18nProvider';
import { useFormats } from '../../i18n/useFormats';

/**
 * An ARIA 1.2 combobox with list autocomplete over the 24 practitioner professions, found by their
 * label in any language or by what people call them (searchProfessions). Arrow keys move, Enter
 * chooses, Escape closes.
 */
export function ProfessionPicker({ id, value, onChange, a11y }: { id: string; value: string; onChange: (code: string) => void; a11y: FieldA11y }) {
  const { t, language } = useI18n();
  const { plural } = useFormats();
  const listId = useId();
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const labels = useProfessionLabels(useWantedOnce(open));
  const chosen = findProfession(value);
  const chosenLabel = chosen ? labels.own(chosen) : '';
  const [activeIndex, setActiveIndex] = useState(-1);
  const query = text ?? chosenLabel;
  const options = useMemo(() => searchProfessions(text ?? '', labels), [text, labels]);

  const choose = (code: string) => {
    onChange(code);
    setText(null);
    setOpen(false);
    setActiveIndex(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => (options.length === 0 ? -1 : (index + step + options.length) % options.length));
    } else if (event.key === 'Enter' && open && activeIndex >= 0 && options[activeIndex]) {
      event.preventDefault();
      choose(options[activeIndex].code);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActiveIndex(-1);
    }
  };

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
        {...a11y}
        value={query}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActiveIndex(-1);
          if (value) onChange('');
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // A typed label that matches exactly one profession counts as choosing it.
          const exact = options.filter((o) => labels.own(o).toLocaleLowerCase(language) === (text ?? '').trim().toLocaleLowerCase(language));
          if (exact.length === 1 && exact[0]) choose(exact[0].code);
          setOpen(false);
        }}
      />
      {/* Not a tab stop: Chromium makes a scrolling list keyboard-focusable, and Tab would land in
          it just as blur hides it, dropping focus to the page. Options are reached with the arrows. */}
      <ul id={listId} role="listbox" aria-label={t('declare.profession')} className="combobox-list" hidden={!open || options.length === 0} tabIndex={-1}>
        {options.map((option, index) => (
          <li
            key={option.code}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={option.code === value}
            className={index === activeIndex ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option.code);
            }}
          >
            {labels.own(option)}
          </li>
        ))}
      </ul>
      {/* The count is for screen readers; "no profession matches" is for everyone to see. */}
      <p className={open && options.length === 0 ? 'combobox-empty' : 'visually-hidden'} role="status">
        {open ? (options.length === 0 ? t('declare.profession.none', { query: text ?? '' }) : plural('declare.profession.count', options.length)) : ''}
      </p>
    </div>
  );
}
