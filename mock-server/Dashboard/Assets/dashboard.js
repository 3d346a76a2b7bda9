// The BuenaMock dashboard: reads and steers the mock through its control API (/__buena) only.
// No framework, no inline script (the page's Content-Security-Policy allows this file alone).
'use strict';

const PAGE_SIZE = 50;
const TOKEN_KEY = 'buenamock.adminToken';
const JOURNAL_ROWS = 100;

const state = { offset: 0, total: 0, openMetadata: new Set(), journal: [], selectedRequest: null };
const $ = (id) => document.getElementById(id);

// ---- Calls to the control API ----------------------------------------------------------------

class ApiFailure extends Error {
  constructor(status, body) {
    const fields = body && body.details && Array.isArray(body.details.fields)
      ? ' (' + body.details.fields.map((f) => f.field + ': ' + f.message).join('; ') + ')' : '';
    super((body && body.message ? body.message : 'HTTP ' + status) + fields);
    this.status = status;
  }
}

let tokenPrompt = null;

// Asks for the admin token once, however many calls were refused at the same time.
function askForToken(message) {
  if (!tokenPrompt) {
    tokenPrompt = new Promise((resolve) => {
      const dialog = $('token-dialog');
      $('token-error').textContent = message;
      $('token-input').value = '';
      dialog.addEventListener('close', function onClose() {
        dialog.removeEventListener('close', onClose);
        const token = $('token-input').value.trim();
        if (token) {
          sessionStorage.setItem(TOKEN_KEY, token);
        }
        tokenPrompt = null;
        resolve(Boolean(token));
      });
      dialog.showModal();
      $('token-input').focus();
    });
  }
  return tokenPrompt;
}

async function api(method, path, body) {
  for (;;) {
    const headers = { Accept: 'application/json' };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (response.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      const given = await askForToken(token ? 'That token was refused: ' + (json && json.message ? json.message : '401') : (json && json.message) || 'The control API needs the admin token.');
      if (given) {
        continue;
      }
    }
    if (!response.ok) {
      throw new ApiFailure(response.status, json);
    }
    return json;
  }
}

function say(text, isError) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', Boolean(isError));
}

// Runs a user's action: its outcome (or the API's error message) goes to the status line.
async function act(label, work) {
  try {
    const message = await work();
    say(typeof message === 'string' ? message : label);
  } catch (error) {
    say(error.message, true);
  }
}

// ---- Rendering helpers --------------------------------------------------------------------------

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text === null || text === undefined ? '—' : String(text);
  if (className) {
    td.className = className;
  }
  row.appendChild(td);
  return td;
}

function setText(id, value) {
  const element = $(id);
  const text = value === null || value === undefined ? '—' : String(value);
  if (element.textContent !== text) {
    element.textContent = text;
  }
}

// ---- Clock --------------------------------------------------------------------------------------

async function loadClock() {
  const clock = await api('GET', '/__buena/clock');
  setText('clock-now', clock.now);
  setText('clock-state', clock.frozen ? 'frozen' : 'running');
  setText('clock-scale', clock.timeScale + '×');
}

// ---- Users and jobs -----------------------------------------------------------------------------

async function loadUsers() {
  const { users } = await api('GET', '/__buena/users');
  const select = $('user-select');
  const current = select.value;
  select.replaceChildren(...users.map((user) => {
    const option = document.createElement('option');
    option.value = user.id;
    option.textContent = user.name + ' (' + user.id + ', ' + user.jobs + ' jobs)';
    return option;
  }));
  if (users.some((user) => user.id === current)) {
    select.value = current;
  }
}

function jobQuery() {
  const params = new URLSearchParams();
  params.set('userId', $('user-select').value);
  if ($('status-filter').value) {
    params.set('status', $('status-filter').value);
  }
  if ($('type-filter').value) {
    params.set('type', $('type-filter').value);
  }
  params.set('offset', String(state.offset));
  params.set('limit', String(PAGE_SIZE));
  return params.toString();
}

async function loadJobs() {
  if (!$('user-select').value) {
    return;
  }
  const page = await api('GET', '/__buena/jobs?' + jobQuery());
  if (page.total > 0 && page.offset >= page.total) {
    state.offset = Math.floor((page.total - 1) / PAGE_SIZE) * PAGE_SIZE;
    await loadJobs();
    return;
  }
  state.total = page.total;
  for (const name of ['total', 'pending', 'running', 'completed', 'failed', 'successRate']) {
    setText('stat-' + name, page.statistics[name]);
  }
  renderJobs(page.jobs);
  const first = page.total === 0 ? 0 : page.offset + 1;
  setText('page-info', first + '–' + (page.offset + page.jobs.length) + ' of ' + page.total);
  $('page-prev').disabled = page.offset === 0;
  $('page-next').disabled = page.offset + page.jobs.length >= page.total;
}

