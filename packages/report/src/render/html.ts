import type { CohortReport, StatusCounts } from '../aggregate/model';
import { dateTime, minutes, num, percent } from './format';
import { type Strings, stringsFor } from './strings';
import { TABLE_SCRIPT, TABLE_SCRIPT_HASH } from './table-script';

/** Escapes text for HTML element content and quoted attributes. Every name and title in a report comes from outside. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const STATUS_ORDER = ['passed', 'completed', 'failed', 'in-progress', 'not-started'] as const;
// Colours chosen for 4.5:1 contrast of their labels and to stay apart in greyscale print.
const STATUS_COLOR: Record<(typeof STATUS_ORDER)[number], string> = {
  passed: '#1b6e3a',
  completed: '#2f5f9e',
  failed: '#a3242b',
  'in-progress': '#8a5a00',
  'not-started': '#5c5c5c',
};

const STYLE = `
:root{color-scheme:light;--fg:#1d1d1f;--muted:#55555a;--line:#d6d6dc;--accent:#0b5c8e}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);margin:0 auto;max-width:64rem;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem}
h3{font-size:1rem;margin:1.2rem 0 .3rem}.meta{color:var(--muted);margin:0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.6rem;margin:1rem 0}
.card{border:1px solid var(--line);border-radius:.5rem;padding:.6rem .8rem}.card b{display:block;font-size:1.5rem}.card small{display:block;color:var(--muted,#55555a);font-size:.8rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.track{display:block;width:6rem;height:.6rem;margin:.25rem 0 0 auto;background:#e4e4ea;border-radius:.2rem;overflow:hidden}
.bar{display:block;height:100%;background:var(--accent);min-width:1px}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0;margin:.4rem 0 0;color:var(--muted);font-size:.9rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:.15rem;margin-right:.35rem;vertical-align:-.05rem}
.status{display:inline-block;padding:0 .45rem;border-radius:1rem;color:#fff;font-size:.85rem}
svg text{font:12px system-ui,sans-serif;fill:var(--fg)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
th button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit;text-decoration:underline dotted}
th[aria-sort=ascending] button::after{content:" \\2191"}th[aria-sort=descending] button::after{content:" \\2193"}
.filter{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.5rem 0}.filter[hidden]{display:none}.filter select,.filter input{font:inherit;padding:.2rem}
@media print{body{max-width:none;padding:0;font-size:11pt}h2{break-after:avoid}table,.card,svg{break-inside:avoid}.skip,.no-print{display:none}@page{size:A4;margin:15mm}}
`;

function statusBadge(status: (typeof STATUS_ORDER)[number], t: Strings): string {
  return `<span class="status" style="background:${STATUS_COLOR[status]}">${escapeHtml(t.status[status])}</span>`;
}

function statusBar(counts: StatusCounts, t: Strings, lang: string): string {
  if (!counts.learners) return '';
  let x = 0;
  const parts = STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => {
    const w = (counts[s] / counts.learners) * 600;
    const rect = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="28" fill="${STATUS_COLOR[s]}"><title>${escapeHtml(t.status[s])}: ${counts[s]}</title></rect>`;
    x += w;
    return rect;
  });
  const label = STATUS_ORDER.map((s) => `${t.status[s]}: ${counts[s]}`).join(', ');
  // The legend repeats the label for sighted readers and on paper; the chart itself is the image.
  const legend = STATUS_ORDER.filter((s) => counts[s] > 0)
    .map((s) => `<li><span class="swatch" style="background:${STATUS_COLOR[s]}"></span>${escapeHtml(t.status[s])}: ${num(counts[s], lang)}</li>`)
    .join('');
  return `<svg viewBox="0 0 600 28" width="100%" height="28" role="img" aria-label="${escapeHtml(label)}" preserveAspectRatio="none">${parts.join('')}</svg><ul class="legend" aria-hidden="true">${legend}</ul>`;
}

function histogram(distribution: number[], t: Strings): string {
  const max = Math.max(1, ...distribution);
  const bars = distribution
    .map((count, i) => {
      const h = (count / max) * 120;
      const x = 30 + i * 56;
      // The tallest bar's count sits above it: the chart starts 20 units down so it is never cut off.
      return `<rect x="${x}" y="${145 - h}" width="48" height="${h}" fill="#0b5c8e"><title>${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${count}</title></rect>` +
        `<text x="${x + 24}" y="${140 - h}" text-anchor="middle">${count || ''}</text>` +
        `<text x="${x + 24}" y="163" text-anchor="middle">${i * 10}–${i === 9 ? 100 : i * 10 + 9}</text>`;
    })
    .join('');
  const label = distribution.map((c, i) => `${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${c}`).join('; ');
  return `<svg viewBox="0 0 600 170" width="100%" role="img" aria-label="${escapeHtml(`${t.scoreDistribution}: ${label}`)}">${bars}<line x1="26" y1="145" x2="590" y2="145" stroke="#55555a"/></svg>`;
}

/**
 * The cohort report as one self-contained HTML page: no external file, charts as inline SVG with
 * text equivalents, a print stylesheet for A4, and one small inline script (allowed by its hash
 * alone) that sorts and filters the learners table (by unit, status, or a certificate number the
 * organiser was shown); without it the page is complete. Safe to
 * e-mail or open offline.
 *
 * @example
 * await writeFile('cohort.html', renderHtml(report));
 */
