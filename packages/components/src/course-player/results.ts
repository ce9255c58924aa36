import { html, nothing, type TemplateResult } from 'lit';
import { nipProblem, normalizeNip, type CourseEngineApi, type LearnerProfile } from '@coursekit/engine';
import { engineReady } from '../controllers/engine-controller';
import { stringsFor } from '../i18n/msg';
import { resultsStrings } from '../translations/results';

/** What the results page needs from the player. */
export interface ResultsContext {
  engine: CourseEngineApi;
  /** The name the host gives (the player's `learner-name`), else the LMS's; what the learner typed wins over the LMS's. */
  learnerName: string;
  /** The learner's id in the LMS, used as the NIP when it is one. */
  learnerId?: string | null;
  /** The learner's work unit (unit kerja) as the launch names it (an xAPI or cmi5 launch's `organisation_unit`). */
  learnerUnit?: string | null;
  asset: (path: string) => string;
  /** Problems of the last attempt to save the certificate details, by field; with `saved` once saved. */
  identity: IdentityState;
  onIdentity: (state: IdentityState) => void;
  onBack: () => void;
  /** The "Continue what is unfinished" list, if anything is (see required.ts). */
  unfinished?: TemplateResult | typeof nothing;
  /** The course's downloads, if any. */
  downloads?: TemplateResult | typeof nothing;
}

/** The certificate details form: problems by field, and whether the last submit saved. */
export interface IdentityState {
  problems: Partial<Record<'name' | 'nip' | 'unit', string>>;
  saved: boolean;
}

type IdentityField = 'name' | 'nip' | 'unit';

/**
 * Who the certificate names: what the learner typed, else the host's or the LMS's name; the NIP
 * and the unit kerja the LMS gave (an LMS id that is an NIP, the launch's unit) win over what was
 * typed, and the form shows them read-only. The name stays editable: an LMS often holds it without
 * the academic titles (gelar) an ASN certificate carries.
 */
function identityOf(ctx: ResultsContext): { who: Required<LearnerProfile>; fromLms: Partial<Record<IdentityField, true>> } {
  const typed = ctx.engine.learner;
  const lmsNip = ctx.learnerId && nipProblem(ctx.learnerId) === null ? normalizeNip(ctx.learnerId) : '';
  const lmsUnit = ctx.learnerUnit?.trim() ?? '';
  return {
    who: { name: typed.name ?? ctx.learnerName, nip: lmsNip || (typed.nip ?? ''), unit: lmsUnit || (typed.unit ?? '') },
    fromLms: { ...(lmsNip ? { nip: true } : {}), ...(lmsUnit ? { unit: true } : {}) },
  };
}

