import { createHash } from 'node:crypto';
import { TABLE_SCRIPT } from '../src/render/table-script';
import { describe, expect, it } from 'vitest';
import { CohortAggregator } from '../src/aggregate/aggregator';
import { csvCell, renderCsv } from '../src/render/csv';
import { renderHtml } from '../src/render/html';
import { renderJson } from '../src/render/json';
import { AGENCY, COURSE, earned, initialized, page, passed, resetClock } from './cohort';

/** Two learners of one unit: Ana passed with certificate IR-B6DF-FYLL-B, Budi passed with none recorded. */
function certified(language: string) {
  resetClock();
  const aggregator = new CohortAggregator({ courseActivityId: COURSE, language, organisationExtension: AGENCY, timeZone: 'Asia/Jakarta' });
  const ana = { email: 'ana@example.go.id', name: 'Ana', agency: 'BPKAD' };
  aggregator.add(passed(ana, 0.9, 'IR-B6DF-FYLL-B'));
  aggregator.add(earned(ana, 'IR-B6DF-FYLL-B'));
  aggregator.add(passed({ email: 'budi@example.go.id', name: 'Budi', agency: 'BPKAD' }, 0.8));
  return aggregator.finish(new Date('2026-11-24T00:00:00Z'));
}

function reportFor(name: string, language = 'id', timeZone = 'Asia/Jakarta') {
  resetClock();
  const aggregator = new CohortAggregator({ courseActivityId: COURSE, language, organisationExtension: AGENCY, timeZone });
  const person = { email: 'x@example.go.id', name, agency: 'BPKAD' };
  aggregator.add(initialized(person));
  aggregator.add(page(person, 'p1', '<img src=x onerror=alert(1)>'));
  return aggregator.finish(new Date('2026-11-24T00:00:00Z'));
}

