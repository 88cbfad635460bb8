import { afterEach, describe, expect, it } from 'vitest';
import type { JoinPreview } from '../../../shared/protocol/api.ts';
import { Harness } from '../helpers/harness.ts';
import { api, createWorkshop, login } from '../helpers/http.ts';

describe('GET /api/join/:code data notice', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function previewWith(env: Record<string, string>): Promise<JoinPreview> {
    const { app } = await h.start({ env });
    const { workshop } = await createWorkshop(app.url, await login(app.url));
    const res = await api<JoinPreview>(app.url, 'GET', `/api/join/${workshop.code}`);
    expect(res.status).toBe(200);
    return res.body;
  }

  it('tells who holds the data, where to ask and how long it is kept, as the installation set it', async () => {
    const preview = await previewWith({
      SAMSYN_ORGANISATION: 'Region Exempel',
      SAMSYN_PRIVACY_CONTACT: 'dataskydd@example.se',
      SAMSYN_RETENTION_DAYS: '365',
      SAMSYN_DELETE_GRACE_DAYS: '14',
    });
    expect(preview.dataNotice).toEqual({
      organisation: 'Region Exempel',
      contact: 'dataskydd@example.se',
      retentionDays: 365,
      graceDays: 14,
    });
  });

  it('leaves the organisation and contact empty, not invented, when nothing is set', async () => {
    const preview = await previewWith({});
    expect(preview.dataNotice).toMatchObject({ organisation: null, contact: null, retentionDays: null });
    expect(preview.dataNotice.graceDays).toBeGreaterThanOrEqual(0);
  });
});
