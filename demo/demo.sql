-- demo/demo.sql: the seed report through every govreport function.
-- Run by scripts/demo.sh in a throwaway cluster.
\pset null '∅'
CREATE EXTENSION govreport;

-- The scraped page this project started from, as analysts load it.
\set seed `cat demo/seed.txt`
CREATE TABLE reports (id int PRIMARY KEY, agency text, body text);
INSERT INTO reports VALUES (1, '文化局', :'seed');

\echo
\echo == govreport.to_number: numbers written any way reports write them
SELECT input, govreport.to_number(input) AS value
FROM unnest(ARRAY['4500', '10万', '294', '一百九十万零三千九百七十一',
                  '3.5亿', '百分之八十', '三成', '82，225.00']) AS input;
