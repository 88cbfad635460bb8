import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../integration/helpers/childServer.ts';

const ROUTE = /\b(router|app)\.(get|post|put|patch|delete)\(\s*(?:(['`])(.*?)\3|(\w+))/g;

/**
 * Every route the server declares, read from the source (server/http/*Router.ts, mounted at
 * `/api`, and createServer.ts's own): `METHOD /api/path` as written, `:params` kept. Read from
 * the text so that a new route anywhere in those files shows up here without running anything.
 */
export function declaredRoutes(): string[] {
  const dir = path.join(REPO_ROOT, 'server/http');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('Router.ts'))
    .map((f) => path.join(dir, f));
  files.push(path.join(REPO_ROOT, 'server/createServer.ts'));
  const routes: string[] = [];
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    const consts = new Map<string, string>();
    for (const m of source.matchAll(/const (\w+) = '([^']*)'/g)) consts.set(m[1] as string, m[2] as string);
    const expand = (p: string) =>
      p.replace(/\$\{(\w+)\}/g, (_all, name: string) => consts.get(name) ?? `?${name}`);
    for (const m of source.matchAll(ROUTE)) {
      const [, owner, method, , literal, identifier] = m;
      const raw = literal ?? consts.get(identifier as string) ?? `?${identifier}`;
      const route = expand(raw);
      routes.push(`${(method as string).toUpperCase()} ${owner === 'app' ? route : `/api${route}`}`);
    }
  }
  return routes.sort();
}
