-- The year's answer distribution per respondent group, indicator and legal sex, summed over the rounds. The
-- follow-up page reads this instead of every round's distribution: at most 6 groups x 15 indicators x 3 x 10
-- rows per association and year, however many answers were given. Kept by the database itself, so every
-- import and every deleted round is counted exactly once.
create table survey_year_distribution (
    association_id   uuid not null references association (id) on delete cascade,
    year             integer not null,
    respondent_group text not null,
    indicator        integer not null,
    sex              text not null,
    answer           integer not null,
    count            bigint not null check (count >= 0),
    primary key (association_id, year, respondent_group, indicator, sex, answer)
);

insert into survey_year_distribution (association_id, year, respondent_group, indicator, sex, answer, count)
select r.association_id, r.year, r.respondent_group, c.indicator, c.sex, c.answer, sum(c.count)
from survey_answer_count c join survey_round r on r.id = c.round_id
group by 1, 2, 3, 4, 5, 6;

create function survey_count_to_year() returns trigger language plpgsql as $$
begin
    insert into survey_year_distribution (association_id, year, respondent_group, indicator, sex, answer, count)
    select r.association_id, r.year, r.respondent_group, new.indicator, new.sex, new.answer,
           new.count - case when tg_op = 'UPDATE' then old.count else 0 end
    from survey_round r where r.id = new.round_id
    on conflict (association_id, year, respondent_group, indicator, sex, answer)
        do update set count = survey_year_distribution.count + excluded.count;
    return null;
end $$;

create trigger survey_count_to_year after insert or update on survey_answer_count
    for each row execute function survey_count_to_year();

create function survey_round_from_year() returns trigger language plpgsql as $$
begin
    update survey_year_distribution d set count = d.count - s.total
    from (select indicator, sex, answer, sum(count) as total from survey_answer_count where round_id = old.id
          group by indicator, sex, answer) s
    where d.association_id = old.association_id and d.year = old.year and d.respondent_group = old.respondent_group
      and d.indicator = s.indicator and d.sex = s.sex and d.answer = s.answer;
    return old;
end $$;

create trigger survey_round_from_year before delete on survey_round
    for each row execute function survey_round_from_year();

create function survey_round_fixed() returns trigger language plpgsql as $$
begin
    if new.association_id <> old.association_id or new.year <> old.year or new.respondent_group <> old.respondent_group then
        raise exception 'a survey round''s association, year and respondent group do not change once answers are imported';
    end if;
    return new;
end $$;

create trigger survey_round_fixed before update on survey_round
    for each row execute function survey_round_fixed();
