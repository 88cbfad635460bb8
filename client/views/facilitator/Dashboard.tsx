import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { WorkshopSummary } from '../../../shared/protocol/api.ts';
import type { TemplateSummary } from '../../../shared/protocol/templates.ts';
import { api } from '../../api/http.ts';
import { fetchTemplates } from '../../api/templates.ts';
import { useT } from '../../i18n/useT.ts';
import { CreateWorkshopForm } from './CreateWorkshopForm.tsx';
import { DeletedWorkshops } from './DeletedWorkshops.tsx';
import { DuplicateWorkshop } from './DuplicateWorkshop.tsx';
import { FacilitatorHeader } from './FacilitatorHeader.tsx';
import { TemplateList } from './TemplateList.tsx';

export function Dashboard() {
  const t = useT();
  const [workshops, setWorkshops] = useState<WorkshopSummary[] | null>(null);
  const loadWorkshops = () =>
    void api<WorkshopSummary[]>('GET', '/api/workshops').then((res) => setWorkshops(res.ok ? res.data : []));
  useEffect(loadWorkshops, []);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  // Built-in templates are named in the facilitator's language: asked again when it changes.
  useEffect(() => {
    void fetchTemplates(t.lang).then((res) => setTemplates(res.ok ? res.data : []));
  }, [t.lang]);

  return (
    <>
      <FacilitatorHeader />
      <main id="main" className="page dashboard">
        <h1>{t('facilitator.heading')}</h1>
        <div className="dashboard-grid">
          <section aria-labelledby="list-heading">
            <h2 id="list-heading">{t('facilitator.workshops')}</h2>
            {workshops === null && <p role="status">{t('common.loading')}</p>}
            {workshops?.length === 0 && <p>{t('facilitator.noWorkshops')}</p>}
            {workshops && workshops.length > 0 && (
              <ul className="workshop-list">
                {workshops.map((w) => (
                  <li key={w.id}>
                    <Link href={`/w/${w.id}`} className="workshop-link">
                      {w.title}
                    </Link>
                    <span className="workshop-meta">
                      {[
                        w.date,
                        w.place,
                        t('facilitator.participants', { n: w.participants }),
                        w.role === 'co' ? t('team.co') : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                    <div className="button-row">
                      <DuplicateWorkshop workshopId={w.id} title={w.title} />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <DeletedWorkshops onRestored={loadWorkshops} />
          <section aria-labelledby="create-heading">
            <h2 id="create-heading">{t('facilitator.createHeading')}</h2>
            <CreateWorkshopForm templates={templates} />
          </section>
          <TemplateList
            templates={templates}
            onDeleted={(id) => setTemplates((list) => list.filter((x) => x.id !== id))}
          />
        </div>
      </main>
    </>
  );
}