export function renderHtml(report: CohortReport): string {
  const t = stringsFor(report.language);
  const lang = report.language;
  const tot = report.totals;
  const out: string[] = [];
  out.push(`<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${TABLE_SCRIPT_HASH}">`);
  out.push(`<title>${escapeHtml(`${t.title}: ${report.course.name}`)}</title><style>${STYLE}</style></head><body>`);
  out.push(`<a class="skip" href="#main">${escapeHtml(t.learners)}</a><main id="main">`);
  out.push(`<h1>${escapeHtml(t.title)}: ${escapeHtml(report.course.name)}</h1>`);
  out.push(`<p class="meta">${escapeHtml(t.generated)} ${escapeHtml(dateTime(report.generatedAt, lang, report.timeZone))} · ${escapeHtml(t.statements)}: ${num(report.statements.read, lang)} (${num(report.statements.ignored, lang)} ${escapeHtml(t.ignored)})</p>`);
  if (!tot.learners) {
    out.push(`<p role="status">${escapeHtml(t.empty)}</p></main></body></html>`);
    return out.join('');
  }
  out.push('<div class="cards">');
  out.push(`<div class="card">${escapeHtml(t.learners)}<b>${num(tot.learners, lang)}</b></div>`);
  for (const s of STATUS_ORDER) out.push(`<div class="card">${escapeHtml(t.status[s])}<b>${num(tot[s], lang)}</b></div>`);
  const finished = tot.passed + tot.failed + tot.completed;
  out.push(`<div class="card">${escapeHtml(t.completionRate)}<b>${percent(tot.completionRate, lang)}</b><small>${escapeHtml(t.finishedOf(num(finished, lang), num(tot.learners, lang)))}</small></div>`);
  out.push(`<div class="card">${escapeHtml(t.passRate)}<b>${percent(tot.passRate, lang)}</b></div>`);
  out.push(`<div class="card">${escapeHtml(t.averageScore)}<b>${num(report.averageScore, lang)}</b></div>`);
  out.push(`<div class="card">${escapeHtml(t.medianTime)}<b>${escapeHtml(minutes(report.time.medianMs))}</b></div>`);
  out.push('</div>');
  out.push(statusBar(tot, t, lang));

  out.push(`<h2>${escapeHtml(t.byUnit)}</h2><table><thead><tr><th>${escapeHtml(t.unit)}</th><th class="n">${escapeHtml(t.learners)}</th>`);
  for (const s of STATUS_ORDER) out.push(`<th class="n">${escapeHtml(t.status[s])}</th>`);
  out.push(`<th class="n">${escapeHtml(t.passRate)}</th><th class="n">${escapeHtml(t.averageScore)}</th></tr></thead><tbody>`);
  for (const u of report.units) {
    out.push(`<tr><td>${escapeHtml(u.unit || t.noUnit)}</td><td class="n">${num(u.counts.learners, lang)}</td>`);
    for (const s of STATUS_ORDER) out.push(`<td class="n">${num(u.counts[s], lang)}</td>`);
    out.push(`<td class="n">${percent(u.counts.passRate, lang)}</td><td class="n">${num(u.averageScore, lang)}</td></tr>`);
  }
  out.push('</tbody></table>');

  out.push(`<h2>${escapeHtml(t.scoreDistribution)}</h2>${histogram(report.scoreDistribution, t)}`);

  out.push(`<h2>${escapeHtml(t.questions)}</h2>`);
  if (!report.questions.length) out.push(`<p>${escapeHtml(t.none)}</p>`);
  else {
    out.push(`<table><thead><tr><th>${escapeHtml(t.question)}</th><th class="n">${escapeHtml(t.answered)}</th><th class="n">${escapeHtml(t.correctShare)}</th><th>${escapeHtml(t.commonWrong)}</th></tr></thead><tbody>`);
    for (const q of report.questions) {
      const wrong = q.wrongOptions.slice(0, 3).map((w) => `${escapeHtml(w.label)} (${w.count}×)`).join('<br>');
      const bar = q.difficulty === null ? '' : `<span class="track" aria-hidden="true"><span class="bar" style="width:${(q.difficulty * 100).toFixed(0)}%"></span></span>`;
      out.push(`<tr><td>${escapeHtml(q.name)}</td><td class="n">${num(q.answered, lang)}</td><td class="n">${percent(q.difficulty, lang)}${bar}</td><td>${wrong || '–'}</td></tr>`);
    }
    out.push('</tbody></table>');
  }

  out.push(`<h2>${escapeHtml(t.scenarios)}</h2>`);
  if (!report.scenarios.length) out.push(`<p>${escapeHtml(t.none)}</p>`);
  for (const s of report.scenarios) {
    out.push(`<h3>${escapeHtml(s.name)}</h3><table><thead><tr><th>${escapeHtml(t.choice)}</th><th class="n">${escapeHtml(t.times)}</th></tr></thead><tbody>`);
    let lastPrompt = '';
    for (const c of s.choices) {
      if (c.prompt && c.prompt !== lastPrompt) {
        out.push(`<tr><th colspan="2">${escapeHtml(c.prompt)}</th></tr>`);
        lastPrompt = c.prompt;
      }
      out.push(`<tr><td>${escapeHtml(c.text)}</td><td class="n">${num(c.count, lang)}</td></tr>`);
    }
    out.push(`</tbody></table><table><thead><tr><th>${escapeHtml(t.endings)}</th><th class="n">${escapeHtml(t.times)}</th></tr></thead><tbody>`);
    for (const e of s.endings) out.push(`<tr><td>${escapeHtml(e.name)}${e.outcome ? ` (${escapeHtml(t.outcome[e.outcome] ?? e.outcome)})` : ''}</td><td class="n">${num(e.count, lang)}</td></tr>`);
    out.push('</tbody></table>');
  }

  const unfinished = report.learners.filter((r) => r.status === 'in-progress');
  out.push(`<h2>${escapeHtml(t.notFinished)}</h2>`);
  if (!unfinished.length) out.push(`<p>${escapeHtml(t.none)}</p>`);
  else {
    if (report.stalls.length) {
      out.push(`<table><thead><tr><th>${escapeHtml(t.stalledAt)}</th><th class="n">${escapeHtml(t.learners)}</th></tr></thead><tbody>`);
      for (const s of report.stalls) out.push(`<tr><td>${escapeHtml(s.place)}</td><td class="n">${num(s.count, lang)}</td></tr>`);
      out.push('</tbody></table>');
    }
    out.push(`<table><thead><tr><th>${escapeHtml(t.name)}</th><th>${escapeHtml(t.unit)}</th><th>${escapeHtml(t.lastPlace)}</th><th>${escapeHtml(t.lastActive)}</th></tr></thead><tbody>`);
    for (const r of unfinished) out.push(`<tr><td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.unit || t.noUnit)}</td><td>${escapeHtml(r.lastPlace ?? '–')}</td><td>${escapeHtml(dateTime(r.lastActive, lang, report.timeZone))}</td></tr>`);
    out.push('</tbody></table>');
  }

  out.push(`<h2 id="all-learners">${escapeHtml(t.allLearners)}</h2>`);
  const units = [...new Set(report.learners.map((r) => r.unit))].sort((a, b) => a.localeCompare(b));
  out.push(`<form id="learner-filter" class="filter no-print" hidden><label>${escapeHtml(t.unit)} <select name="unit"><option value="">${escapeHtml(t.all)}</option>`);
  for (const u of units) out.push(`<option value="${escapeHtml(u)}">${escapeHtml(u || t.noUnit)}</option>`);
  out.push(`</select></label> <label>${escapeHtml(t.statusLabel)} <select name="status"><option value="">${escapeHtml(t.all)}</option>`);
  for (const s of STATUS_ORDER) out.push(`<option value="${s}">${escapeHtml(t.status[s])}</option>`);
  out.push(`</select></label> <label>${escapeHtml(t.certificate)} <input type="search" name="certificate" autocomplete="off" spellcheck="false"></label>`);
  out.push(` <output id="learner-count" role="status" data-template="${escapeHtml(t.shownOf)}"></output></form>`);
  out.push(`<table id="learners" aria-labelledby="all-learners"><thead><tr><th>${escapeHtml(t.name)}</th><th>${escapeHtml(t.unit)}</th><th>${escapeHtml(t.statusLabel)}</th><th class="n">${escapeHtml(t.score)}</th><th class="n">${escapeHtml(t.time)}</th><th>${escapeHtml(t.lastActive)}</th><th>${escapeHtml(t.certificate)}</th></tr></thead><tbody>`);
  for (const r of report.learners) {
    const certificates = r.certificates.join(' ');
    out.push(
      `<tr data-unit="${escapeHtml(r.unit)}" data-status="${r.status}" data-certificates="${escapeHtml(certificates)}"><td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.unit || t.noUnit)}</td><td data-v="${STATUS_ORDER.indexOf(r.status)}">${statusBadge(r.status, t)}</td>` +
        `<td class="n" data-v="${r.score ?? ''}">${num(r.score, lang)}</td><td class="n" data-v="${r.durationMs}">${escapeHtml(minutes(r.durationMs || null))}</td><td data-v="${escapeHtml(r.lastActive ?? '')}">${escapeHtml(dateTime(r.lastActive, lang, report.timeZone))}</td>` +
        `<td data-v="${escapeHtml(certificates)}">${r.certificates.length ? r.certificates.map(escapeHtml).join('<br>') : '–'}</td></tr>`,
    );
  }
  out.push(`</tbody></table></main><script>${TABLE_SCRIPT}</script></body></html>`);
  return out.join('');
}
