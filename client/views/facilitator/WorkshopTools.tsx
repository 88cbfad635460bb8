import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import { PartBoundary } from '../PartBoundary.tsx';
import { SaveAsTemplate } from './SaveAsTemplate.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';

/** The workshop-wide tools of the control room: its settings, and saving its agenda as a template. */
export function WorkshopTools({ workshopId, state }: { workshopId: string; state: WorkshopState }) {
  return (
    <>
      <PartBoundary>
        <SettingsPanel settings={state.settings} />
      </PartBoundary>
      <PartBoundary>
        <SaveAsTemplate workshopId={workshopId} title={state.title} />
      </PartBoundary>
    </>
  );
}
