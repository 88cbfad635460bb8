import { enStaff } from './enStaff.ts';
import { svStaff } from './svStaff.ts';
import { registerCatalog } from './useT.ts';

/** Called by the facilitator and projector chunks, which are the only users of these strings. */
export function registerStaffStrings(): void {
  registerCatalog('sv', svStaff);
  registerCatalog('en', enStaff);
}
