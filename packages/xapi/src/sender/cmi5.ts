import type { Cmi5RegistrationFlags } from '../cmi5/session';
import { Cmi5Session } from '../cmi5/session';
import type { Statement } from '../statements/types';
import type { SessionRecord } from './journal';
import { type Rules, type RulesFor, Sender, type SenderInit } from './sender';

/** A cmi5 session's rules, and the registration whose once-only verbs it tracks. */
interface Cmi5Rules extends Rules {
  registration: string | undefined;
  session: Cmi5Session;
}

/**
 * The cmi5 AU's rules (see `Cmi5Session`): `initialized` first, completed/passed/failed as moveOn and
 * masteryScore need, every other event as an allowed statement, `terminated` last. A session
 * replayed before this one (its page closed before its sender arrived) may have sent completed or
 * passed in the same registration: this one knows, so neither is sent twice in a registration.
 */
function cmi5Rules(onFlags: ((flags: Cmi5RegistrationFlags) => void) | undefined): RulesFor {
  return (record: SessionRecord, builder, earlier) => {
    const registration = record.who.registration;
    const flags = { completed: false, passed: false, ...record.cmi5!.flags };
    for (const rules of earlier as Cmi5Rules[]) {
      if (rules.registration !== registration) continue;
      flags.completed ||= rules.session.registrationFlags.completed;
      flags.passed ||= rules.session.registrationFlags.passed;
    }
    const session = new Cmi5Session(builder, record.cmi5!.launchData, flags);
    const told = () => onFlags?.(session.registrationFlags);
    told();
    const rules: Cmi5Rules = {
      registration,
      session,
      // cmi5 9.3.2: initialized is the session's first statement, soon after the LMS's launched.
      opening: () => [session.initialized(record.launchedAt)],
      statementsFor(event, totalTimeMs) {
        let out: Statement[];
        switch (event.type) {
          case 'course-started':
          case 'course-resumed':
            // initialized opened the session; the builder still learns the language and the page.
            builder.observe(event);
            return [];
          case 'course-completed':
            out = session.completed(event.time, event.durationMs, event.certificateId);
            break;
          case 'course-scored':
            out = session.judged(event.time, event.passed, event.score, totalTimeMs, event.certificateId);
            break;
          default:
            return builder.statementsFor(event).map((s) => session.allowed(s)).filter((s): s is Statement => s !== null);
        }
        told();
        return out;
      },
      closing: (time) => session.terminated(time),
    };
    return rules;
  };
}

/**
 * Opens the cmi5 tracker's sender: `onFlags` hears the registration's once-only flags (completed,
 * passed) whenever they may have changed, for the state document.
 *
 * @example
 * const sender = await openCmi5Sender(init, (flags) => (state.cmi5 = flags));
 */
export function openCmi5Sender(init: SenderInit, onFlags?: (flags: Cmi5RegistrationFlags) => void): Promise<Sender> {
  return Sender.open(init, (record, builder, earlier) => cmi5Rules(record === init.record ? onFlags : undefined)(record, builder, earlier));
}
