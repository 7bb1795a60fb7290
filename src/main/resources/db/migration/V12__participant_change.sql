-- A counter per association that the database moves on every insert, update and delete of its participant records
-- and volumes, however the change is made. ParticipantFollowUp keeps the year's counts in memory with the counter they
-- were read at and reads them again only when the counter has moved: the pages that show them (follow-up, goals,
-- start page, year-end report) then cost one index lookup instead of a pass over every record.
-- No foreign key: the triggers also fire while an association is deleted with its records.
create table participant_change (
    association_id uuid primary key,
    version        bigint not null
);

create function participant_changed() returns trigger language plpgsql as $$
begin
    insert into participant_change (association_id, version)
    select distinct association_id, 1 from changed
    on conflict (association_id) do update set version = participant_change.version + 1;
    return null;
end $$;

create trigger participant_record_inserted after insert on participant_record
    referencing new table as changed for each statement execute function participant_changed();
create trigger participant_record_updated after update on participant_record
    referencing new table as changed for each statement execute function participant_changed();
create trigger participant_record_deleted after delete on participant_record
    referencing old table as changed for each statement execute function participant_changed();
create trigger participant_volume_inserted after insert on participant_volume
    referencing new table as changed for each statement execute function participant_changed();
create trigger participant_volume_updated after update on participant_volume
    referencing new table as changed for each statement execute function participant_changed();
create trigger participant_volume_deleted after delete on participant_volume
    referencing old table as changed for each statement execute function participant_changed();
