-- SCB's full-year equivalents (people 20–64 supported by public benefits) per municipality, period and sex,
-- with the population 20–64, as imported by an association for its member municipalities.
create table regional_statistic (
    association_id    uuid not null references association (id) on delete cascade,
    municipality_code text not null check (municipality_code ~ '^[0-9]{4}$'),
    municipality      text not null,
    period            text not null check (period ~ '^[0-9]{4}(M(0[1-9]|1[0-2]))?$'),
    sex               text not null check (sex in ('WOMAN', 'MAN', 'TOTAL')),
    full_year_equivalents numeric(12, 1) not null check (full_year_equivalents >= 0),
    population        integer not null check (population > 0),
    primary key (association_id, municipality_code, period, sex)
);