function renderJobs(jobs) {
  const body = $('jobs-body');
  const rows = [];
  for (const job of jobs) {
    const row = document.createElement('tr');
    row.dataset.jobId = job.id;
    row.dataset.status = job.status;
    cell(row, job.id, 'mono');
    cell(row, job.type);
    cell(row, job.status, 'status status-' + job.status);
    const progressCell = cell(row, '', 'progress');
    const bar = document.createElement('progress');
    bar.max = 100;
    bar.value = job.progress;
    bar.setAttribute('aria-label', 'progress of ' + job.id);
    const percent = document.createElement('span');
    percent.textContent = ' ' + job.progress + '%';
    progressCell.replaceChildren(bar, percent);
    cell(row, job.message);
    cell(row, job.createdAt, 'mono');
    cell(row, job.completedAt, 'mono');
    const metadataCell = cell(row, '');
    const toggle = document.createElement('button');
    toggle.type = 'button';
    const open = state.openMetadata.has(job.id);
    toggle.textContent = open ? 'Hide' : 'Show';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.setAttribute('aria-label', (open ? 'Hide' : 'Show') + ' metadata of ' + job.id);
    toggle.addEventListener('click', () => {
      if (state.openMetadata.has(job.id)) {
        state.openMetadata.delete(job.id);
      } else {
        state.openMetadata.add(job.id);
      }
      refreshJobs();
    });
    metadataCell.replaceChildren(toggle);
    rows.push(row);
    if (open) {
      const detail = document.createElement('tr');
      detail.className = 'detail-row';
      const td = document.createElement('td');
      td.colSpan = 8;
      const pre = document.createElement('pre');
      pre.textContent = JSON.stringify(job.metadata, null, 2);
      td.appendChild(pre);
      detail.appendChild(td);
      rows.push(detail);
    }
  }
  // Keeps keyboard focus on the same metadata button across a redraw.
  const focused = document.activeElement && body.contains(document.activeElement)
    ? document.activeElement.closest('tr') && document.activeElement.closest('tr').dataset.jobId : null;
  body.replaceChildren(...rows);
  if (focused) {
    const again = body.querySelector('tr[data-job-id="' + CSS.escape(focused) + '"] button');
    if (again) {
      again.focus();
    }
  }
}

function refreshJobs() {
  loadJobs().catch((error) => say(error.message, true));
}

// ---- Faults and rate limits ---------------------------------------------------------------------

function showFaults(faults) {
  $('fault-latency').value = faults.latency || '';
  $('fault-route-latency').value = Object.entries(faults.routeLatency || {}).map(([route, value]) => route + '=' + value).join(', ');
  $('fault-rate').value = String(faults.errorRate);
  for (const box of document.querySelectorAll('input[name="errorKinds"]')) {
    box.checked = faults.errorKinds.includes(box.value);
  }
}

function readFaults() {
  const routeLatency = {};
  for (const part of $('fault-route-latency').value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = part.indexOf('=');
    routeLatency[at < 0 ? part : part.slice(0, at).trim()] = at < 0 ? '' : part.slice(at + 1).trim();
  }
  const latency = $('fault-latency').value.trim();
  return {
    latency: latency === '' || latency === 'none' ? null : latency,
    routeLatency,
    errorRate: Number($('fault-rate').value),
    errorKinds: [...document.querySelectorAll('input[name="errorKinds"]:checked')].map((box) => box.value),
  };
}

function describeLimits(limits) {
  return limits.rateLimits === 'off' ? 'off'
    : limits.perMinute + ' a minute, ' + limits.perHour + ' an hour, ' + limits.perDay + ' a day (' + limits.rateLimits + ')';
}

async function loadSettings() {
  showFaults(await api('GET', '/__buena/faults'));
  const limits = await api('GET', '/__buena/rate-limits');
  setText('limits-current', describeLimits(limits));
  $('limits-input').value = limits.rateLimits;
}

// ---- Journal ------------------------------------------------------------------------------------

async function loadJournal() {
  const journal = await api('GET', '/__buena/requests?limit=' + JOURNAL_ROWS);
  state.journal = journal.requests.slice().reverse();
  const apiOnly = $('journal-api-only').checked;
  const shown = apiOnly ? state.journal.filter((entry) => entry.path === '/api/v2' || entry.path.startsWith('/api/v2/')) : state.journal;
  setText('journal-info', shown.length + ' shown of the ' + journal.requests.length + ' newest (' + journal.total + ' since start or reset)');
  const rows = shown.map((entry) => {
    const row = document.createElement('tr');
    row.dataset.requestId = entry.id;
    if (entry.fault) {
      row.className = 'faulted';
    }
    cell(row, entry.time, 'mono');
    cell(row, entry.method);
    const pathCell = cell(row, '');
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'link';
    open.textContent = entry.path + (entry.query ? '?' + entry.query : '');
    open.setAttribute('aria-label', 'Details of request ' + entry.id + ' ' + entry.method + ' ' + entry.path);
    open.addEventListener('click', () => showRequest(entry.id));
    pathCell.replaceChildren(open);
    cell(row, entry.status === null ? 'reset' : entry.status);
    cell(row, entry.route);
    cell(row, entry.key, 'mono');
    cell(row, entry.durationMs);
    cell(row, entry.fault, entry.fault ? 'fault' : '');
    return row;
  });
  $('journal-body').replaceChildren(...rows);
  if (state.selectedRequest) {
    showRequest(state.selectedRequest);
  }
}

