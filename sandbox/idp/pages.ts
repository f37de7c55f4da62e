/** The sandbox identity provider's own pages: plain, accessible HTML with no script but the logout auto-submit. */
import type { Persona } from '../personas';

type Lang = 'nl' | 'fr' | 'de' | 'en';

const TEXT: Record<Lang, { title: string; notice: string; choose: string; as: string; logout: string; loggingOut: string }> = {
  en: {
    title: 'Sandbox login',
    notice: 'This is the local sandbox, not eHealth: no password, no real data. Choose a person to log in as.',
    choose: 'People',
    as: 'Log in as',
    logout: 'Log out',
    loggingOut: 'Logging out of the sandbox…',
  },
  nl: {
    title: 'Aanmelden in de sandbox',
    notice: 'Dit is de lokale sandbox, niet eHealth: geen wachtwoord, geen echte gegevens. Kies een persoon om u aan te melden.',
    choose: 'Personen',
    as: 'Aanmelden als',
    logout: 'Afmelden',
    loggingOut: 'U wordt afgemeld bij de sandbox…',
  },
  fr: {
    title: 'Connexion au bac à sable',
    notice: 'Ceci est le bac à sable local, pas eHealth : pas de mot de passe, pas de vraies données. Choisissez une personne.',
    choose: 'Personnes',
    as: 'Se connecter en tant que',
    logout: 'Se déconnecter',
    loggingOut: 'Déconnexion du bac à sable…',
  },
  de: {
    title: 'Sandbox-Anmeldung',
    notice: 'Dies ist die lokale Sandbox, nicht eHealth: kein Passwort, keine echten Daten. Wählen Sie eine Person.',
    choose: 'Personen',
    as: 'Anmelden als',
    logout: 'Abmelden',
    loggingOut: 'Abmeldung von der Sandbox…',
  },
};

export function pageLanguage(uiLocales: unknown): Lang {
  const first = typeof uiLocales === 'string' ? uiLocales.split(' ')[0]?.slice(0, 2) : undefined;
  return first === 'nl' || first === 'fr' || first === 'de' ? first : 'en';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f4f6f8}
main{max-width:36rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px}
.notice{background:#fff4ce;border-left:4px solid #8a6d00;padding:.75rem}
ul{list-style:none;padding:0}li{margin:.5rem 0}
button{font:inherit;width:100%;text-align:left;padding:.75rem 1rem;border:2px solid #005a9c;border-radius:6px;background:#fff;color:#003e6b;cursor:pointer}
button:hover{background:#e8f1f8}button:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
.who{display:block;font-size:.9rem;color:#444}`;

function layout(lang: Lang, title: string, body: string, nonce?: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style${nonce ? ` nonce="${nonce}"` : ''}>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function loginPage(uid: string, personas: readonly Persona[], lang: Lang): string {
  const t = TEXT[lang];
  const items = personas
    .map(
      (p) =>
        `<li><button type="submit" name="login" value="${escapeHtml(p.login)}">${escapeHtml(t.as)} <strong>${escapeHtml(`${p.firstName} ${p.lastName}`)}</strong> (${escapeHtml(p.login)})<span class="who">${escapeHtml(p.description)}</span></button></li>`,
    )
    .join('');
  return layout(
    lang,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1><p class="notice">${escapeHtml(t.notice)}</p>
<form method="post" action="/interaction/${escapeHtml(uid)}/login"><h2 id="people">${escapeHtml(t.choose)}</h2><ul aria-labelledby="people">${items}</ul></form>`,
  );
}

/** Ends the session at once: the app asked for it, so no second confirmation is needed. */
export function logoutPage(form: string, lang: Lang): string {
  const t = TEXT[lang];
  return layout(
    lang,
    t.logout,
    `<h1>${escapeHtml(t.loggingOut)}</h1>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">${escapeHtml(t.logout)}</button>
<script>(function(){var f=document.getElementById('op.logoutForm');var i=document.createElement('input');i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit();})();</script>`,
  );
}

export function errorPage(message: string): string {
  return layout('en', 'Sandbox error', `<h1>Sandbox identity provider</h1><p>${escapeHtml(message)}</p>`);
}
