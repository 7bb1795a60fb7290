-- Adjusters who confirm the minutes through an e-mailed link (the director may record paper signatures instead).
-- The link's secret is kept only as its SHA-256; a link works once and for thirty days.
create table board_adjustment_request (
    token_hash     text    primary key,
    meeting_id     uuid    not null references board_meeting (id) on delete cascade,
    association_id uuid    not null references association (id) on delete cascade,
    adjuster       text    not null check (length(adjuster) between 1 and 200),
    email          text    not null check (length(email) <= 254),
    sent_at        timestamptz not null default now(),
    expires_at     timestamptz not null,
    confirmed_on   date
);
create index board_adjustment_request_meeting on board_adjustment_request (meeting_id);
