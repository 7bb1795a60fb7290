-- New participants per individual-level initiative and period, by legal sex (as Uppföljning Finsam counts them).
create table participant_volume (
    association_id uuid not null references association (id) on delete cascade,
    initiative_id  text not null,
    period         text not null check (period ~ '^[0-9]{4}(H[12]|T[1-3]|Q[1-4]|M(0[1-9]|1[0-2]))?$'),
    women          integer not null check (women >= 0),
    men            integer not null check (men >= 0),
    entered_by     text not null,
    entered_at     timestamptz not null default now(),
    primary key (association_id, initiative_id, period)
);

-- Pseudonymous participant records, kept for the member that runs the initiative: a code the staff choose,
-- never a name or a personal identity number. Only the initiative's reporters read or change them.
create table participant_record (
    id                uuid primary key,
    association_id    uuid not null references association (id) on delete cascade,
    initiative_id     text not null,
    code              text not null check (code ~ '^[A-Za-z0-9-]{2,20}$'),
    legal_sex         text not null check (legal_sex in ('WOMAN', 'MAN')),
    age_band          text not null check (age_band in ('16-19', '20-24', '25-29', '30-39', '40-49', '50-59', '60-64')),
    home_municipality text check (home_municipality ~ '^[0-9]{4}$'),
    education         text check (education in ('COMPULSORY', 'UPPER_SECONDARY', 'POST_SECONDARY', 'UNKNOWN')),
    support_before    text,
    start_date        date not null,
    end_date          date,
    outcome           text check (outcome in ('WORK', 'STUDIES', 'EMPLOYMENT_SERVICE', 'OTHER_MEMBER', 'OTHER')),
    support_after     text,
    step_movement     boolean,
    version           bigint not null default 0,
    unique (association_id, initiative_id, code),
    check (end_date is null or end_date >= start_date)
);
create index participant_record_year on participant_record (association_id, start_date, end_date);
