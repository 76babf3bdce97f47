import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Code,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import type { Sessie } from '@schemas/identity';
import { ApiError, setCsrfToken } from '../api/client';
import { useI18n } from '../i18n';
import { fieldError, ProblemAlert, TotpCodeField } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { identityApi, type TweedeFactorInrichting } from './identity.api';
import { useSession } from './session';

/** First login of a new user: link an authenticator app, confirm with a code, keep the recovery codes. */
export function EnrolSecondFactorPage() {
  const { t } = useI18n();
  const { accept } = useSession();
  const [inrichting, setInrichting] = useState<TweedeFactorInrichting | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [code, setCode] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ herstelcodes: string[]; sessie: Sessie } | null>(null);
  const started = useRef(false);
  const codesHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // One secret per visit: a second start would replace the one on screen.
    if (started.current) return;
    started.current = true;
    identityApi.startEnrolment().then(setInrichting, setStartError);
  }, []);

  useEffect(() => {
    if (done) codesHeading.current?.focus();
  }, [done]);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setClientErrors({ code: `${t.enrol.code} ${t.common.required}` });
      document.getElementById('code')?.focus();
      return;
    }
    setClientErrors({});
    setBusy(true);
    setError(null);
    try {
      const result = await identityApi.confirmEnrolment(code.trim());
      // The server starts a new session now; its token guards the next requests.
      setCsrfToken(result.sessie.csrfToken);
      setDone(result);
    } catch (e) {
      setError(e);
      setCode('');
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div className="sl-narrow">
        <PageTitle>{t.enrol.title}</PageTitle>
        <Alert type="ok" role="status">
          <Paragraph>{t.enrol.done}</Paragraph>
        </Alert>
        <Heading2 ref={codesHeading} tabIndex={-1}>
          {t.enrol.codesTitle}
        </Heading2>
        <Paragraph>{t.enrol.codesIntro}</Paragraph>
        <ul className="sl-recovery-codes" aria-label={t.enrol.codesLabel} data-testid="recovery-codes">
          {done.herstelcodes.map((c) => (
            <li key={c}>
              <Code>{c}</Code>
            </li>
          ))}
        </ul>
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={() => accept(done.sessie)}>
            {t.enrol.stored}
          </Button>
        </ButtonGroup>
      </div>
    );
  }

  // The server's words are Dutch; the dictionary has the same message in the user's language.
  const wrongCode = error instanceof ApiError && error.status === 400 ? t.enrol.wrongCode : undefined;

  return (
    <div className="sl-narrow">
      <PageTitle>{t.enrol.title}</PageTitle>
      <Paragraph>{t.enrol.intro}</Paragraph>
      <ProblemAlert error={startError} />
      {!inrichting && !startError && <Loading />}
      {inrichting && (
        <>
          <Heading2>{t.enrol.step1}</Heading2>
          <OrderedList className="sl-steps">
            <OrderedListItem>{t.enrol.step1Text}</OrderedListItem>
          </OrderedList>
          <img className="sl-qr" src={inrichting.qrCode} alt={t.enrol.qrAlt} width={200} height={200} />
          <Paragraph>{t.enrol.manual}</Paragraph>
          <p className="utrecht-paragraph">
            <span className="sl-visually-hidden">{t.enrol.secretLabel}: </span>
            <Code className="sl-secret" data-testid="totp-secret">
              {inrichting.geheim}
            </Code>
          </p>
          <Heading2>{t.enrol.step2}</Heading2>
          {!wrongCode && <ProblemAlert error={error} />}
          <form onSubmit={confirm} noValidate className="sl-form">
            <TotpCodeField
              label={t.enrol.code}
              value={code}
              onChange={setCode}
              error={clientErrors.code ?? wrongCode ?? fieldError('code', clientErrors, error)}
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
                {t.enrol.confirm}
              </Button>
            </ButtonGroup>
          </form>
        </>
      )}
    </div>
  );
}
