-- What a rolled-forward draft carried over from the plan before it and the director has not yet looked at: each text
-- section (by heading) and each goal (by id). A row goes when the director edits that part or confirms it unchanged.
create table plan_review (
    plan_id   uuid not null references plan (id) on delete cascade,
    kind      text not null check (kind in ('TEXT', 'GOAL')),
    ref       text not null check (length(ref) between 1 and 300),
    label     text not null check (length(label) between 1 and 500),
    primary key (plan_id, kind, ref)
);
