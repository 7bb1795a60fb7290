-- The language a person last chose on the pages, so letters reach them in it (null: not known yet, Swedish).
alter table user_account add column language text;
alter table user_account add constraint user_account_language check (language in ('sv', 'en'));
