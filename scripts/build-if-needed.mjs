// `npm start` on a fresh clone: build the client and server when the build is missing or
// older than any source file, so the two-command quick start always runs current code.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const outputs = ['dist/client/index.html', 'dist/server/main.js'];
const sources = ['client', 'server', 'shared', 'package-lock.json', 'vite.config.ts'];

const newest = (p) => {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
  return max;
};

const built = outputs.every((o) => fs.existsSync(o));
const stale =
  built && Math.max(...sources.filter(fs.existsSync).map(newest)) > Math.min(...outputs.map(newest));
if (!built || stale) {
  console.log(built ? 'Sources changed since the last build; building…' : 'First start; building the app…');
  execSync('npm run build', { stdio: 'inherit' });
}
