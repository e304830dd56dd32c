import { maturityPermissions } from '@agile-ops/plugin-maturity-common';
import {
  EvidenceProvider,
  maturityEvidenceExtensionPoint,
} from '@agile-ops/plugin-maturity-node';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { registerMaturityActions } from './actions/registerActions';
import { DatabaseMaturityStore } from './database/DatabaseMaturityStore';
import {
  maturityEntityResourceRef,
  maturityEntityRules,
} from './permissions/rules';
import { Access } from '@agile-ops/backend-common';
import { LIMITS } from './service/limits';
import { EntityLookup } from './service/EntityLookup';
import { AssessPermission } from './service/AssessPermission';
import { MaturityService } from './service/MaturityService';
import { DatabaseHierarchyStore } from './hierarchy/DatabaseHierarchyStore';
import { admitEntity } from './hierarchy/admitEntity';
import { AssessmentImport } from './service/AssessmentImport';
import { CATALOG_PROBE_TASK, catalogChanged } from './hierarchy/catalogProbe';
import { createFollowUpSync } from './hierarchy/followUpSync';
import { HIERARCHY_SYNC_TASK, syncHierarchy } from './hierarchy/syncHierarchy';
import { DatabaseRollupStore } from './rollups/DatabaseRollupStore';
import { DatabaseSnapshotStore } from './rollups/DatabaseSnapshotStore';
import { OperationsService } from './rollups/OperationsService';
import { RollupService } from './rollups/RollupService';
import { SNAPSHOT_TASK, takeSnapshot } from './rollups/takeSnapshot';
import { BACKFILL_TASK, backfillSnapshots } from './rollups/backfillSnapshots';
import { createRouter } from './service/router';
import { DatabaseSelfServiceStore } from './selfService/DatabaseSelfServiceStore';
import { ScaffolderTasks } from './selfService/ScaffolderTasks';
import { SelfServiceService } from './selfService/SelfServiceService';
import { DEFAULT_TASK_TIMEOUT, readMaturitySettings } from './service/settings';
import { DatabaseEvidenceStore } from './evidence/DatabaseEvidenceStore';
import {
  EVIDENCE_TASK,
  EvidenceCollection,
} from './evidence/EvidenceCollection';
import { scorecardEvidence } from './evidence/scorecardEvidence';
import { ProposalDecisions } from './evidence/ProposalDecisions';
import { ExplainService } from './explain/ExplainService';
import { selfServiceEvidence } from './selfService/selfServiceEvidence';
import { DatabasePushedFactStore } from './evidence/pushed/DatabasePushedFactStore';
import { pushedFactsEvidence } from './evidence/pushed/pushedEvidence';
import { FactPush } from './evidence/pushed/FactPush';
import { ceilingOf } from './evidence/checkEvidence';
import { DatabaseConfidenceStore } from './confidence/DatabaseConfidenceStore';
import { CONFIDENCE_TASK, ConfidenceRun } from './confidence/ConfidenceRun';
import { confidenceSettingsOf } from './confidence/entityConfidence';
import {
  OWNER_NOTICES_TASK,
  sendOwnerNotices,
} from './notifications/ownerNotices';

function addProvider(
  providers: Map<string, EvidenceProvider>,
  provider: EvidenceProvider,
) {
  if (providers.has(provider.id)) {
    throw new Error(
      `two evidence providers have the id "${provider.id}"; each needs its own`,
    );
  }
  const { maxScore } = provider;
  if (
    maxScore !== undefined &&
    !(Number.isInteger(maxScore) && maxScore >= 1 && maxScore <= 5)
  ) {
    throw new Error(
      `evidence provider ${provider.id}: maxScore must be a whole number from 1 to 5`,
    );
  }
  providers.set(provider.id, provider);
}

/**
 * The maturity backend plugin: scorecards, assessments and score history for catalog entities.
 *
 * @public
 */
