import {
  ORGANIZATION_SCOPE_REF,
  Rollup,
  VectorsResponse,
} from '@agile-ops/plugin-maturity-common';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { Button, Grid, TablePagination, Typography } from '@material-ui/core';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { useNavigate } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { MaturityApi } from '../../api/MaturityApi';
import { loadRubric, useMaturityApi } from '../../hooks/useRubric';
import { errorMessage } from '@agile-ops/common';
import { downloadText } from './downloadText';
import { DrillDownTrail, TrailStep } from './DrillDownTrail';
import { useDrillDownLocation } from './useDrillDownLocation';
import { OverviewMode, OverviewToolbar } from './OverviewToolbar';
import { HeatMap } from './HeatMap';
import { PulledDownList } from './PulledDownList';
import { RefreshStatus } from './RefreshStatus';
import {
  arrangeRollups,
  isDrillable,
  RollupSort,
  scopeName,
} from './rollupRows';
import { ScoreLegend } from './ScoreLegend';

// The chart library is only needed below the heat map; loading it separately lets the heat map
// render first.
const ScopeTrend = lazy(() =>
  import('./ScopeTrend').then(m => ({ default: m.ScopeTrend })),
);

/** The largest page the roll-up list serves; the overview reads every page of a level. */
const LIST_PAGE = 1000;

async function loadLevel(
  api: MaturityApi,
  mode: OverviewMode,
  trail: TrailStep[],
): Promise<{ rubric: VectorsResponse; parent?: Rollup; rows: Rollup[] }> {
  // The rubric and the roll-ups are independent: ask for both at once.
  const [rubric, level] = await Promise.all([
    loadRubric(api),
    loadRollups(api, mode, trail[trail.length - 1]),
  ]);
  return { rubric, ...level };
}

