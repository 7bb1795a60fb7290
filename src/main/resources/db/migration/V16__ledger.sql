-- The books: one imported SIE file per association and financial year (a new import of the same year replaces it),
-- kept as sums per account and per account, month and object; the file itself is not kept, its checksum is (and the
-- audit log keeps every import). Amounts in öre, as the bookkeeping signs them (debit positive, credit negative).
create table ledger_year (
    association_id uuid    not null references association (id) on delete cascade,
    year_start     date    not null,
    year_end       date    not null check (year_end >= year_start),
    sie_type       integer not null check (sie_type between 1 and 4),
    program        text,
    company        text,
    org_number     text,
    vouchers       bigint  not null,
    transactions   bigint  not null,
    bytes          bigint  not null,
    sha256         text    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    generated      boolean not null default false,
    imported_at    timestamptz not null default now(),
    imported_by    text    not null,
    primary key (association_id, year_start)
);

create table ledger_account (
    association_id uuid   not null,
    year_start     date   not null,
    account        text   not null check (length(account) between 1 and 20),
    name           text   not null,
    opening        bigint,
    closing        bigint,
    movement       bigint not null,
    primary key (association_id, year_start, account),
    foreign key (association_id, year_start) references ledger_year on delete cascade
);

create table ledger_month (
    association_id uuid   not null,
    year_start     date   not null,
    account        text   not null,
    month          date   not null check (extract(day from month) = 1),
    object         text   not null default '',
    amount         bigint not null,
    primary key (association_id, year_start, account, month, object),
    foreign key (association_id, year_start) references ledger_year on delete cascade
);

-- Which accounts (a prefix or a range of prefixes, optionally of one object: "1:100" is cost centre 100) belong to
-- which budget line of the plan (by group and line name) or to which initiative. Versioned for optimistic locking.
create table ledger_mapping (
    id             uuid primary key,
    association_id uuid    not null references association (id) on delete cascade,
    account_from   text    not null check (account_from ~ '^[0-9]{1,10}$'),
    account_to     text    not null check (account_to ~ '^[0-9]{1,10}$' and length(account_to) = length(account_from) and account_to >= account_from),
    object         text    check (object is null or length(object) between 3 and 60),
    line_group     text    not null,
    line_name      text    not null,
    created_at     timestamptz not null default now(),
    created_by     text    not null
);
create index ledger_mapping_by_association on ledger_mapping (association_id);

create table ledger_mapping_version (
    association_id uuid primary key references association (id) on delete cascade,
    version        bigint not null
);

-- The director's forecast for the whole year per budget line (defaults to the line's budget when absent).
create table ledger_forecast (
    association_id uuid   not null references association (id) on delete cascade,
    year           integer not null,
    line_group     text   not null,
    line_name      text   not null,
    amount         bigint not null,
    updated_at     timestamptz not null default now(),
    updated_by     text   not null,
    primary key (association_id, year, line_group, line_name)
);

-- The association's organisation number as the books know it: taken from the first import (or entered), and every
-- later file must carry the same.
create table ledger_settings (
    association_id uuid primary key references association (id) on delete cascade,
    org_number     text check (org_number ~ '^[0-9]{6}-[0-9]{4}$')
);

-- How a line's budget is spread over the months when not evenly: twelve weights (e.g. no salaries in July).
create table ledger_profile (
    association_id uuid    not null references association (id) on delete cascade,
    year           integer not null,
    line_group     text    not null,
    line_name      text    not null,
    weights        integer[] not null check (array_length(weights, 1) = 12),
    updated_by     text    not null,
    primary key (association_id, year, line_group, line_name)
);
