export interface Config {
  /** Configuration of the Agile Ops on-call plugin; every key is optional. */
  oncall?: {
    /** How interrupt statistics cut time into iterations. */
    iterations?: {
      /** ISO 8601 duration of one iteration; defaults to `P2W` (two weeks). */
      length?: string;
      /** Date (or date-time) one iteration starts on; defaults to Monday `2026-01-05`. */
      anchor?: string;
      /** IANA time zone whose wall clock iterations follow; defaults to `UTC`. */
      timezone?: string;
    };
    /** Notifications to the person taking over a rotation. */
    reminders?: {
      /** Set to false to send no reminders. Defaults to true. */
      enabled?: boolean;
      /** How long before a hand-off the reminder goes out, ISO 8601; defaults to `PT24H`. */
      before?: string;
      /** How often the reminder task runs, ISO 8601; defaults to `PT5M`. */
      frequency?: string;
    };
    /** The iCal feeds calendar apps subscribe to through a secret URL. */
    feeds?: {
      /**
       * Set to true to list each person's e-mail address as the events' ATTENDEE. Defaults to
       * false: anyone holding a feed URL reads the feed without signing in.
       */
      includeEmails?: boolean;
    };
    /**
     * A YAML file of rotations and interrupts loaded once into an empty database, for demos.
     * Relative paths are resolved from the backend's working directory.
     */
    seedFile?: string;
  };
}
