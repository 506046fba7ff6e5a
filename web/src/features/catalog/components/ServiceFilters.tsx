import { ENTERPRISE_THEMES, EXERCISE_LEVELS, ITEM_TYPE_CODES, PERSON_THEMES, type Theme } from '@onetrip/core';
import { Button, Flex, Radio, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCodeLabels } from '../hooks/useCodeLabels.ts';
import { useCatalogFacets } from '../hooks/usePublicCatalog.ts';
import { AUDIENCE_FILTERS, type useServiceFilters } from '../hooks/useServiceFilters.ts';

type FilterState = ReturnType<typeof useServiceFilters>;

function ThemeChips({ title, themes, counts, state }: { title: string; themes: readonly Theme[]; counts: Map<string, number> | undefined; state: FilterState }) {
  const { t } = useTranslation();
  // Once the counts are known, only themes with published items are offered (and the one chosen, whatever it has).
  const shown = counts ? themes.filter((theme) => (counts.get(theme) ?? 0) > 0 || state.filters.theme === theme) : themes;
  if (shown.length === 0) return null;
  return (
    <div className="filter-row">
      <span className="filter-label">{title}</span>
      <Flex wrap gap={8} className="filter-chips">
        {shown.map((theme) => {
          const isActive = state.filters.theme === theme;
          const count = counts?.get(theme);
          return (
            <Link
              key={theme}
              to={{ search: state.searchFor({ theme: isActive ? undefined : theme }) }}
              className={isActive ? 'theme-chip theme-chip-active' : 'theme-chip'}
              aria-current={isActive ? 'true' : undefined}
            >
              {t(`catalog.themes.${theme}`)}
              {count ? <span className="theme-chip-count">{count}</span> : null}
            </Link>
          );
        })}
      </Flex>
    </div>
  );
}

/**
 * Filters of the public catalogue: audience, life-event theme, department, level and item type. The themes follow
 * the audience (persons' life events, enterprises' life cycle); every filter offers only values that occur among
 * published items, with their counts (the facets).
 */
export function ServiceFilters({ state }: { state: FilterState }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const facets = useCatalogFacets();
  const { filters, update } = state;
  const levels = facets.data?.levels.length ? facets.data.levels.map((l) => l.value) : Object.keys(EXERCISE_LEVELS).map(Number);
  const typeCodes = facets.data?.typeCodes.length ? facets.data.typeCodes.map((c) => c.value) : ITEM_TYPE_CODES;
  const themeCounts = facets.data ? new Map(facets.data.themes.map((theme) => [theme.value, theme.count])) : undefined;

  return (
    <section className="service-filters" aria-label={t('services.filters')}>
      <div className="filter-row">
        <span className="filter-label" id="audience-filter-label">
          {t('services.audience')}
        </span>
        <Radio.Group
          aria-labelledby="audience-filter-label"
          optionType="button"
          value={filters.audience ?? 'all'}
          onChange={(event) => {
            const value = event.target.value as string;
            const audience = AUDIENCE_FILTERS.find((a) => a === value);
            // A theme of the other audience would leave an empty list.
            const keepsTheme = filters.theme && (!audience || (audience === 'person' ? PERSON_THEMES : ENTERPRISE_THEMES).some((th) => th === filters.theme));
            update({ audience, theme: keepsTheme ? filters.theme : undefined });
          }}
          options={[
            { value: 'all', label: t('services.audiences.all') },
            { value: 'person', label: t('services.audiences.person') },
            { value: 'enterprise', label: t('services.audiences.enterprise') },
          ]}
        />
      </div>
      {filters.audience !== 'enterprise' ? <ThemeChips title={t('services.personThemes')} themes={PERSON_THEMES} counts={themeCounts} state={state} /> : null}
      {filters.audience !== 'person' ? <ThemeChips title={t('services.enterpriseThemes')} themes={ENTERPRISE_THEMES} counts={themeCounts} state={state} /> : null}
      <Flex wrap gap={12} align="center" className="filter-row filter-selects">
        <Select
          aria-label={t('services.department')}
          placeholder={t('services.allDepartments')}
          className="filter-select filter-select-wide"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={facets.isPending}
          value={filters.departmentId}
          onChange={(value?: string) => update({ departmentId: value })}
          options={(facets.data?.departments ?? []).map((department) => ({
            value: department.id,
            label: t('services.departmentOption', { name: department.name, count: department.count }),
          }))}
        />
        <Select
          aria-label={t('services.level')}
          placeholder={t('services.allLevels')}
          className="filter-select"
          allowClear
          value={filters.level}
          onChange={(value?: number) => update({ level: value })}
          options={levels.map((level) => ({ value: level, label: labels.level(level) }))}
        />
        <Select
          aria-label={t('services.type')}
          placeholder={t('services.allTypes')}
          className="filter-select"
          allowClear
          value={filters.typeCode}
          onChange={(value?: string) => update({ typeCode: value })}
          options={typeCodes.map((code) => ({ value: code, label: labels.itemType(code) }))}
        />
        {state.hasFilters ? (
          <Button type="link" icon={<ClearOutlined aria-hidden />} onClick={state.clear}>
            {t('services.clearFilters')}
          </Button>
        ) : null}
      </Flex>
    </section>
  );
}
