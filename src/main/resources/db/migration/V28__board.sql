-- The board's year: the seats the charter gives, who holds them, meetings with their items (ärenden), the minutes and
-- their adjustment, and the adopted annual reports. Board members are named people in public office; nothing about
-- participants is ever kept here.

create table board_settings (
    association_id uuid    primary key references association (id) on delete cascade,
    notice_days    integer not null default 7 check (notice_days between 0 and 60),
    appeal_days    integer not null default 21 check (appeal_days between 1 and 90),
    publish_meetings boolean not null default true
);

-- A seat: per member, ordinary or deputy; call_order is the order in which deputies are called to serve (Finsam law 12 §).
create table board_seat (
    id             uuid    primary key,
    association_id uuid    not null references association (id) on delete cascade,
    member         text    not null check (length(member) between 1 and 200),
    kind           text    not null check (kind in ('ORDINARY', 'DEPUTY')),
    position       integer not null check (position between 1 and 1000),
    call_order     integer check (call_order between 1 and 1000),
    unique (association_id, kind, position)
);

-- Who holds a seat for which term; earlier terms are kept.
create table board_term (
    id             uuid    primary key,
    seat_id        uuid    not null references board_seat (id) on delete cascade,
    person         text    not null check (length(person) between 1 and 200),
    email          text    check (email is null or length(email) <= 254),
    role           text    check (role in ('CHAIR', 'VICE_CHAIR')),
    term_from      date    not null,
    term_to        date,
    check (term_to is null or term_to >= term_from)
);
create index board_term_seat on board_term (seat_id, term_from);

create table board_auditor (
    id             uuid    primary key,
    association_id uuid    not null references association (id) on delete cascade,
    member         text    not null check (length(member) between 1 and 200),
    person         text    check (person is null or length(person) between 1 and 200),
    term_from      date,
    term_to        date
);

create table board_meeting (
    id             uuid    primary key,
    association_id uuid    not null references association (id) on delete cascade,
    date           date    not null,
    starts_at      text    check (starts_at is null or length(starts_at) <= 20),
    place          text    check (place is null or length(place) <= 300),
    notice_sent_on date,
    minutes_status text    not null default 'NONE' check (minutes_status in ('NONE', 'RECORDED', 'ADJUSTED')),
    present        uuid[]  not null default '{}',
    adjusters      text[]  not null default '{}',
    adjusted_on    date,
    adjusted_by    text,
    version        bigint  not null default 0
);
create index board_meeting_date on board_meeting (association_id, date);

-- An item: its registry number is unique per association and year; paragraph is its § in the minutes, numbered
-- continuously through the calendar year of the meeting.
create table board_item (
    id             uuid    primary key,
    association_id uuid    not null references association (id) on delete cascade,
    meeting_id     uuid    not null references board_meeting (id) on delete cascade,
    registry_year  integer not null check (registry_year between 2000 and 2100),
    registry_no    integer not null check (registry_no between 1 and 100000),
    title          text    not null check (length(title) between 1 and 300),
    subject_type   text    not null check (subject_type in ('INITIATIVE_APPLICATION', 'PLAN_ADOPTION', 'ANNUAL_REPORT', 'INTERIM_REPORT',
                                                            'CONSULTATION', 'OTHER')),
    subject_id     text    check (subject_id is null or length(subject_id) <= 200),
    position       integer not null,
    registered_on  date    not null,
    statement_on   date,
    statement      text    check (statement is null or length(statement) <= 20000),
    paragraph      integer check (paragraph between 1 and 10000),
    decision       text    check (decision in ('GRANT', 'REFUSE', 'ADOPT', 'NOTE')),
    amounts        jsonb,
    decision_text  text    check (decision_text is null or length(decision_text) <= 20000),
    unique (association_id, registry_year, registry_no)
);
create index board_item_meeting on board_item (meeting_id, position);

-- Documents attached to an item (generated ones are linked, uploaded PDFs kept here).
create table board_attachment (
    id             uuid    primary key,
    item_id        uuid    not null references board_item (id) on delete cascade,
    name           text    not null check (length(name) between 1 and 200),
    content        bytea   not null check (length(content) <= 20971520),
    sha256         text    not null,
    uploaded_by    text    not null,
    uploaded_at    timestamptz not null default now()
);

-- The adjusted minutes as printed, kept byte for byte with their checksum.
create table board_minutes_archive (
    meeting_id     uuid    primary key references board_meeting (id) on delete cascade,
    association_id uuid    not null references association (id) on delete cascade,
    pdf            bytea   not null,
    sha256         text    not null,
    posted_on      date    not null,
    archived_at    timestamptz not null default now()
);

-- The board's adoption of a year's annual report (from adjusted minutes).
create table annual_report_adoption (
    association_id uuid    not null references association (id) on delete cascade,
    year           integer not null check (year between 2000 and 2100),
    adopted_on     date    not null,
    meeting_id     uuid    references board_meeting (id) on delete set null,
    paragraph      integer,
    primary key (association_id, year)
);
