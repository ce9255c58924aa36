import type { EarlierPlaces } from './earlier-copy-store';

/**
 * The device copy of the learner's state as versions before the trackers' sender became a chunk of
 * its own kept it until the LRS had it: the `state` meta row beside the statement queue, in
 * IndexedDB (database `coursekit-xapi`, store `meta`, key `[queue name, "state"]`, the document in
 * `value`) or, where IndexedDB could not be used, in localStorage under `ck-xapi:<tag>:m:state`.
 * Today's copy lives in localStorage (`localStateCopy`); a state that never reached the LRS is
 * still only here.
 */
export interface EarlierStateCopy {
  /** The copy, or undefined when there is none or it was already moved on this device. */
  read(): Promise<unknown>;
  /** Deletes it (today's copy or the LRS holds it now); later launches no longer look. */
  remove(): Promise<void>;
}

/**
 * The earlier device copy of the state of queue `queueName` (`<LRS endpoint>|<course activity base>`).
 * `indexedDB` defaults to the browser's, null skips it; `localStorage` also keeps the mark that the copy was moved
 * or never there, so later launches neither look nor load the code that looks (a chunk of its own).
 *
 * @example
 * const earlier = earlierStateCopy('https://lrs.example.go.id/xapi/|urn:coursekit:tour', { indexedDB, localStorage });
 * const doc = await earlier.read();
 */
export function earlierStateCopy(queueName: string, where: EarlierPlaces): EarlierStateCopy {
  const movedKey = `ck-xapi-state-moved:${queueName}`;
  const store = () => import('./earlier-copy-store');
  const mark = () => {
    try {
      where.localStorage?.setItem(movedKey, '1');
    } catch {
      // Full or disabled: the next launch looks again and finds nothing.
    }
  };
  return {
    async read() {
      try {
        if (where.localStorage?.getItem(movedKey)) return undefined;
      } catch {
        // Disabled since the probe: look anyway.
      }
      const { looked, value } = await (await store()).readEarlierCopy(queueName, where);
      if (value === undefined && looked) mark();
      return value;
    },
    async remove() {
      // A chunk that cannot load leaves the copy: the next launch finds it older than the LRS's and tries again.
      const looked = await store().then((m) => m.removeEarlierCopy(queueName, where)).catch(() => false);
      if (looked) mark();
    },
  };
}
