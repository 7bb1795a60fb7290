-- Main support (livelihood) before and after is a category, not free text: free text is where a name or a
-- personal identity number could slip into pseudonymous records. Any free text stored before becomes OTHER.
update participant_record set support_before = 'OTHER'
where support_before is not null and support_before not in ('SICKNESS_BENEFIT', 'ACTIVITY_COMPENSATION', 'SOCIAL_ASSISTANCE',
    'UNEMPLOYMENT_BENEFIT', 'SALARY_OR_STUDY_GRANT', 'NONE', 'OTHER');
update participant_record set support_after = 'OTHER'
where support_after is not null and support_after not in ('SICKNESS_BENEFIT', 'ACTIVITY_COMPENSATION', 'SOCIAL_ASSISTANCE',
    'UNEMPLOYMENT_BENEFIT', 'SALARY_OR_STUDY_GRANT', 'NONE', 'OTHER');
alter table participant_record
    add constraint participant_record_support_before check (support_before in ('SICKNESS_BENEFIT', 'ACTIVITY_COMPENSATION',
        'SOCIAL_ASSISTANCE', 'UNEMPLOYMENT_BENEFIT', 'SALARY_OR_STUDY_GRANT', 'NONE', 'OTHER')),
    add constraint participant_record_support_after check (support_after in ('SICKNESS_BENEFIT', 'ACTIVITY_COMPENSATION',
        'SOCIAL_ASSISTANCE', 'UNEMPLOYMENT_BENEFIT', 'SALARY_OR_STUDY_GRANT', 'NONE', 'OTHER'));
