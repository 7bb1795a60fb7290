-- The books point at a budget line by its id, not by its group and name: renaming a line keeps its account rules, its
-- monthly profile and its forecast. Group and name stay as the label last seen (for a rule whose line is gone).
alter table ledger_mapping add column line_id text;
alter table ledger_forecast add column line_id text;
alter table ledger_profile add column line_id text;

-- Every line of every stored plan, with the plan's budget year (the stored form and the older file tree both keep
-- budget.groups[].lines[] with name and id).
create temporary table plan_line on commit drop as
select p.association_id, p.budget_year, p.created_at, g ->> 'name' as line_group, l ->> 'name' as line_name, l ->> 'id' as line_id
from plan p, jsonb_array_elements(coalesce(p.content -> 'budget' -> 'groups', '[]'::jsonb)) g,
     jsonb_array_elements(coalesce(g -> 'lines', '[]'::jsonb)) l
where l ->> 'id' is not null;

-- A rule holds for every year: the line as the newest plan has it.
update ledger_mapping m set line_id = (
    select pl.line_id from plan_line pl
    where pl.association_id = m.association_id and pl.line_group = m.line_group and pl.line_name = m.line_name
    order by pl.budget_year desc, pl.created_at desc limit 1);

-- A forecast or profile is for one year: the line as the plans of that year have it, else the newest.
update ledger_forecast f set line_id = (
    select pl.line_id from plan_line pl
    where pl.association_id = f.association_id and pl.line_group = f.line_group and pl.line_name = f.line_name
    order by (pl.budget_year = f.year) desc, pl.budget_year desc, pl.created_at desc limit 1);
update ledger_profile f set line_id = (
    select pl.line_id from plan_line pl
    where pl.association_id = f.association_id and pl.line_group = f.line_group and pl.line_name = f.line_name
    order by (pl.budget_year = f.year) desc, pl.budget_year desc, pl.created_at desc limit 1);

-- A forecast or profile whose line no plan holds was already shown nowhere; it cannot be kept by id.
delete from ledger_forecast where line_id is null;
delete from ledger_profile where line_id is null;

alter table ledger_forecast drop constraint ledger_forecast_pkey;
alter table ledger_forecast alter column line_id set not null;
alter table ledger_forecast alter column line_group drop not null;
alter table ledger_forecast alter column line_name drop not null;
alter table ledger_forecast add primary key (association_id, year, line_id);

alter table ledger_profile drop constraint ledger_profile_pkey;
alter table ledger_profile alter column line_id set not null;
alter table ledger_profile alter column line_group drop not null;
alter table ledger_profile alter column line_name drop not null;
alter table ledger_profile add primary key (association_id, year, line_id);

-- A rule whose line is gone keeps its label and no id: the follow-up names it and shows its accounts as unmapped.
alter table ledger_mapping alter column line_group drop not null;
alter table ledger_mapping alter column line_name drop not null;
