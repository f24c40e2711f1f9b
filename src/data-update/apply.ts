/**
 * Putting an overlay to work: the knowledge base's bundled people are patched with it from now on
 * (every lookup, analysis and check), unless the bundled data is already as new as the overlay
 * (a later release of the extension), in which case the overlay is left unused rather than undoing
 * newer facts.
 */
import bundledJson from '../extractor/kb/data/mps.compact.json';
import { KbData, KnowledgeBase } from '../extractor/kb/knowledgeBase';
import { mergeOverlay } from './merge';
import type { Overlay } from './overlay';
import type { UpdateRequest } from './update';

const bundledData = bundledJson as unknown as KbData & { generated: string };

/** The bundled data's dates, whatever overlay is in use. */
export function bundledInfo(): { partyVerifiedTo: string; generated: string } {
  return { partyVerifiedTo: bundledData.coverage.partyVerifiedTo, generated: bundledData.generated };
}

/** The bundled people (no overlay), for building a new overlay. */
export function bundledForUpdate(): UpdateRequest['bundled'] {
  return { people: [...KnowledgeBase.fromData(bundledData).people()], ...bundledInfo() };
}

/** True when the overlay tells more than the bundled data (it reaches a later day). */
export function overlayIsNewer(overlay: Overlay, bundled = bundledInfo()): boolean {
  return overlay.verifiedTo > bundled.partyVerifiedTo;
}

let applied: Overlay | null = null;

/** The overlay in use (applied, not merely loaded), for an analysis made in a worker thread to use too. */
export function overlayInUse(): Overlay | null {
  return applied;
}

/** Applies the overlay in every later lookup of the bundled knowledge base (null: the bundled data alone). */
export function useOverlay(overlay: Overlay | null): 'applied' | 'bundled-newer' | 'none' {
  applied = overlay && overlayIsNewer(overlay) ? overlay : null;
  if (!overlay) {
    KnowledgeBase.patchBundled(null);
    return 'none';
  }
  if (!overlayIsNewer(overlay)) {
    KnowledgeBase.patchBundled(null);
    return 'bundled-newer';
  }
  KnowledgeBase.patchBundled((people, coverage) => mergeOverlay(people, coverage, overlay));
  return 'applied';
}
