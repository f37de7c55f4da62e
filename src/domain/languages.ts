/**
 * The app's languages, once. Adding one means a line here, a catalogue in src/i18n/messages/, its
 * block in each page's messages (src/i18n/pages/) and the profession labels (src/domain/professions.ts); the compiler and `npm test` name anything
 * else missing. boot.js and the first paint's CSS get the list from the build (src/boot/vitePlugin.ts).
 */
export const LANGUAGE_LIST = [
  // Dutch first: the most spoken in Belgium, and the last resort when the browser asks for none of these.
  { code: 'nl', name: 'Nederlands', tag: 'nl-BE', loadFailed: 'Laden mislukt. Herlaad de pagina.' },
  { code: 'fr', name: 'Français', tag: 'fr-BE', loadFailed: 'Le chargement a échoué. Rechargez la page.' },
  { code: 'de', name: 'Deutsch', tag: 'de-BE', loadFailed: 'Laden fehlgeschlagen. Laden Sie die Seite neu.' },
  { code: 'en', name: 'English', tag: 'en-BE', loadFailed: 'Loading failed. Reload the page.' },
] as const;

export type Language = (typeof LANGUAGE_LIST)[number]['code'];

export const LANGUAGES: readonly Language[] = LANGUAGE_LIST.map((language) => language.code);
