import type { LearningEvent } from '@coursekit/engine';
import type { Cmi5RegistrationFlags } from '../cmi5/session';
import type { Cmi5LaunchData } from '../launch/cmi5';
import type { Agent } from '../statements/types';

/** Who a session's statements are about and where they belong: what the statement builder needs beyond the events. */
export interface SessionIdentity {
  actor: Agent;
  registration?: string;
  /** The course activity's id (cmi5: the AU's activityId). */
  courseActivityId?: string;
  organisationUnit?: string;
}

/**
 * One session's learning events before the sender (statement builder, queue, delivery) has taken
 * them: enough to build its statements at any later time, on this page or at the next launch.
 */
export interface SessionRecord {
  tracker: 'xapi' | 'cmi5';
  who: SessionIdentity;
  launchedAt: number;
  /** cmi5: LMS.LaunchData and the registration's flags as the launch read them. */
  cmi5?: { launchData: Cmi5LaunchData; flags: Cmi5RegistrationFlags | undefined };
  /** Each event with the course time (TrackerContext.totalTimeMs) it was handed with, in order. */
  events: Array<[LearningEvent, number]>;
  /** When the session ended (terminate), if it has. */
  closedAt?: number;
  /** When this record was last written. */
  writtenAt: number;
}

/**
 * The localStorage key prefix of one tracker's records for one queue (LRS and course). A record's
 * key is the prefix and the session's own id.
 */
export function journalPrefix(tracker: SessionRecord['tracker'], queueName: string): string {
  return `ck-xapi-events:${tracker}:${queueName}#`;
}

/**
 * Writes a record synchronously: as a page closes, nothing asynchronous is sure to finish.
 * False when storage refused it (full or disabled).
 */
export function writeRecord(storage: Storage, key: string, record: SessionRecord): boolean {
  try {
    storage.setItem(key, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}
