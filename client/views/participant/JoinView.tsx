import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Sector } from '../../../shared/domain/sectors.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { JoinPreview, ParticipantProfile } from '../../../shared/protocol/api.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import type { JoinBody } from '../../../shared/protocol/schemas.ts';
import { fetchMe, fetchPreview, joinWith } from '../../api/join.ts';
import { SectorPicker } from '../../components/SectorPicker.tsx';
import { SiteFooter } from '../../components/SiteFooter.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { normaliseCode } from '../../joinCode.ts';
import { Header } from '../Header.tsx';
import { usePageTitle } from '../usePageTitle.ts';
import { useSectorLabel } from '../useSectorLabel.ts';
import { AlreadyJoined } from './AlreadyJoined.tsx';
import { DataNotice } from './DataNotice.tsx';
import { OriginField } from './OriginField.tsx';

export function JoinView({ code: rawCode }: { code: string }) {
  const t = useT();
  const sectorLabel = useSectorLabel();
  const [, navigate] = useLocation();
  const code = normaliseCode(rawCode);
  const [preview, setPreview] = useState<JoinPreview | null>(null);
  const [loadError, setLoadError] = useState<ErrorCode | null>(null);
  const [sector, setSector] = useState<Sector | null>(null);
  const [municipality, setMunicipality] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [error, setError] = useState<ErrorCode | 'NO_SECTOR' | null>(null);
  const [busy, setBusy] = useState(false);
  /** The details this browser's participant gave before, once they chose to change them. */
  const [editing, setEditing] = useState<ParticipantProfile | null>(null);
  usePageTitle(t('join.heading'), preview?.title);

  useEffect(() => {
    void fetchPreview(code).then((res) => {
      if (res.ok) setPreview(res.data);
      else setLoadError(res.status === 404 ? 'INVALID_CODE' : res.error.code);
    });
  }, [code]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!preview || busy) return;
    if (!sector) return setError('NO_SECTOR');
    setBusy(true);
    const name = preview.names === 'shown' ? displayName : '';
    const body: JoinBody = { code, sector, municipality, organisation, displayName: name };
    const res = await joinWith(body);
    setBusy(false);
    if (res.ok) navigate(`/w/${res.data.workshopId}`);
    else setError(res.error.code);
  };

  /** Fills the form with what was given before; if the cookie is gone by now, it is a fresh join. */
  const changeDetails = async () => {
    if (!preview) return;
    setBusy(true);
    const me = await fetchMe(preview.workshopId);
    setBusy(false);
    if (!me.ok) return setPreview({ ...preview, joined: false });
    setSector(me.data.sector);
    setMunicipality(me.data.municipality);
    setOrganisation(me.data.organisation);
    setDisplayName(me.data.displayName);
    setEditing(me.data);
  };
  const knownDetails =
    editing &&
    (editing.municipality || editing.organisation || (preview?.names === 'shown' && editing.displayName));
  // The button that opened the form is gone: keep keyboard focus in the form, on the chosen sector.
  useEffect(() => {
    if (editing) document.querySelector<HTMLInputElement>('input[name="sector"]:checked')?.focus();
  }, [editing]);

  if (loadError) {
    return (
      <>
        <Header />
        <main id="main" className="page narrow">
          <h1>{t('join.heading')}</h1>
          <p className="notice" role="alert">
            {t(errorKey(loadError))}
          </p>
          <Link href="/" className="button primary big">
            {t('join.otherCode')}
          </Link>
        </main>
      </>
    );
  }

  return (
    <>
      <Header />
      <main id="main" className="page narrow">
        {!preview ? (
          <h1>{t('common.loading')}</h1>
        ) : (
          <>
            <h1>{preview.title}</h1>
            <dl className="meta">
              {preview.date && (
                <div>
                  <dt>{t('join.when')}</dt>
                  <dd>{preview.date}</dd>
                </div>
              )}
              {preview.place && (
                <div>
                  <dt>{t('join.where')}</dt>
                  <dd>{preview.place}</dd>
                </div>
              )}
            </dl>
            {preview.joined && !editing ? (
              <AlreadyJoined workshopId={preview.workshopId} onChangeDetails={changeDetails} busy={busy} />
            ) : !preview.joined && !preview.joinsOpen ? (
              <p className="notice" role="status">
                {t(errorKey('JOINS_CLOSED'))}
              </p>
            ) : (
              <form onSubmit={onSubmit} noValidate className="stack">
                <SectorPicker
                  legend={t('join.sectorLegend')}
                  value={sector}
                  sectorLabel={sectorLabel}
                  onChange={(s) => {
                    setSector(s);
                    setError(null);
                  }}
                />
                <details className="more" open={Boolean(knownDetails)}>
                  <summary>{t('join.more')}</summary>
                  <div className="stack">
                    <OriginField onChange={setMunicipality} initial={editing?.municipality ?? ''} />
                    <TextField
                      id="join-organisation"
                      label={t('join.organisation')}
                      value={organisation}
                      maxLength={LIMITS.organisationLength}
                      autoComplete="organization"
                      onValue={setOrganisation}
                    />
                    {/* A fully anonymous workshop asks for no name (and the server keeps none). */}
                    {preview.names === 'shown' && (
                      <TextField
                        id="join-name"
                        label={t('join.displayName')}
                        value={displayName}
                        maxLength={LIMITS.displayNameLength}
                        autoComplete="name"
                        onValue={setDisplayName}
                      />
                    )}
                  </div>
                </details>
                <section className="privacy" aria-labelledby="privacy-heading">
                  <h2 id="privacy-heading">{t('join.privacyHeading')}</h2>
                  <p>{preview.names === 'shown' ? t('join.privacy') : t('join.privacyAnonymous')}</p>
                  <DataNotice notice={preview.dataNotice} />
                </section>
                <p className="error" role="alert">
                  {error === 'NO_SECTOR' ? t('join.pickSector') : error ? t(errorKey(error)) : ''}
                </p>
                <button type="submit" className="button primary big" aria-disabled={busy || undefined}>
                  {busy ? t('common.loading') : editing ? t('join.saveDetails') : t('join.submit')}
                </button>
              </form>
            )}
          </>
        )}
      </main>
      <SiteFooter />
    </>
  );
}
