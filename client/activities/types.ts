import type { ComponentType, LazyExoticComponent } from 'react';
import type { Capabilities } from '../../shared/domain/control.ts';
import type { ActivitySummary } from '../../shared/domain/workshop.ts';
import type { Lang } from '../stores/langStore.ts';

/** What every view of an activity gets; its state, results and own response come from the stores. */
export interface ActivityViewProps {
  workshopId: string;
  activity: ActivitySummary;
}

/** The setup form of a type: edits its config (and title) before or between runs. */
export interface SetupProps {
  activity: ActivitySummary;
  /** The whole agenda, for types that build on another activity (dot voting picks its list). */
  agenda: readonly ActivitySummary[];
}

/**
 * A type's name in every language, kept in its folder (`label.ts`) and tiny: the registry holds
 * it eagerly, for the agenda, the add-activity picker and the headings of untitled activities.
 */
export type TypeLabel = Readonly<Record<Lang, string>>;

type Lazy<P> = LazyExoticComponent<ComponentType<P>>;

/**
 * A type's client side as phones need it. Every view is its own lazy chunk: a phone downloads the
 * participant view of a type only when an activity of that type is shown.
 */
export interface ClientActivity {
  type: string;
  /** The type's name on screens (an activity without a title shows this). */
  label: TypeLabel;
  caps: Capabilities;
  Participant: Lazy<ActivityViewProps>;
}

/** A type's views for the control room and the projector (staffViews.ts). */
export interface StaffViews {
  Projector: Lazy<ActivityViewProps>;
  Facilitator: Lazy<ActivityViewProps>;
  Setup: Lazy<SetupProps>;
}
