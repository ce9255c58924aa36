/**
 * The preview LMS, run in the harness page (its source is served as /__coursekit/harness.js, so it
 * must use browser globals only). For SCORM targets it puts scorm-again on window.API /
 * window.API_1484_11 with the values the manifest gives an LMS (mastery score), logs every API
 * call, shows the CMI values live, and keeps the learner's data across relaunches (resume) in
 * sessionStorage. For cmi5 and xAPI targets it asks the server for a launch URL against the
 * preview LRS and lists the statements received. Author text is shown with textContent only.
 */
export function harnessClient(): void {
  type Config = {
    target: string;
    targets: Array<{ id: string; label: string }>;
    kind: 'scorm12' | 'scorm2004' | 'cmi5' | 'xapi' | 'web';
    passingScore: number | null;
    courseId: string | null;
    title: string | null;
  };
  type Api = Record<string, (...args: unknown[]) => unknown> & { getFlattenedCMI(): Record<string, unknown>; loadFromFlattenedJSON(data: Record<string, string>): void };
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const frame = $('course') as HTMLIFrameElement;
  const params = new URLSearchParams(location.search);
  const w = window as unknown as Record<string, unknown>;
  let config: Config;
  let api: Api | null = null;

  const storageKey = () => `coursekit-preview:${config.courseId}:${config.target}`;
  const row = (cells: string[], className?: string) => {
    const tr = document.createElement('tr');
    for (const c of cells) {
      const td = document.createElement('td');
      td.textContent = c;
      tr.append(td);
    }
    if (className) tr.className = className;
    return tr;
  };

  function cmiValues(): Record<string, string> {
    if (!api) return {};
    const flat = api.getFlattenedCMI();
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(flat)) if (typeof v === 'string' && v !== '') out[k] = v;
    return out;
  }

  function renderCmi(): void {
    const body = $('cmi');
    body.replaceChildren(...Object.entries(cmiValues()).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([k, v]) => row([k, v.length > 300 ? `${v.slice(0, 300)}… (${v.length} characters)` : v])));
  }

  function logCall(name: string, args: unknown[], result: unknown): void {
    const li = document.createElement('li');
    li.textContent = `${new Date().toLocaleTimeString()} ${name}(${args.map((a) => JSON.stringify(a)).join(', ')}) → ${JSON.stringify(result)}`;
    if (result === 'false') li.className = 'false';
    const list = $('calls');
    list.prepend(li);
    while (list.children.length > 500) list.lastElementChild?.remove();
  }

  // What an LMS keeps for the next session (SCORM RTE cmi.entry / cmi.exit): everything but the
  // session-only elements, with entry "resume" when the learner left with exit "suspend".
  function persist(): void {
    if (!api) return;
    const all = cmiValues();
    const v12 = config.kind === 'scorm12';
    const exit = all[v12 ? 'cmi.core.exit' : 'cmi.exit'];
    const keep: Record<string, string> = {};
    for (const [k, v] of Object.entries(all)) {
      if (/(\.|^)(exit|session_time|entry|_children|_count|total_time)$/.test(k)) continue;
      keep[k] = v;
    }
    keep[v12 ? 'cmi.core.entry' : 'cmi.entry'] = exit === 'suspend' ? 'resume' : '';
    sessionStorage.setItem(storageKey(), JSON.stringify(keep));
  }

  function createScormApi(): void {
    const v12 = config.kind === 'scorm12';
    const Ctor = (v12 ? w.Scorm12API : w.Scorm2004API) as new (settings: object) => Api;
    const next = new Ctor({ logLevel: 5, autocommit: false });
    const saved = JSON.parse(sessionStorage.getItem(storageKey()) ?? 'null') as Record<string, string> | null;
    const initial: Record<string, string> = v12
      ? { 'cmi.core.student_id': 'preview-author', 'cmi.core.student_name': 'Author, Preview' }
      : { 'cmi.learner_id': 'preview-author', 'cmi.learner_name': 'Author, Preview' };
    // What the manifest tells the LMS: adlcp:masteryscore (1.2), minNormalizedMeasure (2004).
    if (config.passingScore !== null) {
      if (v12) initial['cmi.student_data.mastery_score'] = String(config.passingScore);
      else initial['cmi.scaled_passing_score'] = String(config.passingScore / 100);
    }
    next.loadFromFlattenedJSON({ ...initial, ...(saved ?? {}) });
    const methods = v12
      ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']
      : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'];
    for (const m of methods) {
      const original = (next[m] as (...a: unknown[]) => unknown).bind(next);
      next[m] = (...args: unknown[]) => {
        const result = original(...args);
        if (!/GetLastError|GetErrorString|GetDiagnostic/.test(m) || result !== '0') logCall(m, args, result);
        if (/Commit|Finish|Terminate/.test(m)) persist();
        renderCmi();
        return result;
      };
    }
    api = next;
    delete w.API;
    delete w.API_1484_11;
    w[v12 ? 'API' : 'API_1484_11'] = next;
    renderCmi();
  }

  function loadScript(src: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(`cannot load ${src}`));
      document.head.append(s);
    });
  }

  async function launchUrl(): Promise<string> {
    const base = `/course/${config.target}/index.html`;
    if (config.kind !== 'cmi5' && config.kind !== 'xapi') return base;
    const key = `${storageKey()}:registration`;
    const response = await fetch(`/__coursekit/launch?target=${encodeURIComponent(config.target)}&registration=${encodeURIComponent(sessionStorage.getItem(key) ?? '')}`, { method: 'POST' });
    const { url, registration } = (await response.json()) as { url: string; registration: string };
    sessionStorage.setItem(key, registration);
    return url;
  }

  // A relaunch ends the session in the frame first (pagehide → Terminate on the old API), then
  // gives the next page a fresh API loaded with what the LMS kept, as a real LMS does.
  async function launch(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (!frame.getAttribute('src')) return resolve();
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = 'about:blank';
    });
    if (config.kind === 'scorm12' || config.kind === 'scorm2004') {
      persist();
      createScormApi();
    }
    frame.src = await launchUrl();
  }

  function showStatement(s: Record<string, any>): void {
    const verb = s.verb?.display?.['en-US'] ?? s.verb?.display?.en ?? s.verb?.id ?? '?';
    const name = s.object?.definition?.name ? Object.values(s.object.definition.name)[0] : s.object?.id;
    const r = s.result ?? {};
    const result = [r.score?.scaled !== undefined ? `score ${r.score.scaled}` : '', r.success !== undefined ? `success ${r.success}` : '', r.completion !== undefined ? `completion ${r.completion}` : ''].filter(Boolean).join(', ');
    const li = document.createElement('li');
    li.textContent = `${new Date(s.timestamp ?? s.stored).toLocaleTimeString()} ${verb} ${String(name)}${result ? ` (${result})` : ''}`;
    li.title = JSON.stringify(s, null, 2);
    $('statements').prepend(li);
  }

  function showProblems(problems: Array<{ code: string; message: string; file?: string; line?: number; column?: number }>): void {
    const box = $('problems');
    box.replaceChildren();
    box.hidden = problems.length === 0;
    if (!problems.length) return;
    const h = document.createElement('h2');
    h.textContent = `The course has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
    const list = document.createElement('ol');
    for (const p of problems) {
      const li = document.createElement('li');
      li.textContent = `${p.file ?? ''}${p.line ? `:${p.line}:${p.column ?? 1}` : ''} ${p.code} ${p.message}`;
      list.append(li);
    }
    box.append(h, list);
  }

  async function start(): Promise<void> {
    config = (await (await fetch(`/__coursekit/config${params.get('target') ? `?target=${encodeURIComponent(params.get('target')!)}` : ''}`)).json()) as Config;
    document.title = `${config.title ?? 'Course'}: CourseKit preview (${config.target})`;
    const select = $('target') as HTMLSelectElement;
    for (const t of config.targets) select.append(new Option(t.label, t.id, false, t.id === config.target));
    select.addEventListener('change', () => {
      location.search = `?target=${encodeURIComponent(select.value)}`;
    });
    $('target-note').textContent = config.kind === 'scorm12' || config.kind === 'scorm2004' ? 'LMS: scorm-again' : config.kind === 'web' ? 'no LMS' : 'LRS: in-memory preview LRS';
    $('cmi-section').hidden = $('calls-section').hidden = !(config.kind === 'scorm12' || config.kind === 'scorm2004');
    $('statements-section').hidden = !(config.kind === 'cmi5' || config.kind === 'xapi');
    $('web-section').hidden = config.kind !== 'web';
    if (config.kind === 'scorm12') await loadScript('/__coursekit/scorm-again/scorm12.min.js');
    if (config.kind === 'scorm2004') await loadScript('/__coursekit/scorm-again/scorm2004.min.js');
    if (config.kind === 'cmi5' || config.kind === 'xapi') {
      const existing = (await (await fetch('/__coursekit/statements')).json()) as Array<Record<string, unknown>>;
      existing.forEach(showStatement);
    }
    $('relaunch').addEventListener('click', () => void launch());
    $('reset').addEventListener('click', async () => {
      sessionStorage.clear();
      if (config.courseId) for (const k of Object.keys(localStorage)) if (k.startsWith(`coursekit:${config.courseId}`)) localStorage.removeItem(k);
      await fetch('/__coursekit/reset', { method: 'POST' });
      $('statements').replaceChildren();
      $('calls').replaceChildren();
      api = null;
      await launch();
    });
    const events = new EventSource('/__coursekit/events');
    events.addEventListener('reload', () => void launch());
    events.addEventListener('statement', (e) => showStatement(JSON.parse((e as MessageEvent).data)));
    events.addEventListener('problems', (e) => showProblems(JSON.parse((e as MessageEvent).data)));
    (window as unknown as { coursekitPreview: unknown }).coursekitPreview = { get api() { return api; }, cmi: cmiValues, launch, config: () => config };
    await launch();
  }

  void start();
}
