import { FeedTokenResponse } from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { Request } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { FeedTokenStore } from '../database/FeedTokenStore';
import { exportCalendar } from '../ical/exportCalendar';
import { UserCredentials } from './access';
import { RotationService } from './RotationService';
import { TeamDirectory } from './TeamDirectory';

/** 32 random bytes: 256 bits, far beyond guessing, as 43 base64url characters. */
const TOKEN_BYTES = 32;
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** The hex SHA-256 of a feed token, under which it is stored and looked up. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A calendar rendered for one rotation, with the rotation's id for the file name. */
export interface RenderedCalendar {
  rotationId: string;
  ics: string;
}

/**
 * Calendar feeds of rotations: the `.ics` text, and the secret feed tokens that let calendar
 * apps, which cannot sign in, read it.
 */
export class FeedService {
  constructor(
    private readonly options: {
      rotations: RotationService;
      tokens: FeedTokenStore;
      directory: TeamDirectory;
      /** Absolute base URL of the plugin's routes, such as `https://portal/api/oncall`. */
      baseUrl: () => Promise<string>;
      /** `oncall.feeds.includeEmails`. */
      includeEmails: boolean;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.options.now?.() ?? new Date();
  }

  /**
   * Issues a new feed token for the rotation, revoking the one it had; the token is returned
   * once and only its hash is kept.
   */
  async issueToken(
    rotationId: string,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<FeedTokenResponse> {
    const { rotations, tokens } = this.options;
    return rotations.manage(
      rotationId,
      'feed-token-create',
      credentials,
      request,
      async () => {
        const token = randomBytes(TOKEN_BYTES).toString('base64url');
        await tokens.replace({
          rotationId,
          tokenHash: hashFeedToken(token),
          createdBy: credentials.principal.userEntityRef,
          createdAt: this.now(),
        });
        const baseUrl = await this.options.baseUrl();
        return { feedUrl: `${baseUrl}/feeds/${token}/calendar.ics`, token };
      },
    );
  }

  /** Revokes the rotation's feed token; revoking when there is none succeeds too. */
  async revokeToken(
    rotationId: string,
    credentials: UserCredentials,
    request?: Request,
  ): Promise<void> {
    const { rotations, tokens } = this.options;
    await rotations.manage(
      rotationId,
      'feed-token-revoke',
      credentials,
      request,
      () => tokens.revoke(rotationId),
    );
  }

  /**
   * The calendar a feed token opens. A malformed, wrong or revoked token is the same
   * NotFoundError, so an answer tells nothing about which tokens exist.
   */
  async calendarForToken(
    token: string,
    from: Date,
    to: Date,
  ): Promise<RenderedCalendar> {
    // Looked up by hash: the database compares values the caller cannot aim at, so its
    // timing says nothing about the stored token.
    const rotationId = TOKEN_FORMAT.test(token)
      ? await this.options.tokens.findRotation(hashFeedToken(token))
      : undefined;
    if (!rotationId) throw new NotFoundError('no such calendar feed');
    // A token row goes with its rotation (ON DELETE CASCADE), so the rotation is there.
    return { rotationId, ics: await this.calendar(rotationId, from, to) };
  }

  /**
   * The rotation's calendar; with a signed-in caller's credentials, as far as the caller may
   * read the rotation (see `RotationService.get`), without them for a feed token's holder.
   */
  async calendar(
    rotationId: string,
    from: Date,
    to: Date,
    credentials?: BackstageCredentials,
  ): Promise<string> {
    const { rotations, directory, includeEmails } = this.options;
    const rotation = await rotations.get(rotationId, credentials);
    const { shifts } = await rotations.shiftsOf(rotation, from, to);
    return exportCalendar({
      rotation,
      shifts,
      userNames: await directory.describeUsers(shifts.map(s => s.user)),
      now: this.now(),
      includeEmails,
    });
  }
}
