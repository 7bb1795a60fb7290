-- People choose their own password: through an invitation link (or a reset link) that only they should hold.
alter table user_account add column email text;
alter table user_account add column disabled boolean not null default false;
-- Raised when the password changes or the account is disabled: every session signed in before then ends.
alter table user_account add column session_epoch integer not null default 0;
alter table user_account add column accepted_at timestamptz;
update user_account set accepted_at = created_at where password_hash is not null or oidc_subject is not null;

create table invitation (
    token_hash  text primary key,
    user_id     uuid not null references user_account (id) on delete cascade,
    purpose     text not null check (purpose in ('INVITATION', 'RESET')),
    created_by  text not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index invitation_user on invitation (user_id);

-- Failed sign-ins slow their source down (per account and address, and per address), never lock the owner out.
create table login_throttle (
    key           text primary key,
    failures      integer not null,
    last_failure  timestamptz not null,
    blocked_until timestamptz
);

-- Who was made a reporter of which initiative, when and by whom: shown to the initiative's other reporters.
alter table initiative_reporter add column assigned_at timestamptz not null default now();
alter table initiative_reporter add column assigned_by text;

-- Pseudonymous participant records are an association's recorded choice, off by default: the director's decision
-- names the member responsible for the data and how long records are kept.
create table participant_records_decision (
    association_id      uuid primary key references association (id) on delete cascade,
    enabled             boolean not null,
    responsible_member  text,
    retention_months    integer check (retention_months between 1 and 240),
    decided_on          date not null,
    reference           text,
    recorded_by         text not null,
    recorded_at         timestamptz not null default now(),
    version             bigint not null default 0,
    check (not enabled or (responsible_member is not null and retention_months is not null))
);

-- The public catalogue shows initiatives' contact details only when the association chooses to publish them.
alter table association add column publish_contacts boolean not null default false;
