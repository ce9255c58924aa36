import { html, nothing, type TemplateResult } from 'lit';
import type { CourseEngineApi } from '@coursekit/engine';
import { stringsFor } from '../i18n/msg';
import { playerStrings } from '../translations/player';

/** What the results page needs from the player. */
export interface ResultsContext {
  engine: CourseEngineApi;
  learnerName: string;
  asset: (path: string) => string;
  onName: (name: string) => void;
  onBack: () => void;
  /** The "Continue what is unfinished" list, if anything is (see required.ts). */
  unfinished?: TemplateResult | typeof nothing;
  /** The course's downloads, if any. */
  downloads?: TemplateResult | typeof nothing;
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
 * html`${renderResults({ engine, learnerName: 'Siti', asset: (p) => p, onName, onBack })}`
 */
export function renderResults(ctx: ResultsContext): TemplateResult {
  const { engine } = ctx;
  const lang = engine.language;
  const s = stringsFor(playerStrings, lang);
  const snap = engine.snapshot();
  const course = engine.course;
  const score = engine.score;
  const passing = engine.passingScore;
  const progress = engine.progress;
  const cert = engine.certificate;
  const settings = course.certificate;
  const verdict = engine.successStatus;
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
                  ? html`${s.assessmentLine(percent(st.best!, lang), percent(engine.assessment(a.id).passingScore / 100, lang), st.attempt)} — ${st.passed ? s.passed : s.failed}`
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
          <label class="name-field">${s.learnerName}
            <input type="text" autocomplete="name" .value=${ctx.learnerName} @input=${(e: Event) => ctx.onName((e.target as HTMLInputElement).value)} />
          </label>
          <ck-certificate
            part="certificate"
            learner-name=${ctx.learnerName}
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
