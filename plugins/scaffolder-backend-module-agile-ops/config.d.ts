export interface Config {
  /** Configuration of the Agile Ops suite. */
  agileOps?: {
    /** Settings of the `agile-ops:automation:call` scaffolder action. */
    automation?: {
      /**
       * URL prefixes the action may POST to, e.g. `https://automation.example.com/hooks/`.
       * A URL is allowed when it has the same origin as a prefix and starts with it; end a
       * prefix with `/` to allow only the paths below it. None listed: every call is refused.
       */
      allowedUrls?: string[];
    };
  };
}
