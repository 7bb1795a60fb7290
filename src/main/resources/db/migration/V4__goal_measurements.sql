-- Measurements of the plan's goal indicators, per period (2025, 2025H1, 2025T2, 2025Q3).
create table indicator_measurement (
    association_id uuid not null references association (id) on delete cascade,
    goal_id        text not null,
    indicator_id   text not null,
    period         text not null check (period ~ '^[0-9]{4}(H[12]|T[1-3]|Q[1-4])?$'),
    value          numeric(14, 4),
    yes            boolean,
    done_on        date,
    assessment     text check (assessment in ('MET', 'ON_TRACK', 'AT_RISK', 'NOT_MET')),
    comment        text,
    entered_by     text not null,
    entered_at     timestamptz not null default now(),
    primary key (association_id, goal_id, indicator_id, period)
);
