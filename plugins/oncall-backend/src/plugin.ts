import { oncallPermissions } from '@agile-ops/plugin-oncall-common';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { registerOncallActions } from './actions/registerActions';
import { DatabaseFeedTokenStore } from './database/DatabaseFeedTokenStore';
import { DatabaseOncallStore } from './database/DatabaseOncallStore';
import { seedDemoData } from './demo/seedDemoData';
import { oncallGroupResourceRef, oncallGroupRules } from './permissions/rules';
import {
  REMINDER_TASK,
  sendHandoffReminders,
} from './reminders/sendHandoffReminders';
import { calendarImports } from './ical/importInWorker';
import { Access } from './service/access';
import { FeedService } from './service/FeedService';
import { InterruptService } from './service/InterruptService';
import { NowService } from './service/NowService';
import { RotationService } from './service/RotationService';
import { createRouter } from './service/router';
import { readImportLimits } from './service/limits';
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
        const store = await DatabaseOncallStore.create(deps.database);
        const directory = new TeamDirectory(catalog, auth);
        const access = new Access(deps.permissions, deps.auditor);
        const rotations = new RotationService({
          store,
          directory,
          access,
          maxRotationsPerGroup: settings.maxRotationsPerGroup,
        });
        const now = new NowService({ rotations, directory });
        const feeds = new FeedService({
          rotations,
          // The table comes with the migrations DatabaseOncallStore.create has just run.
          tokens: new DatabaseFeedTokenStore(await deps.database.getClient()),
          directory,
          access,
          baseUrl: () => deps.discovery.getExternalBaseUrl('oncall'),
          includeEmails: settings.feeds.includeEmails,
        });
        const interrupts = new InterruptService({
          store,
          rotations,
          directory,
          access,
        });
        const stats = new TeamStatsService({
          store,
          directory,
          access,
          settings,
        });

        if (settings.seedFile) {
          await seedDemoData({
            file: settings.seedFile,
            db: await deps.database.getClient(),
            store,
            interrupts,
            logger: deps.logger,
          });
        }

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
            timeout: { minutes: 5 },
            initialDelay: { seconds: 30 },
            fn: async () => {
              await sendHandoffReminders({
                store,
                rotations,
                directory,
                notifications: deps.notifications,
                before: settings.reminders.before,
                logger: deps.logger,
              });
            },
          });
        }

        deps.httpRouter.use(
          await createRouter({
            rotations,
            now,
            interrupts,
            stats,
            feeds,
            httpAuth: deps.httpAuth,
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
