// Small HTTP helpers over Node's fetch, for everything except the concurrent load.

/** A user token for the guest of the bench config: OWNER_USER, an ordinary team member. */
export async function guestToken(settings) {
  const res = await fetch(`${settings.baseUrl}/api/auth/guest/refresh`);
  if (!res.ok) {
    throw new Error(`guest sign-in failed: ${res.status} ${await res.text()}`);
  }
  const body = await res.json();
  return body.backstageIdentity.token;
}

/**
 * One request, timed from sending until the whole body has arrived (parsing the JSON is the
 * client's work and is left out); an error names the status and the body.
 */
export async function timedApi(
  settings,
  token,
  route,
  { method = 'GET', body } = {},
) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const start = process.hrtime.bigint();
  const res = await fetch(`${settings.baseUrl}${route}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: payload,
  });
  const text = await res.text();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!res.ok) {
    throw new Error(`${method} ${route}: ${res.status} ${text.slice(0, 500)}`);
  }
  return {
    ms,
    bytes: Buffer.byteLength(text),
    body: text ? JSON.parse(text) : undefined,
  };
}

/** One request; the parsed JSON body. */
export async function api(settings, token, route, options) {
  return (await timedApi(settings, token, route, options)).body;
}
