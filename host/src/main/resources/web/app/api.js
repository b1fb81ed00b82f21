// The REST API, with the session cookie (HttpOnly, SameSite=Strict) the sign-in sets: the app
// never sees or stores a token. Errors are problem+json; ApiError carries its detail.

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || 'HTTP ' + status);
    this.status = status;
    this.problem = problem || {};
  }
}

const listeners = new Set();

/** Called with no arguments when the API says the session is gone (401). */
export function onSignedOut(fn) {
  listeners.add(fn);
}

async function request(method, path, body, raw) {
  const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (raw) {
    Object.assign(init.headers, raw.headers);
    init.body = raw.body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { detail: 'The desk cannot be reached. Check your connection and try again.' });
  }
  const text = await response.text();
  const data = text ? safeJson(text) : null;
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/v1/auth/login')) listeners.forEach(fn => fn());
    throw new ApiError(response.status, data);
  }
  return data;
}

function safeJson(text) {
  try { return JSON.parse(text); } catch (e) { return null; }
}

export const api = {
  get: path => request('GET', path),
  post: (path, body = {}) => request('POST', path, body),
  put: (path, body) => request('PUT', path, body),
  patch: (path, body) => request('PATCH', path, body),
  del: path => request('DELETE', path),
  /** Sends a file as the raw body (a plugin zip), with extra headers. */
  upload: (path, file, headers = {}) => request('POST', path, undefined,
    { body: file, headers: { 'Content-Type': 'application/zip', ...headers } }),
};

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== '' && v !== null && v !== undefined) search.set(k, v); });
  const text = search.toString();
  return text ? '?' + text : '';
}
