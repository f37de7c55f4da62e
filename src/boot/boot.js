// Runs before the first paint (a classic script inline in <head>, no module, no imports): picks the
// language and the state of the static first paint that index.html carries (see appShell.ts),
// so it shows what the app is about to render. Same language rule as src/i18n/locales.ts.
// Inlined minified, and allowed by the CSP through its hash (scripts/boot-script.mjs).
(function () {
  var root = document.documentElement;
  // The build writes the list of src/domain/languages.ts on <html> (src/boot/vitePlugin.ts).
  var LANGUAGES = (root.getAttribute('data-languages') || 'nl').split(' ');
  var LOGIN_PATHS = ['/', '/exclusions/new', '/history'];

  function read(storage, key) {
    try {
      return window[storage].getItem(key);
    } catch {
      return null;
    }
  }

  function language() {
    var saved = read('localStorage', 'te.language');
    if (LANGUAGES.indexOf(saved) >= 0) return saved;
    var fromToken = read('sessionStorage', 'te.tokenLanguage');
    if (LANGUAGES.indexOf(fromToken) >= 0) return fromToken;
    var tags = navigator.languages || [navigator.language];
    for (var i = 0; i < tags.length; i++) {
      var base = String(tags[i]).toLowerCase().split('-')[0];
      if (LANGUAGES.indexOf(base) >= 0) return base;
    }
    return 'nl';
  }

  // A stored OpenID user (oidc-client-ts, sessionStorage) means the app will sign in, not ask to.
  function hasSession() {
    try {
      for (var i = 0; i < sessionStorage.length; i++) {
        if (String(sessionStorage.key(i)).indexOf('oidc.user:') === 0) return true;
      }
    } catch {
      return false;
    }
    return false;
  }

  function preload(href) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    link.fetchPriority = 'low';
    document.head.appendChild(link);
  }

  root.lang = language();
  // The app's first await is this language's messages: fetched beside the app's script, not after it.
  var catalogue = root.getAttribute('data-catalogue-' + root.lang);
  if (catalogue) preload(catalogue);
  var path = location.pathname;
  var state = path === '/auth/callback' || (hasSession() && LOGIN_PATHS.indexOf(path) >= 0) ? 'busy' : LOGIN_PATHS.indexOf(path) >= 0 ? 'login' : 'none';
  root.setAttribute('data-shell', state);
  // The menu item the app will mark as the current page.
  var PAGES = { '/': 'exclusions', '/exclusions/new': 'declare', '/history': 'history' };
  if (PAGES[path]) root.setAttribute('data-page', PAGES[path]);
  // A reload of the form or the history in a session: that page's code (its chunk and the chunks it
  // imports, listed by the build) is fetched beside the app's script, not once the app asks for it.
  var pageChunks = state === 'busy' && PAGES[path] ? root.getAttribute('data-chunks-' + PAGES[path]) : null;
  if (pageChunks) pageChunks.split(' ').forEach(preload);
})();
