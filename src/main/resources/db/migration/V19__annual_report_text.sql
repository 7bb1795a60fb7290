-- The annual report's own text, section by section and year, written by the office (prefilled with computed sentences).
create table annual_report_text (
    association_id uuid    not null references association (id) on delete cascade,
    year           integer not null check (year between 2000 and 2100),
    section        text    not null check (section in ('events', 'goals', 'initiatives', 'deviation', 'outlook')),
    text           text    not null check (length(text) <= 20000),
    updated_at     timestamptz not null default now(),
    updated_by     text    not null,
    primary key (association_id, year, section)
);

-- Where an association's accounts go in the statements when not by the standard account classes (1 assets, 20 equity,
-- 21–29 liabilities, 3 income, 4–7 costs, 8 financial items): the longest matching prefix decides.
create table annual_account_class (
    association_id uuid not null references association (id) on delete cascade,
    prefix         text not null check (prefix ~ '^[0-9]{1,6}$'),
    part           text not null check (part in ('ASSETS', 'EQUITY', 'LIABILITIES', 'INCOME', 'COSTS', 'FINANCIAL', 'EXCLUDED')),
    created_by     text not null,
    primary key (association_id, prefix)
);
