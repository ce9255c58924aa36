import type { AssetPath, AuthorNotes, Id, LocalizedText } from '../../format/text';
import type { QuestionBase } from '../../format/questions';

/** The picture of a hotspot question. */
export interface HotspotImage {
  src: AssetPath;
  /** What the whole image shows, for people who cannot see it. */
  alt: LocalizedText;
}

/** A rectangular area of a hotspot image, in percent of the image (0–100). */
export interface HotspotArea {
  id: Id;
  /** What the area shows: read by screen readers, the name keyboard users choose it by. */
  label: LocalizedText;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** An image with areas; the learner selects every correct area. Full credit only for exactly the correct set. */
export interface HotspotQuestion extends QuestionBase {
  type: 'hotspot';
  image: HotspotImage;
  areas: HotspotArea[];
  /** Ids of every correct area. */
  correct: Id[];
}