describe('renderHtml', () => {
  it('renders names from the LRS as text, never markup', () => {
    const html = renderHtml(reportFor('<script>alert("x")</script>'));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is a self-contained page whose CSP allows its one table script alone, by hash', () => {
    const html = renderHtml(reportFor('Ana'));
    expect(html).toMatch(/^<!doctype html><html lang="id">/);
    const hash = `'sha256-${createHash('sha256').update(TABLE_SCRIPT).digest('base64')}'`;
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${hash}"`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain(`<script>${TABLE_SCRIPT}</script>`);
    expect(html).not.toMatch(/<link|src="http/);
    expect(html).toContain('@media print');
  });

  it('gives the learners table what sorting and filtering read, and hides the filter until the script runs', () => {
    const html = renderHtml(reportFor('Ana', 'en'));
    expect(html).toContain('<form id="learner-filter" class="filter no-print" hidden>');
    expect(html).toContain('<option value="BPKAD">BPKAD</option>');
    expect(html).toContain('<option value="in-progress">In progress</option>');
    expect(html).toMatch(/<tr data-unit="BPKAD" data-status="in-progress" data-certificates=""><td>Ana<\/td><td>BPKAD<\/td><td data-v="3">/);
    expect(html).toContain('data-template="{shown} of {total} learners shown"');
  });

  it('lists each learner\'s certificate number in its own column, and offers a certificate number filter', () => {
    const html = renderHtml(certified('id'));
    expect(html).toContain('<th>Terakhir aktif</th><th>Nomor sertifikat</th></tr></thead>');
    expect(html).toContain('<tr data-unit="BPKAD" data-status="passed" data-certificates="IR-B6DF-FYLL-B"><td>Ana</td>');
    expect(html).toMatch(/<td data-v="IR-B6DF-FYLL-B">IR-B6DF-FYLL-B<\/td><\/tr><tr data-unit="BPKAD" data-status="passed" data-certificates=""><td>Budi<\/td>.*<td data-v="">–<\/td><\/tr><\/tbody>/);
    expect(html).toContain('<label>Nomor sertifikat <input type="search" name="certificate" autocomplete="off" spellcheck="false"></label>');
    expect(renderHtml(certified('en'))).toContain('<th>Last active</th><th>Certificate number</th></tr></thead>');
  });

  it('speaks the report language', () => {
    expect(renderHtml(reportFor('Ana', 'id'))).toContain('<h2>Belum selesai: di mana berhenti</h2>');
    expect(renderHtml(reportFor('Ana', 'en'))).toContain('<h2>Not finished: where they stopped</h2>');
  });

  it('counts where those in progress stopped, and writes numbers the way the language does', () => {
    const html = renderHtml(reportFor('Ana', 'id'));
    expect(html).toContain('<th>Berhenti di</th><th class="n">Peserta</th></tr></thead><tbody><tr><td>&lt;img src=x onerror=alert(1)&gt;</td><td class="n">1</td></tr>');
    const many = { ...reportFor('Ana', 'id'), statements: { read: 20000, used: 20000, ignored: 0, examples: [] }, averageScore: 49.8 };
    expect(renderHtml(many)).toContain('Pernyataan xAPI dibaca: 20.000 (0 diabaikan)');
    expect(renderHtml(many)).toContain('<b>49,8</b>');
    expect(renderHtml({ ...many, language: 'en' })).toContain('<b>49.8</b>');
  });

  it('shows times in the report time zone, named, and keeps UTC in the data', () => {
    // The learner was last active at 2026-11-02T01:02Z: 08.02 in Jakarta (WIB, UTC+7), 10.02 in Jayapura (WIT).
    const jakarta = reportFor('Ana', 'id', 'Asia/Jakarta');
    expect(jakarta.timeZone).toBe('Asia/Jakarta');
    expect(renderHtml(jakarta)).toMatch(/<td>2 Nov 2026[ ,]+08\.02 WIB<\/td><\/tr>/);
    expect(renderHtml(reportFor('Ana', 'en', 'Asia/Jayapura'))).toMatch(/<td>Nov 2, 2026, 10:02\s?AM GMT\+9<\/td><\/tr>/);
    expect(jakarta.learners[0]!.lastActive).toBe('2026-11-02T01:02:00.000Z');
  });

  it('counts as finished the learners the status tiles show as passed, failed or completed', () => {
    const html = renderHtml(reportFor('Ana', 'en'));
    expect(html).toContain('<small>0 of 1 finished the course (passed, failed, or completed without a score)</small>');
    expect(html).toContain('Completed (not scored)<b>0</b>');
  });

  it('says plainly when there is nothing to report', () => {
    const empty = new CohortAggregator({ language: 'en' }).finish(new Date('2026-11-24T00:00:00Z'));
    expect(renderHtml(empty)).toContain('<p role="status">No statements for this course yet. Check the activity id, the time range, or the export file.</p>');
  });
});

describe('renderCsv', () => {
  it('guards cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('Lestari, Citra')).toBe('"Lestari, Citra"');
  });

  it('writes one row a learner with every header in the report language and stable status keys', () => {
    expect(renderCsv(reportFor('Ana', 'en')).split('\r\n')[0]).toBe('\uFEFFlearner,name,unit,status,score,minutes,first_seen,last_active,last_place,certificate_number');
    const csv = renderCsv(reportFor('Ana'));
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFpeserta,nama,unit,status,nilai,menit,pertama_terlihat,terakhir_aktif,terakhir_di,nomor_sertifikat',
      'mailto:x@example.go.id,Ana,BPKAD,in-progress,,0,2026-11-02T01:01:00.000Z,2026-11-02T01:02:00.000Z,<img src=x onerror=alert(1)>,',
      '',
    ]);
  });

  it('writes the certificate number in the last column, empty for a learner without one', () => {
    expect(renderCsv(certified('en')).split('\r\n')).toEqual([
      '\uFEFFlearner,name,unit,status,score,minutes,first_seen,last_active,last_place,certificate_number',
      'mailto:ana@example.go.id,Ana,BPKAD,passed,90,0,2026-11-02T01:01:00.000Z,2026-11-02T01:02:00.000Z,,IR-B6DF-FYLL-B',
      'mailto:budi@example.go.id,Budi,BPKAD,passed,80,0,2026-11-02T01:03:00.000Z,2026-11-02T01:03:00.000Z,,',
      '',
    ]);
  });
});

describe('renderJson', () => {
  it('gives each learner the list of certificate numbers issued', () => {
    const json = JSON.parse(renderJson(certified('id'))) as { learners: Array<{ name: string; certificates: string[] }> };
    expect(json.learners.map((l) => [l.name, l.certificates])).toEqual([
      ['Ana', ['IR-B6DF-FYLL-B']],
      ['Budi', []],
    ]);
  });

  it('round-trips the report', () => {
    resetClock();
    const aggregator = new CohortAggregator({ courseActivityId: COURSE });
    aggregator.add(passed({ email: 'a@b.go.id', name: 'A', agency: '' }, 0.75));
    const report = aggregator.finish(new Date('2026-11-24T00:00:00Z'));
    expect(JSON.parse(renderJson(report))).toEqual(report);
  });
});
