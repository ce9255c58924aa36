import { createHash } from 'node:crypto';

/**
 * The one script of the HTML report: sorting and filtering of the learners table. Without it
 * (scripts off, a mail client, print) the table is complete, ordered by unit and name, and the
 * filter controls stay hidden. The page's Content-Security-Policy allows this script alone, by its
 * hash.
 *
 * A certificate number typed in the filter shows the learners it was issued to (case, spaces and
 * dashes do not matter; part of a number matches too), so an organiser can check a number a
 * learner presents against the cohort.
 *
 * Sorting follows the WAI-ARIA sortable table pattern: each column header holds a button, the
 * sorted column's header carries `aria-sort`, and a second press reverses the order. Cells sort by
 * their `data-v` value (numbers, ISO times, status order) when they have one, else by their text.
 */
export const TABLE_SCRIPT = `(() => {
const table = document.getElementById('learners');
const form = document.getElementById('learner-filter');
if (!table || !form) return;
const body = table.tBodies[0];
const rows = [...body.rows];
const count = document.getElementById('learner-count');
const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
const key = (row, i) => row.cells[i].dataset.v ?? row.cells[i].textContent.trim();
table.querySelectorAll('th').forEach((th, i) => {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = th.textContent;
  th.textContent = '';
  th.append(button);
  button.addEventListener('click', () => {
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach((other) => other.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const numeric = th.classList.contains('n');
    rows.sort((a, b) => {
      const x = key(a, i), y = key(b, i);
      const d = numeric ? (x === '' ? -1 : Number(x)) - (y === '' ? -1 : Number(y)) : collator.compare(x, y);
      return ascending ? d : -d;
    });
    body.append(...rows);
  });
});
const bare = (text) => text.toUpperCase().replace(/[^0-9A-Z]/g, '');
const apply = () => {
  const unit = form.elements.unit.value, status = form.elements.status.value, certificate = bare(form.elements.certificate.value);
  let shown = 0;
  for (const row of rows) {
    const visible = (!unit || row.dataset.unit === unit) && (!status || row.dataset.status === status) &&
      (!certificate || row.dataset.certificates.split(' ').some((n) => bare(n).includes(certificate)));
    row.hidden = !visible;
    if (visible) shown++;
  }
  count.textContent = count.dataset.template.replace('{shown}', shown).replace('{total}', rows.length);
};
form.addEventListener('change', apply);
form.addEventListener('input', apply);
form.addEventListener('submit', (event) => event.preventDefault());
form.hidden = false;
apply();
})();`;

/** The CSP source that allows TABLE_SCRIPT and nothing else. */
export const TABLE_SCRIPT_HASH = `'sha256-${createHash('sha256').update(TABLE_SCRIPT).digest('base64')}'`;
