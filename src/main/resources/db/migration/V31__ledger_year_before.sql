-- The year before as a year's SIE file states it (#UB -1, #RES -1): the annual report prints it beside the year when
-- the books of the year before are not imported themselves. Replaced with its year.
create table ledger_year_before (
    association_id uuid   not null,
    year_start     date   not null,
    account        text   not null check (length(account) between 1 and 20),
    name           text   not null,
    closing        bigint,
    result         bigint,
    primary key (association_id, year_start, account),
    foreign key (association_id, year_start) references ledger_year on delete cascade
);
