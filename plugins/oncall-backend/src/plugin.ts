import { oncallPermissions } from '@agile-ops/plugin-oncall-common';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { registerOncallActions } from './actions/registerActions';
import { openOncallStores } from './database/openStores';
import { oncallGroupResourceRef, oncallGroupRules } from './permissions/rules';
import {
  REMINDER_TASK,
  sendHandoffReminders,
} from './reminders/sendHandoffReminders';
import { calendarImports } from './ical/importInWorker';
import { TeamAccess } from './service/access';
import { FeedService } from './service/FeedService';
import { HandoffNoteService } from './service/HandoffNoteService';
import { InterruptService } from './service/InterruptService';
import { NowService } from './service/NowService';
import { OncallImport } from './service/OncallImport';
import { OverrideService } from './service/OverrideService';
import { RotationService } from './service/RotationService';
import { createRouter } from './service/router';
import { readImportLimits, VISIBILITY_CACHE_ENTRIES } from './service/limits';
import { readOncallSettings } from './service/settings';
import { TeamDirectory } from './service/TeamDirectory';
import { TeamStatsService } from './service/TeamStatsService';

/**
 * The on-call backend plugin: rotations, overrides, hand-offs, iCal feeds and the interrupt
 * ledger of catalog groups.
 *
 * @public
 */
export const oncallPlugin = createBackendPlugin({
  pluginId: 'oncall',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        discovery: coreServices.discovery,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        scheduler: coreServices.scheduler,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const { catalog, auth } = deps;
        const settings = readOncallSettings(deps.config);
        calendarImports.configure(readImportLimits(deps.config));
        // The one clock of the plugin: every service and store reads "now" from it.
        const clock = () => new Date();
        const stores = await openOncallStores(deps.database, { clock });
        const directory = new TeamDirectory(catalog, auth, {
          ttlMs: settings.visibilityCacheTtlMs,
          maxEntries: VISIBILITY_CACHE_ENTRIES,
        });
        const access = new TeamAccess(deps.permissions, deps.auditor);
        const rotations = new RotationService({
          store: stores.rotations,
          directory,
          access,
          maxRotationsPerGroup: settings.maxRotationsPerGroup,
          now: clock,
        });
        const overrides = new OverrideService({
          store: stores.rotations,
          rotations,
          directory,
          access,
          now: clock,
        });
        const handoffNotes = new HandoffNoteService({
          store: stores.handoffNotes,
          rotations,
          access,
          now: clock,
        });
        const now = new NowService({ rotations, directory, now: clock });
        const feeds = new FeedService({
          rotations,
          tokens: stores.feedTokens,
          directory,
          baseUrl: () => deps.discovery.getExternalBaseUrl('oncall'),
          includeEmails: settings.feeds.includeEmails,
          now: clock,
        });
        const interrupts = new InterruptService({
          store: stores.ledger,
          rotations,
          directory,
          access,
          now: clock,
        });
        const stats = new TeamStatsService({
          store: stores.ledger,
          directory,
          access,
          settings,
          now: clock,
        });

        const imports = new OncallImport({
          stores,
          directory,
          access,
          maxRotationsPerGroup: settings.maxRotationsPerGroup,
          now: clock,
        });

        // Lets policies hand "members of the owning group" decisions to this plugin.
        deps.permissionsRegistry.addResourceType({
          resourceRef: oncallGroupResourceRef,
          permissions: oncallPermissions,
          rules: Object.values(oncallGroupRules),
          getResources: async entityRefs => {
            const { items } = await catalog.getEntitiesByRefs(
              { entityRefs },
              { credentials: await auth.getOwnServiceCredentials() },
            );
            return items.map(entity => entity ?? undefined);
          },
        });

        if (settings.reminders.enabled) {
          await deps.scheduler.scheduleTask({
            id: REMINDER_TASK,
            scope: 'global',
            frequency: settings.reminders.frequency,
            timeout: settings.reminders.timeout,
            initialDelay: { seconds: 30 },
            fn: async () => {
              await sendHandoffReminders({
                stores,
                handoffNotes,
                directory,
                notifications: deps.notifications,
                before: settings.reminders.before,
                logger: deps.logger,
                now: clock(),
              });
            },
          });
        }

        deps.httpRouter.use(
          await createRouter({
            rotations,
            overrides,
            handoffNotes,
            now,
            interrupts,
            stats,
            feeds,
            imports,
            httpAuth: deps.httpAuth,
            clock,
          }),
        );
        // Calendar apps cannot sign in; the secret token in the path is their credential.
        // The whole /feeds prefix, so a feed URL without its token is a 404 like a wrong one,
        // not a 401 that would tell the path apart; /feeds has no other route.
        deps.httpRouter.addAuthPolicy({
          path: '/feeds',
          allow: 'unauthenticated',
        });
        registerOncallActions({
          actionsRegistry: deps.actionsRegistry,
          now,
          rotations,
          interrupts,
        });
      },
    });
  },
});
