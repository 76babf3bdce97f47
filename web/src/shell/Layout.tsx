import { useEffect, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import {
  Button,
  FormLabel,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import type { Sessie } from '@schemas/identity';
import { useI18n } from '../i18n';
import { useSession } from '../identity/session';
import { ProblemAlert } from './forms';
import { isCurrent, navItems, visibleTo } from './navigation';
import { RouterLink, useRouter } from './router';

export const MAIN_ID = 'inhoud';

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus sl-skip-link" href={`#${MAIN_ID}`} onClick={focusMain}>
      {t.shell.skipLink}
    </a>
  );
}

function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <Button
      appearance="subtle-button"
      className="sl-lang-switch"
      lang={other}
      aria-label={t.shell.switchLanguageLabel}
      onClick={() => setLang(other)}
    >
      {t.shell.switchLanguage}
    </Button>
  );
}

function Brand({ linked }: { linked: boolean }) {
  const { t } = useI18n();
  const name = <span className="sl-brand__name">{t.common.appName}</span>;
  return (
    <div className="sl-brand">
      {linked ? (
        <RouterLink href="/" className="sl-brand__link">
          {name}
        </RouterLink>
      ) : (
        name
      )}
      <span className="sl-brand__tagline">{t.common.tagline}</span>
    </div>
  );
}

function OrganisationSwitcher({ sessie }: { sessie: Sessie }) {
  const { t } = useI18n();
  const { switchOrganisation } = useSession();
  const [choice, setChoice] = useState(sessie.organisatie?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  if (sessie.organisaties.length < 2) {
    return (
      <p className="sl-acting">
        <span className="sl-acting__label">{t.shell.actingFor}</span>{' '}
        <strong className="sl-acting__name" data-testid="acting-organisation">
          {sessie.organisatie?.naam}
        </strong>
      </p>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice || choice === sessie.organisatie?.id) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const next = await switchOrganisation(choice);
      setDone(next.organisatie?.naam ?? null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="sl-acting">
      <p className="sl-acting__current">
        <span className="sl-acting__label">{t.shell.actingFor}</span>{' '}
        <strong className="sl-acting__name" data-testid="acting-organisation">
          {sessie.organisatie?.naam}
        </strong>
      </p>
      <form className="sl-org-switch" onSubmit={submit}>
        <FormLabel htmlFor="organisatie-wisselen" className="sl-org-switch__label">
          {t.shell.switchOrganisation}
        </FormLabel>
        <Select id="organisatie-wisselen" value={choice} onChange={(e) => setChoice(e.target.value)} className="sl-org-switch__select">
          {sessie.organisaties.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.naam}
            </SelectOption>
          ))}
        </Select>
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t.shell.switchButton}
        </Button>
      </form>
      <div role="status" className="sl-visually-hidden">
        {done ? t.shell.switched(done) : ''}
      </div>
      <ProblemAlert error={error} />
    </div>
  );
}

function UserBox({ sessie }: { sessie: Sessie }) {
  const { t } = useI18n();
  const { logOut } = useSession();
  const { path, navigate } = useRouter();
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="sl-user">
      <p className="sl-user__name">
        <span className="sl-visually-hidden">{t.shell.signedInAs} </span>
        <span data-testid="user-name">{sessie.gebruiker.naam}</span>
      </p>
      {sessie.status === 'actief' && (
        <RouterLink href="/account" current={path === '/account'} className="sl-user__account">
          {t.shell.myAccount}
        </RouterLink>
      )}
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          setError(null);
          logOut()
            .then(() => navigate('/'))
            .catch(setError);
        }}
      >
        {t.shell.logOut}
      </Button>
      <ProblemAlert error={error} />
    </div>
  );
}

function MainNav({ sessie }: { sessie: Sessie }) {
  const { t } = useI18n();
  const { path } = useRouter();
  // On narrow screens the menu folds away behind a button; from tablet width on it is always open.
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  const items = navItems.filter((item) => visibleTo(item, sessie.rollen));
  return (
    <nav className={open ? 'sl-nav sl-nav--open' : 'sl-nav'} aria-label={t.shell.mainNav}>
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle sl-nav__toggle"
        aria-expanded={open}
        aria-controls="hoofdmenu"
        onClick={() => setOpen(!open)}
      >
        {t.shell.menuButton}
      </button>
      <ul className="sl-nav__list" id="hoofdmenu">
        {items.map((item) => {
          const current = isCurrent(item, path, items);
          return (
            <li key={item.path} className="sl-nav__item">
              <RouterLink href={item.path} current={current} className={current ? 'sl-nav__link sl-nav__link--current' : 'sl-nav__link'}>
                {t.nav[item.key]}
              </RouterLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Footer({ demo }: { demo: boolean }) {
  const { t } = useI18n();
  return (
    <PageFooter className="sl-footer">
      <div className="sl-container">
        <Paragraph className="sl-footer__text">{t.shell.footer}</Paragraph>
        <Paragraph className="sl-footer__text">{t.shell.footerPrivacy}</Paragraph>
        {demo && <Paragraph className="sl-footer__text">{t.shell.demoNotice}</Paragraph>}
      </div>
    </PageFooter>
  );
}

/** The frame of every screen: skip link, header, (menu), main, footer. */
export function Layout({ sessie, children }: { sessie?: Sessie | null; children: ReactNode }) {
  const active = sessie?.status === 'actief' ? sessie : null;
  return (
    <Page className="sl-page">
      <SkipLink />
      <PageHeader className="sl-header">
        <div className="sl-container sl-header__bar">
          <Brand linked={Boolean(active)} />
          <div className="sl-header__tools">
            {sessie && <UserBox sessie={sessie} />}
            <LanguageSwitch />
          </div>
        </div>
        {active && (
          <div className="sl-container sl-header__context">
            <OrganisationSwitcher key={`${active.organisatie?.id}`} sessie={active} />
          </div>
        )}
        {active && (
          <div className="sl-nav-bar">
            <div className="sl-container">
              <MainNav sessie={active} />
            </div>
          </div>
        )}
      </PageHeader>
      <main id={MAIN_ID} tabIndex={-1} className="sl-main">
        <PageContent className="sl-container sl-content">{children}</PageContent>
      </main>
      <Footer demo={Boolean(sessie?.demo)} />
    </Page>
  );
}