function identityForm(ctx: ResultsContext, { who, fromLms }: ReturnType<typeof identityOf>): TemplateResult {
  const s = stringsFor(resultsStrings, ctx.engine.language).identity;
  const { problems } = ctx.identity;
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const profile = { name: value('name'), nip: normalizeNip(value('nip')), unit: value('unit') };
    const next: IdentityState['problems'] = {};
    if (!profile.name) next.name = s.problem.name;
    const nip = nipProblem(profile.nip);
    if (nip) next.nip = s.problem[nip];
    if (!profile.unit) next.unit = s.problem.unit;
    const first = (['name', 'nip', 'unit'] as const).find((k) => next[k]);
    if (first) {
      ctx.onIdentity({ problems: next, saved: false });
      (form.elements.namedItem(first) as HTMLInputElement).focus();
      return;
    }
    ctx.engine.setLearner(profile);
    ctx.onIdentity({ problems: {}, saved: true });
  };
  const field = (name: IdentityField, label: string, value: string, attrs: { autocomplete: string; inputmode?: string; maxlength: number }) => {
    const described = [fromLms[name] ? `identity-${name}-lms` : '', problems[name] ? `identity-${name}-problem` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for="identity-${name}">${label}</label>
      <input
        id="identity-${name}"
        name=${name}
        .value=${value}
        autocomplete=${attrs.autocomplete}
        inputmode=${attrs.inputmode ?? 'text'}
        maxlength=${attrs.maxlength}
        required
        ?readonly=${fromLms[name] === true}
        aria-invalid=${problems[name] ? 'true' : 'false'}
        aria-describedby=${described || nothing}
      />
      ${fromLms[name] ? html`<p class="from-lms" id="identity-${name}-lms">${s.fromLms}</p>` : nothing}
      ${problems[name] ? html`<p class="problem" id="identity-${name}-problem">${problems[name]}</p>` : nothing}
    </div>`;
  };
  return html`<form class="identity" novalidate @submit=${submit}>
    <fieldset>
      <legend>${s.legend}</legend>
      <p class="hint">${s.hint}</p>
      ${field('name', s.name, who.name, { autocomplete: 'name', maxlength: 80 })}
      ${field('nip', s.nip, who.nip, { autocomplete: 'off', inputmode: 'numeric', maxlength: 21 })}
      ${field('unit', s.unit, who.unit, { autocomplete: 'organization', maxlength: 120 })}
      <p><button type="submit">${s.save}</button></p>
      <p role="status" class="saved">${ctx.identity.saved ? s.saved : ''}</p>
    </fieldset>
  </form>`;
}

/** A 0–1 fraction as a percentage in the UI language ("85%", "87,5%"). */
export function percent(scaled: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(scaled);
}

/**
 * The results page: completion, the course score against the passing score with pass or fail,
 * each assessment's and scenario's best result, and the certificate for those who earned it.
 * Reads the engine's snapshot, so looking at results never starts an assessment.
 *
 * @example
 * html`${renderResults({ engine, learnerName: 'Siti', asset: (p) => p, identity: { problems: {}, saved: false }, onIdentity, onBack })}`
 */
export function renderResults(ctx: ResultsContext): TemplateResult {
  const { engine } = ctx;
  const lang = engine.language;
  const s = stringsFor(resultsStrings, lang);
  const snap = engine.snapshot();
  const course = engine.course;
  const score = engine.score;
  const passing = engine.passingScore;
  const progress = engine.progress;
  const cert = engine.certificate;
  const settings = course.certificate;
  const verdict = engine.successStatus;
  const identity = identityOf(ctx);
  const { who } = identity;
  return html`<section class="results" aria-labelledby="results-title" part="results">
    <h1 id="results-title" tabindex="-1">${s.resultsTitle}</h1>
    <p>${engine.completionStatus === 'completed' ? s.completed : s.notCompleted(progress.viewed, progress.total)}</p>
    ${ctx.unfinished ?? nothing}
    ${score && passing !== null
      ? html`<p class="verdict ${verdict}" part="verdict">
          <strong>${verdict === 'passed' ? s.passed : s.failed}.</strong> ${s.courseScore(percent(score.scaled, lang), percent(passing / 100, lang))}
        </p>`
      : course.mastery
        ? html`<p>${s.notScored}</p>`
        : nothing}
    ${course.assessments?.length
      ? html`<h2>${s.assessments}</h2>
          <ul class="summary">
            ${course.assessments.map((a) => {
              const st = snap.assessments[a.id];
              const taken = st && st.best !== null;
              return html`<li>
                <strong>${engine.text(a.title)}</strong>:
                ${taken
                  ? html`${s.assessmentLine(percent(st.best!, lang), percent((engineReady(engine) ? engine.assessment(a.id).passingScore : a.passingScore) / 100, lang), st.attempt)} — ${st.passed ? s.passed : s.failed}`
                  : s.notTaken}
              </li>`;
            })}
          </ul>`
      : nothing}
    ${course.scenarios?.length
      ? html`<h2>${s.scenarios}</h2>
          <ul class="summary">
            ${course.scenarios.map((sc) => {
              const st = snap.scenarios[sc.id];
              return html`<li><strong>${engine.text(sc.title)}</strong>: ${st?.endingId ? s.scenarioLine(percent(st.best ?? 0, lang)) : s.notEnded}</li>`;
            })}
          </ul>`
      : nothing}
    ${cert && settings
      ? html`<p class="earned">${s.certificateEarned}</p>
          ${identityForm(ctx, identity)}
          <ck-certificate
            part="certificate"
            learner-name=${who.name}
            nip=${who.nip}
            unit=${who.unit}
            hours=${settings.hours ?? 0}
            verification-url=${settings.verificationUrl ?? ''}
            signature-src=${settings.signatory?.signature ? ctx.asset(settings.signatory.signature.src) : ''}
            signature-alt=${settings.signatory?.signature ? engine.text(settings.signatory.signature.alt) : ''}
            stamp-src=${settings.stamp ? ctx.asset(settings.stamp.src) : ''}
            stamp-alt=${settings.stamp ? engine.text(settings.stamp.alt) : ''}
            signatory-nip=${settings.signatory?.nip ?? ''}
            course-title=${engine.text(course.title)}
            heading=${settings.title ? engine.text(settings.title) : ''}
            issued-at=${String(cert.issuedAt)}
            .score=${score ? score.scaled : null}
            certificate-id=${cert.id}
            issuer=${engine.text(settings.issuer)}
            signatory-name=${settings.signatory?.name ?? ''}
            signatory-title=${settings.signatory?.title ? engine.text(settings.signatory.title) : ''}
            logo-src=${settings.logo ? ctx.asset(settings.logo.src) : ''}
            logo-alt=${settings.logo ? engine.text(settings.logo.alt) : ''}
            lang=${lang}
          ></ck-certificate>`
      : settings?.enabled
        ? html`<p>${s.certificateNotYet}</p>`
        : nothing}
    ${ctx.downloads ?? nothing}
    <p><button class="back" @click=${ctx.onBack}>${s.backToCourse}</button></p>
  </section>`;
}
