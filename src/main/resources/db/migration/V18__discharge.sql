-- Each member's decision on discharge (ansvarsfrihet) of the board for a year, after the auditors' report.
create table discharge_decision (
    association_id uuid    not null references association (id) on delete cascade,
    year           integer not null check (year between 2000 and 2100),
    member         text    not null check (length(member) between 1 and 200),
    decided_on     date    not null,
    granted        boolean not null,
    minutes        text    check (minutes is null or length(minutes) <= 200),
    recorded_by    text    not null,
    recorded_at    timestamptz not null default now(),
    primary key (association_id, year, member)
);
