// The strict LMS's launch page (served by strict-lms.ts). It puts a SCORM API on this window
// (1.2 `API`, 2004 `API_1484_11`) and opens the course in a frame, as Moodle and SuccessFactors do.
// scorm-again checks every call and value (data model, error codes); this page keeps the values the
// course set and, on Commit and Finish, sends the whole data model to the server with a blocking
// (synchronous) XMLHttpRequest, as those LMSs' SCORM wrappers do. Chromium refuses a synchronous
// request while the page is being dismissed (closed, navigated away): the call then fails, with
// 1.2 error 101 or 2004 error 391 (Commit) / 111 (Terminate), and the server keeps what it had.
// Nothing is sent with a beacon, so the server holds exactly what was committed.
(() => {
  const query = new URLSearchParams(location.search);
  const version = query.get('version');
  const base = `/lms/${encodeURIComponent(query.get('learner'))}`;
  const names =
    version === '1.2'
      ? { init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', error: 'LMSGetLastError', string: 'LMSGetErrorString', diagnostic: 'LMSGetDiagnostic' }
      : { init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', error: 'GetLastError', string: 'GetErrorString', diagnostic: 'GetDiagnostic' };
  const failure = version === '1.2' ? { commit: 101, finish: 101 } : { commit: 391, finish: 111 };

  const launch = new XMLHttpRequest();
  launch.open('GET', `${base}/launch`, false);
  launch.send();
  const model = JSON.parse(launch.responseText);
  const lms = new window[version === '1.2' ? 'Scorm12API' : 'Scorm2004API']({ logLevel: 5, autocommit: false, lmsCommitUrl: false });
  lms.loadFromFlattenedJSON(model);

  let seq = 0;
  // What the page did, for the test to read: sent with a beacon, which works during unload too.
  const trace = (call, detail = {}) => navigator.sendBeacon(`${base}/trace`, JSON.stringify({ seq: ++seq, call, ...detail }));

  /** Sends the data model; false when the browser or the server refuses. */
  function send(kind) {
    const request = new XMLHttpRequest();
    try {
      request.open('POST', `${base}/${kind}`, false);
      request.setRequestHeader('content-type', 'application/json');
      request.send(JSON.stringify(model));
      return request.status === 200;
    } catch (error) {
      trace(kind, { refused: error.name });
      return false;
    }
  }

  function sendAndCall(kind, name, arg) {
    if (!lms.isInitialized()) return lms[name](arg);
    if (!send(kind)) {
      lms.lastErrorCode = String(failure[kind]);
      return 'false';
    }
    const result = lms[name](arg);
    trace(kind, { result });
    return result;
  }

  const api = {
    [names.init]: (arg) => {
      const result = lms[names.init](arg);
      trace('init', { result });
      return result;
    },
    [names.get]: (element) => lms[names.get](element),
    [names.set]: (element, value) => {
      const result = lms[names.set](element, value);
      if (result === 'true') model[element] = String(value);
      else trace('set', { element, value: String(value), error: lms[names.error]() });
      return result;
    },
    [names.commit]: (arg) => sendAndCall('commit', names.commit, arg),
    [names.finish]: (arg) => sendAndCall('finish', names.finish, arg),
    [names.error]: () => lms[names.error](),
    [names.string]: (code) => lms[names.string](code),
    [names.diagnostic]: (code) => lms[names.diagnostic](code),
  };
  window[version === '1.2' ? 'API' : 'API_1484_11'] = api;

  const frame = document.createElement('iframe');
  frame.title = 'Kursus';
  frame.src = `/course/${encodeURIComponent(query.get('course'))}/index.html`;
  document.body.append(frame);
})();
