-- The yearly cycle: an association has many plans, one per period (its budget year and the plan years after it), each
-- with a status. DRAFT and CONSULTATION may change; ADOPTED is frozen as the board adopted it; SUPERSEDED was replaced by
-- a revision or by the next period's adoption. A plan stored before this migration is the association's living plan:
-- it becomes a DRAFT (nothing records that the board adopted it), for the director to record the adoption.
alter table plan add column id uuid;
update plan set id = gen_random_uuid();
alter table plan alter column id set not null;
alter table plan add column budget_year integer;
update plan set budget_year = coalesce(
    (select min(e.key::int) from jsonb_each_text(content -> 'budget' -> 'years') e where e.value = 'BUDGET'),
    (select max(e.key::int) from jsonb_each_text(content -> 'budget' -> 'years') e),
    extract(year from now())::int);
alter table plan alter column budget_year set not null;
alter table plan add column status text not null default 'DRAFT'
    check (status in ('DRAFT', 'CONSULTATION', 'ADOPTED', 'SUPERSEDED'));
alter table plan add column created_at timestamptz not null default now();
alter table plan add column based_on uuid;
alter table plan add column consultation_sent_on date;
alter table plan add column adopted_on date;
alter table plan add column minutes text;
alter table plan add column adopted_by text;
alter table plan add column superseded_on date;
-- adopted_on may be empty only for a plan imported as adopted whose document does not give the day.

alter table plan_revision drop constraint plan_revision_pkey;
alter table plan_revision add column plan_id uuid;
update plan_revision r set plan_id = p.id from plan p where p.association_id = r.association_id;
delete from plan_revision where plan_id is null;
alter table plan_revision alter column plan_id set not null;

alter table plan drop constraint plan_pkey;
alter table plan add primary key (id);
alter table plan add constraint plan_association_id unique (association_id, id);
alter table plan add constraint plan_based_on foreign key (based_on) references plan (id) on delete set null;
alter table plan_revision add constraint plan_revision_plan foreign key (plan_id) references plan (id) on delete cascade;
alter table plan_revision add primary key (plan_id, version);
create index plan_by_association on plan (association_id, budget_year desc);
-- One plan being worked on per period: a second draft of the same budget year is refused.
create unique index plan_one_draft_per_period on plan (association_id, budget_year) where status in ('DRAFT', 'CONSULTATION');

-- The members' responses to the consultation (medlemssamråd): members are consulted, not asked to approve.
create table plan_consultation_response (
    id             uuid primary key default gen_random_uuid(),
    plan_id        uuid not null references plan (id) on delete cascade,
    association_id uuid not null references association (id) on delete cascade,
    member         text not null check (length(member) between 1 and 200),
    received_on    date not null,
    text           text not null check (length(text) <= 20000),
    recorded_by    text not null,
    recorded_at    timestamptz not null default now()
);
create index plan_consultation_response_by_plan on plan_consultation_response (plan_id, received_on);

-- The plan document as the board adopted it: rendered once at adoption, served byte for byte ever after.
create table plan_document_archive (
    plan_id        uuid not null references plan (id) on delete cascade,
    association_id uuid not null references association (id) on delete cascade,
    format         text not null check (format in ('pdf', 'docx')),
    content        bytea not null,
    sha256         text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    rendered_at    timestamptz not null default now(),
    primary key (plan_id, format)
);
-- Archived bytes are never changed or removed (only with their association).
create function plan_document_archive_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'an archived plan document cannot be changed';
end $$;
create trigger plan_document_archive_frozen before update on plan_document_archive
    for each row execute function plan_document_archive_frozen();
