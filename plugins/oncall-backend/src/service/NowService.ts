import {
  nextHandoff,
  NowResponse,
  RoleCoverage,
  RotationResponse,
  whoCovers,
} from '@agile-ops/plugin-oncall-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { toRotation } from './rotationInput';
import { RotationService } from './RotationService';
import { TeamDirectory, TeamVia } from './TeamDirectory';

// Far enough to find the next hand-off of any rotation with a shift of up to a year.
const LOOK_AHEAD = 366 * 86_400_000;

/** Answers "who covers this entity or team right now, until when, and who is next". */
export class NowService {
  constructor(
    private readonly options: {
      rotations: RotationService;
      directory: TeamDirectory;
      now?: () => Date;
    },
  ) {}

  /** Coverage of an entity through its team; 404 when the caller cannot see the entity. */
  async forEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<NowResponse> {
    const { directory } = this.options;
    const entity = await directory.getEntity(entityRef, credentials);
    const resolved = directory.teamOf(entity);
    // A team the caller may not read is not named, nor are its people; a group asked for
    // itself was just read with the caller's credentials.
    if (
      !resolved ||
      (resolved.via !== 'self' &&
        !(await directory.visibleRefs([resolved.team], credentials)).size)
    ) {
      return {
        entityRef,
        team: null,
        resolvedVia: null,
        roles: [],
        escalation: [],
      };
    }
    return this.forTeam(entityRef, resolved.team, resolved.via);
  }

  /** Coverage of one team, reported for `entityRef`. */
  async forTeam(
    entityRef: string,
    team: string,
    via: TeamVia,
  ): Promise<NowResponse> {
    const now = this.options.now?.() ?? new Date();
    const rotations = await this.options.rotations.listForTeam(team);
    const roles = await Promise.all(
      rotations.map(rotation => this.coverage(rotation, now)),
    );
    return {
      entityRef,
      team,
      resolvedVia: via,
      roles,
      escalation: await this.escalation(team, roles),
    };
  }

  /** Who to call in order: PoTW, primary, secondary, then the group's lead; nobody twice. */
  async escalation(team: string, roles: RoleCoverage[]): Promise<string[]> {
    const chain: string[] = [];
    for (const role of ['potw', 'primary', 'secondary']) {
      for (const coverage of roles) {
        if (coverage.role === role && coverage.user) chain.push(coverage.user);
      }
    }
    try {
      const lead = this.options.directory.leadOf(
        await this.options.directory.getGroup(team),
      );
      if (lead) chain.push(lead);
    } catch {
      // A team missing from the catalog has no lead to name; the rotations still answer.
    }
    return [...new Set(chain)];
  }

  private async coverage(
    rotation: RotationResponse,
    now: Date,
  ): Promise<RoleCoverage> {
    const overrides = await this.options.rotations.overridesAround(
      rotation.id,
      now,
      new Date(now.getTime() + LOOK_AHEAD),
    );
    const input = toRotation(rotation);
    const current = whoCovers(input, overrides, now);
    const next = nextHandoff(input, overrides, now);
    return {
      role: rotation.role,
      rotationId: rotation.id,
      rotationName: rotation.name,
      user: current?.user ?? null,
      since: current?.since ?? null,
      // The person stays on duty until the next hand-off, even across their own next shift.
      until: next?.at ?? current?.until ?? null,
      next: next ? { user: next.to, at: next.at } : null,
      timezone: rotation.timezone,
      // An imported schedule is stored as overrides, but its entries are the plan itself.
      override: rotation.source === 'rules' && current?.source === 'override',
    };
  }
}
