-- What each saved version of a plan held, part by part (PlanFiles.sections: the budget, the rules, each initiative,
-- each goal, ...), as fingerprints. A save that started from an older version is let through when none of the parts
-- it changes has changed since that version, so two people editing different parts do not stop each other; when one
-- has, the save is refused as before. Plans saved before this migration have no revisions: a save from an older
-- version of those is refused.
create table plan_revision (
    association_id uuid   not null references association (id) on delete cascade,
    version        bigint not null,
    sections       jsonb  not null,
    saved_at       timestamptz not null default now(),
    primary key (association_id, version)
);