async function loadRollups(
  api: MaturityApi,
  mode: OverviewMode,
  opened: TrailStep | undefined,
): Promise<{ parent?: Rollup; rows: Rollup[] }> {
  if (opened || mode === 'domain') {
    // The organisation's children are its domains, so one request serves the top level too.
    const parent = await api.getRollup(opened?.ref ?? ORGANIZATION_SCOPE_REF);
    return { parent, rows: parent.children ?? [] };
  }
  const rows: Rollup[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.listRollups({
      scope: 'group',
      limit: LIST_PAGE,
      cursor,
    });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return { rows };
}

/**
 * The architects' view: domains (or owner groups) × the 15 vectors as a heat map, with
 * drill-down to systems and entities, trends, the entities pulling a scope down, and CSV export.
 *
 * @public
 */
export function MaturityOverview() {
  const api = useMaturityApi();
  const alertApi = useApi(alertApiRef);
  const navigate = useNavigate();
  const entityRoute = useRouteRef(entityRouteRef);
  const location = useDrillDownLocation();
  const { mode, trail } = location;
  const [sort, setSort] = useState<RollupSort>({ key: 'name', order: 'asc' });
  const [text, setText] = useState('');
  const [staleOnly, setStaleOnly] = useState(false);
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(25);
  const [selection, setSelection] = useState<{ ref: string; series: string }>();
  const [exporting, setExporting] = useState(false);

  const { value, loading, error, retry } = useAsyncRetry(
    () => loadLevel(api, mode, trail),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for mode and trail
    [api, location.levelKey],
  );

  const rows = useMemo(
    () => arrangeRollups(value?.rows ?? [], sort, { text, staleOnly }),
    [value, sort, text, staleOnly],
  );
  const pageRows = rows.slice(page * rowsPerPage, (page + 1) * rowsPerPage);

  const open = useCallback(
    (row: Rollup) => {
      // The rows on screen belong to the level being left; opening one would nest it wrongly.
      if (loading) return;
      if (isDrillable(row)) {
        location.openScope({ ref: row.scope.entityRef, name: scopeName(row) });
        setText('');
        return;
      }
      const { kind, namespace, name } = parseEntityRef(row.scope.entityRef);
      navigate(entityRoute({ kind, namespace, name }));
    },
    [loading, location, navigate, entityRoute],
  );

  const select = useCallback(
    (row: Rollup, vector?: string) =>
      setSelection({ ref: row.scope.entityRef, series: vector ?? 'level' }),
    [],
  );

  // A new column sorts ascending, which puts the weakest scopes first; a second click reverses.
  const changeSort = useCallback(
    (key: string) =>
      setSort(previous => ({
        key,
        order:
          previous.key === key && previous.order === 'asc' ? 'desc' : 'asc',
      })),
    [],
  );

  // Whatever changed the level (a click, the breadcrumbs, the browser's Back), start it afresh.
  useEffect(() => {
    setPage(0);
    setSelection(undefined);
  }, [location.levelKey]);

  const exportCsv = async () => {
    const scopeRef = trail[trail.length - 1]?.ref;
    setExporting(true);
    try {
      const csv = await api.exportCsv(scopeRef);
      const fileName = `maturity-${(scopeRef ?? 'all').replace(
        /[^a-z0-9-]+/gi,
        '-',
      )}.csv`;
      downloadText(csv, fileName, 'text/csv');
    } catch (e) {
      alertApi.post({
        message: `The export failed: ${errorMessage(e)}`,
        severity: 'error',
      });
    } finally {
      setExporting(false);
    }
  };

  const parent = value?.parent;
  const selected =
    (selection && value?.rows.find(r => r.scope.entityRef === selection.ref)) ||
    parent;
  const series =
    selection && selection.ref === selected?.scope.entityRef
      ? selection.series
      : 'level';
  // A trail from a link knows only refs until the opened scope's roll-up brings its title.
  const namedTrail = trail.map(step =>
    step.ref === parent?.scope.entityRef && parent.scope.title
      ? { ...step, name: parent.scope.title }
      : step,
  );
  const topLabel = mode === 'domain' ? 'Domains' : 'Owner groups';
  const levelLabel =
    namedTrail.length === 0
      ? topLabel
      : `Inside ${namedTrail[namedTrail.length - 1].name}`;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <OverviewToolbar
          mode={mode}
          text={text}
          staleOnly={staleOnly}
          exporting={exporting}
          onModeChange={location.setMode}
          onTextChange={next => {
            setText(next);
            setPage(0);
          }}
          onStaleOnlyChange={next => {
            setStaleOnly(next);
            setPage(0);
          }}
          onExport={exportCsv}
        />
      </Grid>
      <Grid item xs={12}>
        <RefreshStatus />
      </Grid>
      <Grid item xs={12}>
        <DrillDownTrail
          rootLabel={mode === 'domain' ? 'All domains' : 'All owner groups'}
          trail={namedTrail}
          onBack={location.backTo}
        />
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title={levelLabel}
          subheader={value && `${rows.length} of ${value.rows.length} shown`}
        >
          {/* Also while a drill-down loads: the previous level stays until the next arrives. */}
          {loading && <Progress />}
          {error && (
            <ResponseErrorPanel
              error={error}
              title="Could not load the roll-ups"
            />
          )}
          {error && (
            <Button onClick={retry} variant="outlined">
              Try again
            </Button>
          )}
          {value && (
            <>
              <ScoreLegend rubric={value.rubric} />
              {value.rows.length === 0 ? (
                <Typography color="textSecondary" style={{ marginTop: 16 }}>
                  Nothing to roll up here yet. Scopes appear once the catalog
                  has been synced and entities belong to them.
                </Typography>
              ) : (
                <div
                  aria-busy={loading}
                  style={
                    loading
                      ? { opacity: 0.5, pointerEvents: 'none' }
                      : undefined
                  }
                >
                  <HeatMap
                    rows={pageRows}
                    rubric={value.rubric}
                    sort={sort}
                    selectedRef={selected?.scope.entityRef}
                    label={`${levelLabel} by maturity vector`}
                    onSort={changeSort}
                    onOpen={open}
                    onSelect={select}
                  />
                  <TablePagination
                    component="div"
                    count={rows.length}
                    page={page}
                    onPageChange={(_event, next) => setPage(next)}
                    rowsPerPage={rowsPerPage}
                    rowsPerPageOptions={[25, 50, 100]}
                    onRowsPerPageChange={event => {
                      setRowsPerPage(Number(event.target.value));
                      setPage(0);
                    }}
                  />
                </div>
              )}
            </>
          )}
        </InfoCard>
      </Grid>
      {value && !selected && value.rows.length > 0 && (
        <Grid item xs={12}>
          <Typography color="textSecondary">
            Select a row (click it, or Space on a focused cell) to see its trend
            and the entities that pull it down.
          </Typography>
        </Grid>
      )}
      {value && selected && (
        <>
          <Grid item xs={12} md={7}>
            <InfoCard title={`Trend of ${scopeName(selected)}`}>
              <Suspense fallback={<Progress />}>
                <ScopeTrend
                  scopeRef={selected.scope.entityRef}
                  scopeName={scopeName(selected)}
                  series={series}
                  rubric={value.rubric}
                  current={
                    series === 'level'
                      ? selected.level.mean
                      : selected.vectors.find(v => v.vector === series)
                          ?.value ?? null
                  }
                />
              </Suspense>
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={5}>
            <InfoCard title={`Pulling ${scopeName(selected)} down`}>
              <PulledDownList rollup={selected} />
            </InfoCard>
          </Grid>
        </>
      )}
    </Grid>
  );
}
