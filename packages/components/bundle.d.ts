// Types of the plain-page bundles (coursekit.js, ck-scenario.js): they define their ck-* elements and
// export nothing. Importing one for its side effect brings the elements' types into scope
// (HTMLElementTagNameMap entries and the ck-* events).
import '@coursekit/components';
export {};
