// Runs before the first paint (a classic script in <head>, no module, no imports): picks the
// language and the state of the static first paint that index.html carries (see appShell.ts),
// so it shows what the app is about to render. Same language rule as src/i18n/locales.ts.
(function () {
  // The build writes the list of src/domain/languages.ts here (src/boot/vitePlugin.ts).
  // eslint-disable-next-line no-undef
  var LANGUAGES = LANGUAGES_FROM_BUILD;
  var LOGIN_PATHS = ['/', '/exclusions/new', '/history'];
  var root = document.documentElement;

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

  root.lang = language();
  var path = location.pathname;
  var state = path === '/auth/callback' || (hasSession() && LOGIN_PATHS.indexOf(path) >= 0) ? 'busy' : LOGIN_PATHS.indexOf(path) >= 0 ? 'login' : 'none';
  root.setAttribute('data-shell', state);
  // The menu item the app will mark as the current page.
  var PAGES = { '/': 'exclusions', '/exclusions/new': 'declare', '/history': 'history' };
  if (PAGES[path]) root.setAttribute('data-page', PAGES[path]);
})();
