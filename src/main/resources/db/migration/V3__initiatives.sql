-- The people who report for an initiative (INITIATIVE_REPORTER of its association, assigned by the ADMIN).
create table initiative_reporter (
    association_id uuid not null references association (id) on delete cascade,
    initiative_id  text not null,
    user_id        uuid not null references user_account (id) on delete cascade,
    primary key (association_id, initiative_id, user_id)
);

-- Half-year, annual and final reports; due dates follow from the agreement, a row exists once a report is written.
create table initiative_report (
    id             uuid primary key,
    association_id uuid not null references association (id) on delete cascade,
    initiative_id  text not null,
    kind           text not null check (kind in ('HALF_YEAR', 'ANNUAL', 'FINAL')),
    period         text not null,
    due            date not null,
    sections       jsonb not null,
    participants   integer check (participants >= 0),
    costs_ore      bigint check (costs_ore >= 0),
    submitted_at   timestamptz,
    submitted_by   text,
    version        bigint not null default 0,
    unique (association_id, initiative_id, period)
);

-- Outcome (utfall) per initiative and year.
create table initiative_outcome (
    association_id uuid not null references association (id) on delete cascade,
    initiative_id  text not null,
    year           integer not null check (year between 2000 and 2100),
    amount_ore     bigint not null check (amount_ore >= 0),
    updated_at     timestamptz not null default now(),
    updated_by     text not null,
    primary key (association_id, initiative_id, year)
);
