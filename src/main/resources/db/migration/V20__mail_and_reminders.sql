-- E-mail reminders: each person may turn them off; one digest per person and day, whichever instance sends it.
alter table user_account add column reminders boolean not null default true;

create table reminder_sent (
    user_id uuid        not null references user_account (id) on delete cascade,
    day     date        not null,
    items   integer     not null,
    sent_at timestamptz not null default now(),
    primary key (user_id, day)
);