function showRequest(id) {
  const entry = state.journal.find((e) => e.id === id);
  state.selectedRequest = entry ? id : null;
  $('journal-detail').hidden = !entry;
  if (entry) {
    setText('journal-detail-id', id);
    setText('journal-detail-body', JSON.stringify(entry, null, 2));
  }
}

// ---- Wiring -------------------------------------------------------------------------------------

async function refreshAll() {
  await loadClock();
  await loadUsers();
  await loadJobs();
  await loadSettings();
  await loadJournal();
}

function on(id, event, handler) {
  $(id).addEventListener(event, (e) => {
    if (event === 'submit') {
      e.preventDefault();
    }
    handler(e);
  });
}

function wire() {
  on('advance-form', 'submit', () => act('Clock advanced.', async () => {
    const seconds = Number($('advance-amount').value) * Number($('advance-unit').value);
    await api('POST', '/__buena/clock/advance?seconds=' + encodeURIComponent(String(seconds)));
    await loadClock();
    await loadJobs();
  }));
  on('set-form', 'submit', () => act('Clock set.', async () => {
    await api('POST', '/__buena/clock/set?at=' + encodeURIComponent($('set-at').value.trim()));
    await loadClock();
    await loadJobs();
  }));
  for (const id of ['user-select', 'status-filter', 'type-filter']) {
    on(id, 'change', () => {
      state.offset = 0;
      refreshJobs();
    });
  }
  on('filter-form', 'submit', () => refreshJobs());
  on('page-prev', 'click', () => {
    state.offset = Math.max(0, state.offset - PAGE_SIZE);
    refreshJobs();
  });
  on('page-next', 'click', () => {
    if (state.offset + PAGE_SIZE < state.total) {
      state.offset += PAGE_SIZE;
    }
    refreshJobs();
  });
  on('create-form', 'submit', () => act('Job created.', async () => {
    const created = await api('POST', '/__buena/jobs', {
      userId: $('user-select').value,
      type: $('create-type').value,
      status: $('create-status').value,
    });
    state.offset = 0;
    await loadUsers();
    await loadJobs();
    return 'Job ' + created.data.job.id + ' created (' + created.data.job.status + ').';
  }));
  on('reset-all', 'click', () => act('The mock is back to its seeded state.', async () => {
    await api('POST', '/__buena/reset');
    state.offset = 0;
    state.openMetadata.clear();
    state.selectedRequest = null;
    await refreshAll();
  }));
  on('faults-form', 'submit', () => act('Faults applied.', async () => {
    showFaults(await api('PUT', '/__buena/faults', readFaults()));
  }));
  on('faults-reset', 'click', () => act('Faults reset to the options.', async () => {
    showFaults(await api('POST', '/__buena/faults/reset'));
  }));
  on('limits-form', 'submit', () => act('Rate limits applied.', async () => {
    const limits = await api('PUT', '/__buena/rate-limits', { rateLimits: $('limits-input').value.trim() });
    setText('limits-current', describeLimits(limits));
  }));
  on('limits-reset', 'click', () => act('Rate limits reset to the options.', async () => {
    const limits = await api('POST', '/__buena/rate-limits/reset');
    setText('limits-current', describeLimits(limits));
    $('limits-input').value = limits.rateLimits;
  }));
  on('journal-api-only', 'change', () => loadJournal().catch((error) => say(error.message, true)));
}

// Polls: the clock and the jobs every 2 s (they move while the clock runs), the journal every second.
function poll(work, every) {
  let running = false;
  setInterval(async () => {
    if (running || tokenPrompt) {
      return;
    }
    running = true;
    try {
      await work();
    } catch (error) {
      say(error.message, true);
    } finally {
      running = false;
    }
  }, every);
}

async function start() {
  wire();
  try {
    await refreshAll();
    document.body.dataset.ready = 'true';
  } catch (error) {
    say(error.message, true);
  }
  poll(async () => {
    await loadClock();
    await loadJobs();
  }, 2000);
  poll(async () => {
    if ($('journal-live').checked) {
      await loadJournal();
    }
  }, 1000);
}

document.addEventListener('DOMContentLoaded', start);
