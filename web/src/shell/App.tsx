import { useEffect, useRef, type ReactNode } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { Rol, Sessie } from '@schemas/identity';
import { AcuutPage } from '../acuut/AcuutPage';
import { ContactPage as AcuutContactPage } from '../acuut/ContactPage';
import { NieuwContactPage as AcuutNieuwContactPage } from '../acuut/NieuwContactPage';
import { DienstenPage as AcuutDienstenPage } from '../acuut/diensten/DienstenPage';
import { ThvPage } from '../acuut/thv/ThvPage';
import { AanmeldingPage } from '../actieoverleg/AanmeldingPage';
import { ActieoverlegPage } from '../actieoverleg/ActieoverlegPage';
import { AfsprakenPage } from '../actieoverleg/afspraken/AfsprakenPage';
import { BesprekingPage } from '../actieoverleg/bespreking/BesprekingPage';
import { NotulenPage } from '../actieoverleg/notulen/NotulenPage';
import { OverlegPage } from '../actieoverleg/vergaderingen/OverlegPage';
import { ReeksPage } from '../actieoverleg/vergaderingen/ReeksPage';
import { AuditLogPage } from '../audit/AuditLogPage';
import { CasesPage } from '../cases/CasesPage';
import { CasusPage } from '../cases/CasusPage';
import { BevragingenPage } from '../bevraging/BevragingenPage';
import { TasksPage } from '../tasks/TasksPage';
import { OverviewPage } from '../home/OverviewPage';
import { useI18n } from '../i18n';
import { AccountPage } from '../identity/AccountPage';
import { ChooseOrganisationPage } from '../identity/ChooseOrganisationPage';
import { ReplaceTemporaryPasswordPage } from '../identity/ReplaceTemporaryPasswordPage';
import { EnrolSecondFactorPage } from '../identity/EnrolSecondFactorPage';
import { CreateUserPage } from '../identity/gebruikers/CreateUserPage';
import { EditUserPage } from '../identity/gebruikers/EditUserPage';
import { UsersPage } from '../identity/gebruikers/UsersPage';
import { LoginPage } from '../identity/LoginPage';
import { ContactpersonenBeheerPage } from '../kindermishandeling/ContactpersonenBeheerPage';
import { KindermishandelingPage } from '../kindermishandeling/KindermishandelingPage';
import { MedischeVerzoekenPage, MedischVerzoekPage } from '../kindermishandeling/MedischeVerzoeken';
import { TrajectPage as SskTrajectPage } from '../kindermishandeling/TrajectPage';
import { useSession } from '../identity/session';
import { IndicatorenPage } from '../indicatoren/IndicatorenPage';
import { EvaluatiesPage } from '../indicatoren/evaluaties/EvaluatiesPage';
import { InspanningenPage } from '../indicatoren/inspanningen/InspanningenPage';
import { RapportPage } from '../indicatoren/rapport/RapportPage';
import { BijeenkomstPage as NetwerkBijeenkomstPage } from '../netwerk/BijeenkomstPage';
import { LeercasussenPage } from '../netwerk/LeercasussenPage';
import { NetwerkPage } from '../netwerk/NetwerkPage';
import { ThemasPage as NetwerkThemasPage } from '../netwerk/ThemasPage';
import { TwijfelcasussenPage } from '../netwerk/TwijfelcasussenPage';
import { WerkplanPage } from '../netwerk/WerkplanPage';
import { MeldingenPage } from '../meldingen/MeldingenPage';
import { MeldingPage } from '../meldingen/MeldingPage';
import { NieuweMeldingPage } from '../meldingen/NieuweMeldingPage';
import { KoppelingenPage } from '../meldingen/koppelingen/KoppelingenPage';
import { PersonPage } from '../persons/PersonPage';
import { CreateGrondslagPage } from '../sharing/CreateGrondslagPage';
import { EditGrondslagPage } from '../sharing/EditGrondslagPage';
import { GrondslagenPage } from '../sharing/GrondslagenPage';
import { CreateInterventiePage } from '../interventies/CreateInterventiePage';
import { EditInterventiePage } from '../interventies/EditInterventiePage';
import { InterventiesPage } from '../interventies/InterventiesPage';
import { VeiligheidsplanOverzichtPage } from '../veiligheidsplan/VeiligheidsplanOverzichtPage';
import { VeiligheidsplanPage } from '../veiligheidsplan/VeiligheidsplanPage';
import { AandachtspuntenPage } from '../zsm/AandachtspuntenPage';
import { BereikbaarheidPage } from '../zsm/BereikbaarheidPage';
import { NieuweZsmZaakPage } from '../zsm/NieuweZsmZaakPage';
import { ZsmCasusPage } from '../zsm/ZsmCasusPage';
import { ZsmPage } from '../zsm/ZsmPage';
import { ZsmZaakPage } from '../zsm/ZsmZaakPage';
import { ProblemAlert } from './forms';
import { Layout } from './Layout';
import { ForbiddenPage, NotFoundPage } from './NotFoundPage';
import { Loading, PageTitle } from './page';
import { matchPath, useRouter } from './router';

