-- The association an invitation was issued for, so its acceptance is logged there (a reset link belongs to none).
alter table invitation add column association_id uuid references association (id) on delete cascade;
