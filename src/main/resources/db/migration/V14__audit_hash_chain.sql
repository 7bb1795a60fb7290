-- Each audit entry carries a SHA-256 hash over its own content and the hash of the entry before it, so an entry
-- changed or removed behind the application's back breaks the chain at that point (java -jar samordna.jar audit verify).
alter table audit_log add column chain_seq bigint;
alter table audit_log add column prev_hash text;
alter table audit_log add column hash text;

-- The one definition of an entry's hash; the text of each field is fixed (UTC time, canonical jsonb), so it does not
-- depend on the session's settings.
create function audit_entry_hash(e audit_log, previous text) returns text language sql immutable as $$
    select encode(sha256(convert_to(concat_ws(E'\x1f',
        e.chain_seq::text, e.id::text, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        e.actor, coalesce(e.association_id::text, ''), e.entity, coalesce(e.entity_id, ''), e.action,
        coalesce(e.changes::text, ''), coalesce(previous, '')), 'UTF8')), 'hex')
$$;

-- Entries written before the chain existed are chained now, in the order they were written.
alter table audit_log disable trigger audit_log_append_only;
update audit_log set chain_seq = ordered.n from (select id, row_number() over (order by id) as n from audit_log) ordered
where audit_log.id = ordered.id;
do $$
declare
    entry audit_log;
    previous text := null;
begin
    for entry in select * from audit_log order by chain_seq loop
        update audit_log set prev_hash = previous, hash = audit_entry_hash(entry, previous) where id = entry.id;
        previous := audit_entry_hash(entry, previous);
    end loop;
end $$;
alter table audit_log enable trigger audit_log_append_only;

create unique index audit_log_chain on audit_log (chain_seq);

-- New entries are chained one at a time (a transaction-level lock), whatever wrote them.
create function chain_audit_entry() returns trigger language plpgsql as $$
declare
    last audit_log;
begin
    perform pg_advisory_xact_lock(7316540823);
    select * into last from audit_log order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last.chain_seq, 0) + 1;
    new.prev_hash := last.hash;
    new.hash := audit_entry_hash(new, last.hash);
    return new;
end $$;

create trigger audit_log_chain before insert on audit_log for each row execute function chain_audit_entry();