interface Route {
  path: string;
  roles?: Rol[];
  render: (params: Record<string, string>) => ReactNode;
}

const ADMIN: Rol[] = ['functioneel-beheerder'];

const routes: Route[] = [
  { path: '/', render: () => <OverviewPage /> },
  { path: '/casussen', render: () => <CasesPage /> },
  { path: '/casussen/:id', render: ({ id }) => <CasusPage key={id} id={id!} /> },
  { path: '/casussen/:id/veiligheidsplan', render: ({ id }) => <VeiligheidsplanPage key={id} casusId={id!} /> },
  { path: '/taken', render: () => <TasksPage /> },
  { path: '/bevragingen', render: () => <BevragingenPage /> },
  { path: '/meldingen', render: () => <MeldingenPage /> },
  { path: '/meldingen/nieuw', render: () => <NieuweMeldingPage /> },
  { path: '/meldingen/:id', render: ({ id }) => <MeldingPage key={id} id={id!} /> },
  { path: '/personen/:id', render: ({ id }) => <PersonPage key={id} id={id!} /> },
  { path: '/acuut', render: () => <AcuutPage /> },
  { path: '/acuut/contact/nieuw', render: () => <AcuutNieuwContactPage /> },
  { path: '/acuut/diensten', roles: ADMIN, render: () => <AcuutDienstenPage /> },
  { path: '/acuut/contacten/:id', render: ({ id }) => <AcuutContactPage key={id} id={id!} /> },
  { path: '/acuut/thv/:id', render: ({ id }) => <ThvPage key={id} id={id!} /> },
  { path: '/actieoverleg', render: () => <ActieoverlegPage /> },
  { path: '/actieoverleg/aanmeldingen/nieuw', render: () => <AanmeldingPage /> },
  { path: '/actieoverleg/aanmeldingen/:id', render: ({ id }) => <AanmeldingPage id={id!} /> },
  { path: '/actieoverleg/afspraken', render: () => <AfsprakenPage /> },
  { path: '/actieoverleg/notulen', render: () => <NotulenPage /> },
  { path: '/actieoverleg/reeks', render: () => <ReeksPage /> },
  { path: '/actieoverleg/overleggen/:id', render: ({ id }) => <OverlegPage key={id} id={id!} /> },
  {
    path: '/actieoverleg/overleggen/:id/agendapunten/:agendapuntId',
    render: ({ id, agendapuntId }) => <BesprekingPage key={agendapuntId} overlegId={id!} agendapuntId={agendapuntId!} />,
  },
  { path: '/zsm', render: () => <ZsmPage /> },
  { path: '/zsm/nieuw', render: () => <NieuweZsmZaakPage /> },
  { path: '/zsm/bereikbaarheid', render: () => <BereikbaarheidPage /> },
  { path: '/zsm/aandachtspunten', render: () => <AandachtspuntenPage /> },
  { path: '/zsm/zaken/:id', render: ({ id }) => <ZsmZaakPage key={id} id={id!} /> },
  { path: '/zsm/casussen/:casusId', render: ({ casusId }) => <ZsmCasusPage key={casusId} casusId={casusId!} /> },
  { path: '/kindermishandeling', render: () => <KindermishandelingPage /> },
  { path: '/kindermishandeling/contactpersonen', roles: ADMIN, render: () => <ContactpersonenBeheerPage /> },
  { path: '/kindermishandeling/trajecten/:id', render: ({ id }) => <SskTrajectPage key={id} id={id!} /> },
  { path: '/kindermishandeling/medische-verzoeken', render: () => <MedischeVerzoekenPage /> },
  { path: '/kindermishandeling/medische-verzoeken/:id', render: ({ id }) => <MedischVerzoekPage key={id} id={id!} /> },
  { path: '/veiligheidsplan', render: () => <VeiligheidsplanOverzichtPage /> },
  { path: '/indicatoren', render: () => <IndicatorenPage /> },
  { path: '/indicatoren/evaluaties', render: () => <EvaluatiesPage /> },
  { path: '/indicatoren/inspanningen', render: () => <InspanningenPage /> },
  { path: '/indicatoren/rapport', render: () => <RapportPage /> },
  { path: '/netwerk', render: () => <NetwerkPage /> },
  { path: '/netwerk/themas', render: () => <NetwerkThemasPage /> },
  { path: '/netwerk/werkplan/:jaar', render: ({ jaar }) => <WerkplanPage key={jaar} jaar={Number(jaar) || new Date().getFullYear()} /> },
  { path: '/netwerk/bijeenkomsten/nieuw', render: () => <NetwerkBijeenkomstPage key="nieuw" /> },
  { path: '/netwerk/bijeenkomsten/:id', render: ({ id }) => <NetwerkBijeenkomstPage key={id} id={id!} /> },
  { path: '/netwerk/leercasussen', render: () => <LeercasussenPage /> },
  { path: '/netwerk/twijfelcasussen', render: () => <TwijfelcasussenPage /> },
  { path: '/account', render: () => <AccountPage /> },
  { path: '/gebruikers', roles: ADMIN, render: () => <UsersPage /> },
  { path: '/gebruikers/nieuw', roles: ADMIN, render: () => <CreateUserPage /> },
  { path: '/gebruikers/:id', roles: ADMIN, render: ({ id }) => <EditUserPage key={id} id={id!} /> },
  { path: '/auditlog', roles: ADMIN, render: () => <AuditLogPage /> },
  { path: '/grondslagen', roles: ADMIN, render: () => <GrondslagenPage /> },
  { path: '/grondslagen/nieuw', roles: ADMIN, render: () => <CreateGrondslagPage /> },
  { path: '/grondslagen/:id', roles: ADMIN, render: ({ id }) => <EditGrondslagPage key={id} id={id!} /> },
  { path: '/koppelingen', roles: ADMIN, render: () => <KoppelingenPage /> },
  { path: '/interventies', roles: ADMIN, render: () => <InterventiesPage /> },
  { path: '/interventies/nieuw', roles: ADMIN, render: () => <CreateInterventiePage /> },
  { path: '/interventies/:code', roles: ADMIN, render: ({ code }) => <EditInterventiePage key={code} code={code!} /> },
];

