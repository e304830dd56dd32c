export interface Config {
  /** Configuration of the Agile Ops suite. */
  agileOps?: {
    /** Settings of the `agile-ops:automation:call` scaffolder action. */
    automation?: {
      /**
       * URL prefixes the action may POST to, e.g. `https://automation.example.com/hooks/`.
       * A URL is allowed when it has the scheme, host and port of a prefix and its path is the
       * prefix's path or below it on a `/` boundary (`/hooks` allows `/hooks/restart`, never
       * `/hooks-admin`). None listed: every call is refused.
       */
      allowedUrls?: string[];
      /**
       * Shared secret (at least 32 characters) the action signs every call with:
       * HMAC-SHA256 over `<timestamp>.<raw body>`, sent as `X-Agile-Ops-Timestamp` and
       * `X-Agile-Ops-Signature: sha256=<hex>`. Not set: every call is refused.
       * @visibility secret
       */
      signingSecret?: string;
    };
  };
}
