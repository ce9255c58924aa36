import { LMS_ERROR, LmsError } from '../errors';

/** The eight functions every SCORM API offers, under version-neutral names. */
export interface ApiCalls {
  initialize(): unknown;
  terminate(): unknown;
  getValue(element: string): unknown;
  setValue(element: string, value: string): unknown;
  commit(): unknown;
  getLastError(): unknown;
  getErrorString(code: string): unknown;
  getDiagnostic(code: string): unknown;
}

/** The version's own names of the calls, for messages ("LMSCommit" or "Commit"). */
export interface CallNames {
  initialize: string;
  terminate: string;
  getValue: string;
  setValue: string;
  commit: string;
}

/**
 * Every call to the LMS goes through here: the result is checked ("true"/"false" for calls,
 * GetLastError for reads), a failure becomes an LmsError with the LMS's own code, string and
 * diagnostic, goes to `report`, and the caller gets false or null. Nothing here throws, even
 * when the LMS's function does.
 *
 * @example
 * const lms = new LmsConnection(calls, names, (error) => console.warn(error));
 * lms.set('cmi.core.lesson_status', 'incomplete'); // true, or false and a report
 */
export class LmsConnection {
  /** Calls made, in order, for logs and tests. */
  readonly log: string[] = [];

  constructor(
    private readonly calls: ApiCalls,
    private readonly names: CallNames,
    private readonly report: (error: LmsError) => void,
  ) {}

  private lmsError(code: LmsError['code'], call: string, element: string | undefined, thrown?: unknown): LmsError {
    if (thrown !== undefined) {
      const text = thrown instanceof Error ? thrown.message : String(thrown);
      return new LmsError(code, `${call}${element ? `("${element}")` : ''} threw: ${text}`, { call, element, diagnostic: text });
    }
    let lmsCode = '';
    let lmsMessage = '';
    let diagnostic = '';
    try {
      lmsCode = String(this.calls.getLastError() ?? '');
      lmsMessage = String(this.calls.getErrorString(lmsCode) ?? '');
      diagnostic = String(this.calls.getDiagnostic(lmsCode) ?? '');
    } catch {
      // An LMS whose error functions fail still gets its failure reported, without the details.
    }
    const where = `${call}${element ? `("${element}")` : ''}`;
    // Some LMSs return "false" and leave GetLastError at 0: say so rather than quote "No Error".
    if (lmsCode === '' || lmsCode === '0') return new LmsError(code, `${where} failed and the LMS gave no error code`, { call, element });
    return new LmsError(code, `${where} failed with LMS error ${lmsCode}${lmsMessage ? ` "${lmsMessage}"` : ''}`, { call, element, lmsCode, lmsMessage, diagnostic });
  }

  private run(code: LmsError['code'], call: string, fn: () => unknown, element?: string): boolean {
    this.log.push(element ? `${call} ${element}` : call);
    let result: unknown;
    try {
      result = fn();
    } catch (thrown) {
      this.report(this.lmsError(code, call, element, thrown));
      return false;
    }
    // SCORM 1.2 and 2004 RTE, API methods: calls return the string "true" or "false".
    if (String(result) === 'true') return true;
    this.report(this.lmsError(code, call, element));
    return false;
  }

  /** Reports a documented fallback (CK613): a value shortened or left out to meet a SCORM limit. */
  adapted(message: string): void {
    this.report(new LmsError(LMS_ERROR.valueAdapted, message));
  }

  initialize(): boolean {
    return this.run(LMS_ERROR.initialize, this.names.initialize, () => this.calls.initialize());
  }

  terminate(): boolean {
    return this.run(LMS_ERROR.terminate, this.names.terminate, () => this.calls.terminate());
  }

  commit(): boolean {
    return this.run(LMS_ERROR.commit, this.names.commit, () => this.calls.commit());
  }

  set(element: string, value: string): boolean {
    return this.run(LMS_ERROR.setValue, this.names.setValue, () => this.calls.setValue(element, value), element);
  }

  /**
   * Reads an element. `optional` elements may be unset or unsupported (2004 error 403, 1.2 error 401):
   * those come back as "" without a report.
   */
  get(element: string, optional = false): string | null {
    this.log.push(`${this.names.getValue} ${element}`);
    let value: unknown;
    try {
      value = this.calls.getValue(element);
    } catch (thrown) {
      this.report(this.lmsError(LMS_ERROR.getValue, this.names.getValue, element, thrown));
      return null;
    }
    let code = '0';
    try {
      code = String(this.calls.getLastError() ?? '0');
    } catch {
      code = '0';
    }
    if (code === '0' || code === '') return String(value ?? '');
    if (optional) return '';
    this.report(this.lmsError(LMS_ERROR.getValue, this.names.getValue, element));
    return null;
  }
}
