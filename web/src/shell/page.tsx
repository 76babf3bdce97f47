import { useEffect, type ReactNode } from 'react';
import { Heading1 } from '@utrecht/component-library-react';
import { useI18n } from '../i18n';

/** The h1 of a page; it also names the browser tab. Focus lands here after navigating inside the app. */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useI18n();
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? t.common.pageTitle(text) : t.common.appName;
  }, [text, t]);
  return (
    <Heading1 id="paginatitel" tabIndex={-1} className="sl-page-title">
      {children}
    </Heading1>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="utrecht-paragraph sl-loading" role="status">
      {t.common.loading}
    </p>
  );
}
