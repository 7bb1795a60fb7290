-- An association's choice to show its key figures to the other participating associations.
alter table association add column in_national_comparison boolean not null default false;
