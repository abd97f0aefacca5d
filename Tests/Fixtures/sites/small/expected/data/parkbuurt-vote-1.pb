META
key;value
description;Stemronde – Parkbuurt
unit;Buurtbudget Testdorp
subunit;Parkbuurt
instance;2021
num_projects;3
num_votes;212
budget;100000.00
vote_type;approval
rule;greedy
language;nl
currency;EUR
date_begin;2021-03-14
date_end;2021-03-14
comment;Online en op papier in het buurthuis.
PROJECTS
project_id;cost;votes;name;selected;category
speeltuin;38000.00;120;Speeltuin;1;jeugd
bankjes;11500.50;120;Nieuwe bankjes;1;groen
feest;5000.00;45;Buurtfeest;0;jeugd
VOTES
voter_id;vote
