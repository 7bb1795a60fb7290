-- The director's checklist of what is registered in Försäkringskassan's Uppföljning Finsam: per year and item, the
-- value as it was when ticked off, so a figure that changes afterwards is shown as changed.
create table finsam_check (
    association_id uuid    not null references association (id) on delete cascade,
    year           integer not null check (year between 2000 and 2100),
    item           text    not null check (length(item) between 1 and 200),
    value          text    not null check (length(value) <= 1000),
    ticked_on      date    not null,
    ticked_by      text    not null,
    primary key (association_id, year, item)
);
