import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LOG_BURST, LOG_VALUE_CHARS } from '../../../server/log.ts';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import { YJS_PATH } from '../../../shared/protocol/yjsDoc.ts';
import { listAndDots } from '../helpers/agenda.ts';
import { api, createWorkshop, join, login } from '../helpers/http.ts';
import { pageHeaders } from '../helpers/origin.ts';
import { tempDir } from '../helpers/server.ts';
import { type SourceServer, startSourceServer } from './sourceServer.ts';

/** Runs `task` `count` times, `width` at a time. */
async function flood(count: number, width: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: width }, lane));
}

/** One well-framed Yjs update that Yjs cannot read: the server logs it and closes the sender. */
async function badYjsFrame(url: string, activityId: string, cookie: string): Promise<void> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${YJS_PATH}/${activityId}`, {
    headers: pageHeaders(url, cookie),
  });
  ws.on('error', () => {});
  const closed = new Promise((resolve) => ws.once('close', resolve));
  ws.once('open', () => ws.send(new Uint8Array([0, 2, 4, 200, 1, 255, 255])));
  await closed;
}

describe('server/log bounds', () => {
  let server: SourceServer | null = null;
  afterEach(async () => {
    await server?.stop();
    server = null;
  });

  it('writes a bounded number of short lines when bad requests flood in', async () => {
    server = await startSourceServer(tempDir());
    const { url } = server;
    const facilitator = await login(url);
    const { workshop }: CreatedWorkshop = await createWorkshop(url, facilitator, ['Ett']);
    const { listId } = listAndDots(workshop);
    const { cookie } = await join(url, workshop.code);

    // Each of these logs one warning today: 1,000 malformed paths (some long), 100 broken updates.
    const long = `/${'x'.repeat(6000)}%E0%A4%A`;
    await flood(1000, 20, (i) => api(url, 'GET', i % 10 === 0 ? long : `/%E0%A4%A/${i}`));
    await flood(100, 5, () => badYjsFrame(url, listId, cookie));
    expect((await api(url, 'GET', '/api/health')).status).toBe(200);
    await server.stop();

    const lines = server.output().trim().split('\n');
    const of = (message: string) => lines.filter((l) => l.includes(`"message":"${message}"`)).length;
    expect(of('malformed path refused')).toBe(LOG_BURST);
    expect(of('yjs message failed')).toBe(LOG_BURST);
    // Start-up, shutdown and the two bursts; nothing else.
    expect(lines.length).toBeLessThanOrEqual(2 * LOG_BURST + 5);
    for (const line of lines) expect(line.length).toBeLessThan(2 * LOG_VALUE_CHARS);
  }, 90_000);
});
