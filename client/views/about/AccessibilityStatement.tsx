import { useEffect, useState } from 'react';
import type { About } from '../../../shared/protocol/api.ts';
import { spokenDate } from '../../../shared/text/dates.ts';
import { api } from '../../api/http.ts';
import { useLangStore } from '../../stores/langStore.ts';
import { Header } from '../Header.tsx';
import { usePageTitle } from '../usePageTitle.ts';
import { ASSESSED, GAPS, LEVEL, TEXT } from './statementText.ts';

const DIGG = 'https://www.digg.se/tdosanmalan';

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

/** Contact as a link when it is an address a browser can open. */
function Contact({ contact, fallback }: { contact: string | null; fallback: string }) {
  if (!contact) return fallback;
  const href = contact.includes('@') && !contact.includes('/') ? `mailto:${contact}` : contact;
  return /^(mailto:|https?:)/.test(href) ? <a href={href}>{contact}</a> : contact;
}

/** The accessibility statement, after DIGG's template; linked from the start page and staff pages. */
export function AccessibilityStatement() {
  const lang = useLangStore((s) => s.lang);
  const w = TEXT[lang];
  const [about, setAbout] = useState<About>({ organisation: null, contact: null });
  usePageTitle(w.title);
  useEffect(() => {
    void api<About>('GET', '/api/about').then((res) => {
      if (res.ok) setAbout(res.data);
    });
  }, []);
  const date = spokenDate(ASSESSED, lang);
  const [helpBefore, helpAfter] = w.help.split('{{contact}}');
  const [reportBefore, reportAfter] = w.report.split('{{contact}}');
  const contact = <Contact contact={about.contact} fallback={w.contactFallback} />;

  return (
    <>
      <Header />
      <main id="main" className="page narrow statement">
        <h1>{w.heading}</h1>
        <p>{fill(w.intro, { org: about.organisation ?? w.orgFallback })}</p>
        <h2>{w.howHeading}</h2>
        <p>{LEVEL === 'full' ? w.full : w.partial}</p>
        <h2>{w.helpHeading}</h2>
        <p>
          {helpBefore}
          {contact}
          {helpAfter}
        </p>
        <h2>{w.reportHeading}</h2>
        <p>
          {reportBefore}
          {contact}
          {reportAfter}
        </p>
        <h2>{w.supervisionHeading}</h2>
        <p>{w.supervision}</p>
        <p>
          <a href={DIGG}>{w.supervisionLink}</a>
        </p>
        <h2>{w.technicalHeading}</h2>
        <p>{LEVEL === 'full' ? w.full : w.partial}</p>
        <h3>{w.gapsHeading}</h3>
        {GAPS.length === 0 ? (
          <p>{w.noGaps}</p>
        ) : (
          <ul>
            {GAPS.map((g) => (
              <li key={g.sv}>{g[lang]}</li>
            ))}
          </ul>
        )}
        <h2>{w.methodHeading}</h2>
        <p>{w.method}</p>
        <p>{fill(w.assessed, { date })}</p>
        <p>{fill(w.updated, { date })}</p>
      </main>
    </>
  );
}
