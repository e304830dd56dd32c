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
      /**
       * How long one run of the reminder task may take, ISO 8601, before its claim expires and
       * another replica may run it; defaults to `PT5M`.
       * @visibility backend
       */
      timeout?: string;
    };
    /** How what a caller may read in the catalog is checked. */
    visibility?: {
      /**
       * How long the catalog's answer for one caller and entity (a team, an entity, whether it
       * is readable) is kept, so the requests of one page ask the catalog once; ISO 8601,
       * defaults to `PT5S`, at most `PT1M`. A catalog or permission change reaches a caller at
       * most this late; `PT0S` asks on every request.
       */
      cacheTtl?: string;
    };
    /** Limits on a group's rotations. */
    rotations?: {
      /** Rotations (imported schedules included) one group may have; defaults to 20. */
      maxPerGroup?: number;
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
     * Caps of one iCal import (`POST /rotations/import`), which is parsed and expanded in a
     * worker thread; an import over a cap is refused with a 400 that names it.
     */
    import?: {
      /** Time parsing and expansion may take, ISO 8601; defaults to `PT1.2S`. */
      timeLimit?: string;
      /** Time the worker thread may take to start, ISO 8601; defaults to `PT5S` (then a 503). */
      startLimit?: string;
      /** Imports parsed at the same time in this process; one more gets a 503. Defaults to 2. */
      maxConcurrent?: number;
      /** Characters of the calendar text; defaults to 1000000. */
      maxCharacters?: number;
      /** VEVENTs in the file; defaults to 2000. */
      maxEvents?: number;
      /** ATTENDEEs of one VEVENT; defaults to 100. */
      maxAttendees?: number;
      /** Occurrences in the import window over the whole file (each becomes an override); defaults to 2000. */
      maxOccurrences?: number;
      /** Recurrence steps over the whole file, those before the window included; defaults to 50000. */
      maxSteps?: number;
    };
  };
}
