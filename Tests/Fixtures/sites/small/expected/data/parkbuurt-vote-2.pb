META
key;value
description;Tweede ronde – Parkbuurt
unit;Buurtbudget Testdorp
subunit;Parkbuurt
instance;2021
num_projects;0
budget;100000.00
vote_type;approval
rule;greedy
language;nl
currency;EUR
date_begin;2021-09-01
date_end;2021-09-01
PROJECTS
project_id;cost;votes;name;selected;category
VOTES
voter_id;vote
