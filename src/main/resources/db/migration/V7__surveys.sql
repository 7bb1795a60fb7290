-- NNS indicator survey rounds and their answers, kept as distributions: how many answered each value, per
-- indicator, question and legal sex. No answer is tied to a person.
create table survey_round (
    id               uuid primary key,
    association_id   uuid not null references association (id) on delete cascade,
    name             text not null,
    year             integer not null check (year between 2000 and 2100),
    respondent_group text not null check (respondent_group in ('PARTICIPANTS_TWO_MONTHS', 'PARTICIPANTS_EXIT', 'STAFF',
                                                                 'PREPARATION_GROUP', 'STEERING_GROUPS', 'BOARD')),
    scale            integer not null default 10 check (scale between 2 and 10),
    initiative_id    text,
    created_at       timestamptz not null default now()
);

create table survey_answer_count (
    round_id  uuid not null references survey_round (id) on delete cascade,
    indicator integer not null check (indicator between 1 and 15),
    question  integer not null check (question between 1 and 99),
    sex       text not null check (sex in ('WOMAN', 'MAN', 'UNKNOWN')),
    answer    integer not null check (answer between 1 and 10),
    count     integer not null check (count >= 0),
    primary key (round_id, indicator, question, sex, answer)
);