function Routes({ sessie }: { sessie: Sessie }) {
  const { path } = useRouter();
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.roles && !route.roles.some((r) => sessie.rollen.includes(r))) return <ForbiddenPage />;
    return <>{route.render(params)}</>;
  }
  return <NotFoundPage />;
}

/** After navigating inside the app, focus moves to the new page's heading (as a page load would reset it). */
function useFocusOnNavigation(path: string | null) {
  const first = useRef(true);
  useEffect(() => {
    // null: the first session probe is still running; the page that loads with it keeps the browser's focus.
    if (path === null) return;
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.getElementById('paginatitel');
    (heading ?? document.getElementById('inhoud'))?.focus();
    window.scrollTo(0, 0);
  }, [path]);
}

export function App() {
  const { t } = useI18n();
  const { sessie, probeError, retryProbe, refresh } = useSession();
  const { path } = useRouter();
  useFocusOnNavigation(sessie === undefined ? null : `${path}|${sessie?.status ?? 'geen'}|${sessie?.organisatie?.id ?? ''}`);

  // Each page change inside the app checks the session: an expired one sends the user to the login screen
  // at once (not only at the next save), and changed roles show in the menu.
  const active = sessie?.status === 'actief';
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = path;
    if (active) refresh();
  }, [path, active, refresh]);

  let content: ReactNode;
  if (sessie === undefined) {
    content = probeError ? (
      <>
        <PageTitle>{t.common.errorTitle}</PageTitle>
        <ProblemAlert error={probeError} />
        <Paragraph>
          <Button appearance="secondary-action-button" onClick={retryProbe}>
            {t.login.submit}
          </Button>
        </Paragraph>
      </>
    ) : (
      <Loading />
    );
  } else if (sessie === null) {
    content = <LoginPage />;
  } else if (sessie.status === 'wachtwoord-wijzigen') {
    content = <ReplaceTemporaryPasswordPage />;
  } else if (sessie.status === 'tweede-factor-inrichten') {
    content = <EnrolSecondFactorPage />;
  } else if (sessie.status === 'organisatie-kiezen') {
    content = <ChooseOrganisationPage sessie={sessie} />;
  } else {
    content = <Routes key={sessie.organisatie?.id} sessie={sessie} />;
  }

  return (
    <Layout sessie={sessie}>
      {content}
    </Layout>
  );
}
