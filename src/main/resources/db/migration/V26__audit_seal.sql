-- Each audit entry is sealed by the application with an HMAC whose key the database never holds (audit-key beside the
-- data directory, or SAMORDNA_AUDIT_KEY): the database owner can recompute the unkeyed hash chain, not the seals.
-- The sealed text is the entry's own content, fixed as the unkeyed hash fixes it (UTC time, canonical jsonb).
create function audit_entry_text(e audit_log) returns text language sql immutable as $$
    select concat_ws(E'\x1f',
        e.chain_seq::text, e.id::text, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        e.actor, coalesce(e.association_id::text, ''), e.entity, coalesce(e.entity_id, ''), e.action,
        coalesce(e.changes::text, ''))
$$;

create table audit_seal (
    chain_seq bigint primary key,
    mac       text not null
);

create trigger audit_seal_append_only before update or delete or truncate on audit_seal
    for each statement execute function refuse_audit_change();
