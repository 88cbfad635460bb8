import { dotsModule } from './dots/index.ts';
import { ideasModule } from './ideas/index.ts';
import { listModule } from './list/index.ts';
import { matrixModule } from './matrix/index.ts';
import type { ActivityModule } from './module.ts';
import { pollModule } from './poll/index.ts';
import { questionModule } from './question/index.ts';
import { rankingModule } from './ranking/index.ts';
import { scaleModule } from './scale/index.ts';
import { wordcloudModule } from './wordcloud/index.ts';

/** The server's registry: one line per activity type. Nothing else imports an activity. */
const MODULES: readonly ActivityModule<never>[] = [
  listModule,
  dotsModule,
  pollModule,
  scaleModule,
  rankingModule,
  matrixModule,
  questionModule,
  ideasModule,
  wordcloudModule,
] as unknown as ActivityModule<never>[];

const byType = new Map<string, ActivityModule<unknown>>(
  MODULES.map((m) => [m.type, m as unknown as ActivityModule<unknown>]),
);

export function moduleOf(type: string): ActivityModule<unknown> | null {
  return byType.get(type) ?? null;
}

export const ACTIVITY_TYPES: readonly string[] = [...byType.keys()];
