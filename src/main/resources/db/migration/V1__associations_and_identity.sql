-- Associations are the tenants; every piece of association data carries association_id.
create table association (
    id          uuid primary key,
    name        text not null unique,
    slug        text not null unique,
    created_at  timestamptz not null default now(),
    version     bigint not null default 0
);

create table user_account (
    id                   uuid primary key,
    username             text not null unique,
    display_name         text not null,
    password_hash        text,
    system_admin         boolean not null default false,
    national_reader      boolean not null default false,
    failed_attempts      integer not null default 0,
    locked_until         timestamptz,
    must_change_password boolean not null default false,
    oidc_subject         text unique,
    created_at           timestamptz not null default now()
);

create table role_assignment (
    user_id        uuid not null references user_account (id) on delete cascade,
    association_id uuid not null references association (id) on delete cascade,
    role           text not null check (role in ('ADMIN', 'BOARD', 'PREPARATION', 'INITIATIVE_REPORTER', 'AUDITOR')),
    primary key (user_id, association_id, role)
);

-- The association's administrator and an initiative's participant reporter are distinct people.
create function refuse_admin_and_reporter() returns trigger language plpgsql as $$
begin
    if exists (select 1 from role_assignment r
               where r.user_id = new.user_id and r.association_id = new.association_id
                 and r.role = case new.role when 'ADMIN' then 'INITIATIVE_REPORTER'
                                            when 'INITIATIVE_REPORTER' then 'ADMIN' end) then
        raise exception 'ADMIN and INITIATIVE_REPORTER may not be held by one person in one association'
            using errcode = '23514';
    end if;
    return new;
end $$;

create trigger role_assignment_separation before insert or update on role_assignment
    for each row execute function refuse_admin_and_reporter();

create table api_token (
    id           uuid primary key,
    user_id      uuid not null references user_account (id) on delete cascade,
    name         text not null,
    token_hash   text not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz
);

-- Append-only: nobody, not even the application, may change or remove an entry.
create table audit_log (
    id             bigserial primary key,
    occurred_at    timestamptz not null default now(),
    actor          text not null,
    association_id uuid,
    entity         text not null,
    entity_id      text,
    action         text not null,
    changes        jsonb
);
create index audit_log_association on audit_log (association_id, occurred_at desc);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log cannot be changed' using errcode = '42501';
end $$;

create trigger audit_log_append_only before update or delete or truncate on audit_log
    for each statement execute function refuse_audit_change();