export const maturityPlugin = createBackendPlugin({
  pluginId: 'maturity',
  register(env) {
    // Backend modules add their providers here before the plugin's init runs.
    const providers = new Map<string, EvidenceProvider>();
    env.registerExtensionPoint(maturityEvidenceExtensionPoint, {
      addProvider: provider => addProvider(providers, provider),
    });
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        notifications: notificationService,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const { catalog, auth } = deps;
        const settings = readMaturitySettings(deps.config);
        const store = await DatabaseMaturityStore.create(deps.database, {
          levelOptions: settings.level,
        });
        // Levels are stored with the scores; a changed level rule re-derives them once.
        const { refreshed } = await store.refreshAllLevels();
        if (refreshed > 0) {
          deps.logger.info(`re-derived the level of ${refreshed} entities`);
        }
        const db = await deps.database.getClient();
        const tasks = new DatabaseHierarchyStore(db);
        const rollupStore = new DatabaseRollupStore(
          db,
          settings.rollups.tierWeights,
        );
        const snapshots = new DatabaseSnapshotStore(db);
        const entities = new EntityLookup({
          catalog,
          permissions: deps.permissions,
          db,
          cache: {
            ttlMs: settings.visibility.cacheTtlMs,
            maxEntries: LIMITS.visibilityCacheEntries,
          },
        });
        // Every read asks this one module what the caller may see of the catalog.
        const { visibility } = entities;
        const confidenceStore = new DatabaseConfidenceStore(db);
        const rollups = new RollupService({
          store: rollupStore,
          confidence: confidenceStore,
          visibility,
          settings: {
            ...settings.rollups,
            staleAfterMs: settings.staleAfterMs,
            lowConfidenceBelow: settings.confidence.lowBelow,
          },
        });
        // Every write is permission-checked and audited through this one helper.
        const access = new Access(deps.permissions, deps.auditor);
        const operations = new OperationsService({
          db,
          tasks,
          snapshots,
          scheduler: deps.scheduler,
          access,
          visibility,
        });

        const followUp = createFollowUpSync({
          scheduler: deps.scheduler,
          taskId: HIERARCHY_SYNC_TASK,
          logger: deps.logger,
        });
        deps.lifecycle.addShutdownHook(() => followUp.cancel());
        await deps.scheduler.scheduleTask({
          id: HIERARCHY_SYNC_TASK,
          scope: 'global',
          frequency: settings.schedule.hierarchySync,
          timeout: settings.schedule.timeout ?? DEFAULT_TASK_TIMEOUT,
          initialDelay: { seconds: 10 },
          fn: async () => {
            const summary = await syncHierarchy({
              catalog,
              auth,
              store: tasks,
              logger: deps.logger,
            });
            if (summary.changed > 0 || summary.removed > 0) followUp.schedule();
          },
        });
        // A catalog that gained or lost entities (a first start, a new location) is synced
        // within a minute instead of at the next scheduled sync.
        await deps.scheduler.scheduleTask({
          id: CATALOG_PROBE_TASK,
          scope: 'global',
          frequency: settings.schedule.catalogProbe,
          timeout: { minutes: 1 },
          initialDelay: { seconds: 15 },
          fn: async () => {
            if (await catalogChanged({ catalog, auth, db })) {
              await deps.scheduler
                .triggerTask(HIERARCHY_SYNC_TASK)
                .catch(error =>
                  // A sync already running (here or on another replica) covers it.
                  deps.logger.debug(`hierarchy sync not started: ${error}`),
                );
            }
          },
        });
        await deps.scheduler.scheduleTask({
          id: SNAPSHOT_TASK,
          scope: 'global',
          frequency: settings.schedule.snapshot,
          timeout: settings.schedule.timeout ?? DEFAULT_TASK_TIMEOUT,
          initialDelay: { minutes: 1 },
          fn: async () => {
            await takeSnapshot({
              rollups: rollupStore,
              rollupService: rollups,
              snapshots,
              tasks,
              staleAfterMs: settings.staleAfterMs,
            });
          },
        });
        // Trends start before the plugin did: past days come from the score history.
        await deps.scheduler.scheduleTask({
          id: BACKFILL_TASK,
          scope: 'global',
          frequency: settings.schedule.backfill,
          timeout: settings.schedule.timeout ?? DEFAULT_TASK_TIMEOUT,
          initialDelay: { minutes: 1 },
          fn: async () => {
            // A backfilled day is never rewritten, so it waits for a hierarchy that has caught
            // up with the catalog (the probe starts the sync that gets it there).
            if (await catalogChanged({ catalog, auth, db })) return;
            await backfillSnapshots({
              db,
              rollups: rollupStore,
              rollupService: rollups,
              snapshots,
              tasks,
              staleAfterMs: settings.staleAfterMs,
              levelOptions: settings.level,
            });
          },
        });
        const selfServiceStore = new DatabaseSelfServiceStore(db);
        // Self-service runs are the automation vector's evidence, a provider like the others.
        addProvider(providers, selfServiceEvidence(selfServiceStore));
        // Facts that CI pipelines push (POST /facts) propose scores through the fact rules.
        const pushedFacts = new DatabasePushedFactStore(db);
        addProvider(
          providers,
          pushedFactsEvidence(pushedFacts, settings.evidence),
        );
        const evidenceStore = new DatabaseEvidenceStore(db);
        const evidence = new EvidenceCollection({
          providers: [...providers.values()],
          store: evidenceStore,
          tasks,
          catalog,
          auth,
          logger: deps.logger,
          settings: settings.evidence,
        });
        // The most each provider can propose, which tells backing facts from disputing ones.
        const ceilings = new Map(
          [...providers.values()].map(p => [p.id, ceilingOf(p)]),
        );
        const confidence = new ConfidenceRun({
          db,
          scores: store,
          evidence: evidenceStore,
          store: confidenceStore,
          ceilings,
          settings: confidenceSettingsOf(settings),
        });
        await deps.scheduler.scheduleTask({
          id: CONFIDENCE_TASK,
          scope: 'global',
          frequency: settings.schedule.confidence,
          timeout: settings.schedule.timeout ?? DEFAULT_TASK_TIMEOUT,
          initialDelay: { minutes: 2 },
          fn: async () => {
            await tasks.tracked(CONFIDENCE_TASK, () => confidence.run());
          },
        });
        await deps.scheduler.scheduleTask({
          id: EVIDENCE_TASK,
          scope: 'global',
          frequency: settings.schedule.evidence,
          timeout: settings.schedule.timeout ?? DEFAULT_TASK_TIMEOUT,
          initialDelay: { minutes: 1 },
          fn: async () => {
            await evidence.run();
          },
        });
        if (settings.notifications.enabled) {
          await deps.scheduler.scheduleTask({
            id: OWNER_NOTICES_TASK,
            scope: 'global',
            frequency: settings.schedule.notifications,
            timeout: settings.schedule.timeout ?? DEFAULT_TASK_TIMEOUT,
            initialDelay: { minutes: 5 },
            fn: async () => {
              await tasks.tracked(OWNER_NOTICES_TASK, () =>
                sendOwnerNotices({
                  db,
                  evidence: evidenceStore,
                  notifications: deps.notifications,
                  logger: deps.logger,
                  staleAfterMs: settings.staleAfterMs,
                  proposalGap: settings.notifications.proposalGap,
                  ceilings,
                  limit: LIMITS.ownerNotices,
                }),
              );
            },
          });
        }
        const selfService = new SelfServiceService({
          store: selfServiceStore,
          entities,
          access,
          onRecorded: entityRef =>
            evidence.collect([entityRef]).then(
              () => undefined,
              error =>
                deps.logger.warn(
                  `evidence of ${entityRef} not collected after a self-service run: ${error}`,
                ),
            ),
          ...(settings.selfService.verifyTasks
            ? {
                tasks: new ScaffolderTasks({ discovery: deps.discovery, auth }),
              }
            : {}),
        });
        // Lets policies hand conditional decisions (e.g. "owners may assess") to this plugin:
        // the permission backend asks the registered rules for one entity (the frontend's
        // permission checks), and assessments apply the same rules here.
        deps.permissionsRegistry.addResourceType({
          resourceRef: maturityEntityResourceRef,
          permissions: maturityPermissions,
          rules: Object.values(maturityEntityRules),
          getResources: async entityRefs => {
            const { items } = await catalog.getEntitiesByRefs(
              { entityRefs },
              { credentials: await auth.getOwnServiceCredentials() },
            );
            return items.map(entity => entity ?? undefined);
          },
        });
        const assessPermission = new AssessPermission({
          permissions: deps.permissions,
          catalog,
          auth,
          rules: deps.permissionsRegistry.getPermissionRuleset(
            maturityEntityResourceRef,
          ),
          cache: {
            ttlMs: settings.visibility.cacheTtlMs,
            maxEntries: LIMITS.visibilityCacheEntries,
          },
        });
        const service = new MaturityService({
          store,
          catalog,
          entities,
          access,
          assessPermission,
          settings,
          evidence: scorecardEvidence(evidenceStore, ceilings),
          admitEntity: (entityRef, credentials) =>
            admitEntity({ db, catalog }, entityRef, credentials),
          // An accepted proposal or a new score leaves the "to reassess" list at once. Not
          // awaited: the answer to the assessment does not wait for it.
          afterAssessment: async entityRef => {
            confidence
              .refreshEntities([entityRef])
              .catch(error =>
                deps.logger.warn(
                  `confidence of ${entityRef} not refreshed after an assessment: ${error}`,
                ),
              );
          },
        });

        const decisions = new ProposalDecisions({
          store: evidenceStore,
          entities,
          assessPermission,
          access,
          service,
        });
        const explain = new ExplainService({ db, entities, visibility });
        deps.httpRouter.use(
          await createRouter({
            service,
            rollups,
            operations,
            selfService,
            assessmentImport: new AssessmentImport({
              store,
              catalog,
              auth,
              access,
              admitEntity: (entityRef, credentials) =>
                admitEntity({ db, catalog }, entityRef, credentials),
            }),
            decisions,
            facts: new FactPush({ store: pushedFacts, catalog, auth, access }),
            explain,
            httpAuth: deps.httpAuth,
          }),
        );
        registerMaturityActions({
          actionsRegistry: deps.actionsRegistry,
          service,
          decisions,
          explain,
          auth,
        });
      },
    });
  },
});
