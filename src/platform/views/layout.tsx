import type { ComponentChildren } from 'preact';
import { platformText as t } from '../i18n/platform.text.js';
import type { CurrentUser } from '../auth/roles.js';
import type { NavEntry } from '../module.js';
import { addressInLanguage } from '../http/language.js';
import { currentLanguage } from '../i18n/language.js';
import { PostForm } from './form.js';
import { useRequestView } from './request-context.js';
import type { Operator } from '../config/config.js';

export interface LayoutProps {
  title: string;
  /** Path of the current page, to mark the menu item. */
  path: string;
  demo: boolean;
  children: ComponentChildren;
  /** Extra elements for <head> (canonical link, JSON-LD). */
  head?: ComponentChildren;
  /** Where the language switch leads; this page's own address when left out. */
  languagePath?: string;
}

/** The menu items this user sees, from the platform and every module (composition.ts). */
function navFor(nav: readonly NavEntry[], user: CurrentUser | null) {
  return nav.filter((item) => item.roles === 'everyone' || (user !== null && item.roles.includes(user.role)));
}

export function Layout({ title, path, demo, children, head, languagePath }: LayoutProps) {
  const { user, nav, footer, operator } = useRequestView();
  const language = currentLanguage();
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t.siteName}`}</title>
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/app.js" defer />
        {head}
      </head>
      <body>
        <a class="skip-link" href="#innehall">
          {t.skipLink}
        </a>
        {demo && (
          <div class="demo-banner" role="note">
            {t.demoBanner}
          </div>
        )}
        <header class="site-header">
          <div class="wrap">
            <a class="site-name" href="/">
              {t.siteName}
            </a>
            <nav aria-label={t.nav.label}>
              <ul>
                {navFor(nav, user).map((item) => {
                  const current = item.href === '/' ? path === '/' : path.startsWith(item.href);
                  return (
                    <li key={item.href}>
                      <a href={item.href} aria-current={current ? 'page' : undefined}>
                        {item.label[language]}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </nav>
            <UserMenu user={user} path={path} languagePath={languagePath} />
          </div>
        </header>
        <main id="innehall" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t.footer.about}</p>
            {operator && <OperatorContact operator={operator} isAdmin={user?.role === 'admin'} />}
            <nav aria-label={t.footer.linksLabel}>
              <ul class="footer-links">
                {footer.map((link) => (
                  <li key={link.href}>
                    <a href={link.href}>{link.label[language]}</a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}

/**
 * Who runs the platform and how to reach them (issue 9 §2), from the settings OPERATOR_*. The
 * name is the organisation's own, Swedish also on an English page; the defaults say they are examples.
 */
function OperatorContact({ operator, isAdmin }: { operator: Operator; isAdmin: boolean }) {
  return (
    <>
      <p>
        {t.footer.runBy} <span lang="sv">{operator.name}</span>. {t.footer.contact}:{' '}
        <a href={`mailto:${operator.email}`}>{operator.email}</a>
        {operator.phone && (
          <>
            {' · '}
            {t.footer.phone}: <a href={`tel:${operator.phone.replace(/[^0-9+]/g, '')}`}>{operator.phone}</a>
          </>
        )}
      </p>
      {operator.example && (
        <p class="footer-example">
          {t.footer.example}
          {isAdmin && ` ${t.footer.exampleAdmin}`}
        </p>
      )}
    </>
  );
}

/** "In English" on a Swedish page, "På svenska" on an English one, written in the language it leads to. */
function LanguageSwitch({ path, languagePath }: { path: string; languagePath: string | undefined }) {
  const { request } = useRequestView();
  const other = currentLanguage() === 'sv' ? 'en' : 'sv';
  const href =
    request && !languagePath ? addressInLanguage(request, path, other) : `${languagePath ?? path}?lang=${other}`;
  return (
    <a class="language-switch" href={href} lang={other} hreflang={other}>
      {t.otherLanguage}
    </a>
  );
}

function UserMenu({
  user,
  path,
  languagePath,
}: {
  user: CurrentUser | null;
  path: string;
  languagePath: string | undefined;
}) {
  if (!user) {
    return (
      <p class="user-menu">
        <LanguageSwitch path={path} languagePath={languagePath} />
        <a
          class="sign-in-link"
          href={path === '/logga-in' ? '/logga-in' : `/logga-in?tillbaka=${encodeURIComponent(path)}`}
        >
          {t.account.signIn}
        </a>
      </p>
    );
  }
  return (
    <div class="user-menu">
      <LanguageSwitch path={path} languagePath={languagePath} />
      <a class="account-link" href="/konto" aria-current={path.startsWith('/konto') ? 'page' : undefined}>
        {t.account.myAccount}
        {/* On a phone the name goes out of sight (not out of the link's name) to keep the header to two rows. */}
        <span class="account-name"> ({user.name ?? user.email})</span>
      </a>
      <PostForm action="/logga-ut">
        <button type="submit" class="link-button">
          {t.account.signOut}
        </button>
      </PostForm>
    </div>
  );
}

export function ErrorPage({ title, text, demo, path }: { title: string; text: string; demo: boolean; path: string }) {
  return (
    // An address that failed is not worth keeping: the switch leads to the start page.
    <Layout title={title} path={path} demo={demo} languagePath="/">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">{t.errors.backToStart}</a>
      </p>
    </Layout>
  );
}
