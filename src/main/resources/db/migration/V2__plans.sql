-- An association's plan (members, rules, allocation, budget and the figures its document states) is one
-- aggregate, stored as the JSON form of the plan file format and versioned for optimistic locking.
create table plan (
    association_id uuid primary key references association (id) on delete cascade,
    version        bigint not null default 0,
    content        jsonb not null,
    updated_at     timestamptz not null default now(),
    updated_by     text not null
);
