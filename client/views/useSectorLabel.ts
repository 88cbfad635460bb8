import { useCallback } from 'react';
import type { Sector } from '../../shared/domain/sectors.ts';
import { useT } from '../i18n/useT.ts';

export function useSectorLabel(): (sector: Sector) => string {
  const t = useT();
  return useCallback((sector: Sector) => t(`sector.${sector}`), [t]);
}
