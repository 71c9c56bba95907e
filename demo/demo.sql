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

\echo
\echo == govreport.badness: how damaged is each report? (0 clean .. 1 garbage)
SELECT id, agency, round(govreport.badness(body)::numeric, 4) AS badness,
       round(govreport.badness(govreport.repair(body))::numeric, 4) AS after_repair
FROM reports;

\echo
\echo == govreport.explain: which repair steps fire on the seed, with an example each
SELECT step, fixes, left(example, 60) AS example FROM govreport.explain((SELECT body FROM reports));

\echo
\echo == govreport.repair: the first 300 characters, before and after
SELECT left(body, 300) AS scraped FROM reports;
SELECT left(govreport.repair(body), 300) AS repaired FROM reports;

\echo
\echo == govreport.sections: the numbered section tree of the repaired report
SELECT s.ord, s.parent, s.level, s.label, s.number, s.heading, s.topic,
       s.start_pos, s.end_pos, left(s.body, 12) AS body
FROM reports r, govreport.sections(govreport.repair(r.body)) s;

\echo
\echo == govreport.facts: every numeric fact of the repaired report, typed
SELECT f.ord, f.section, f.subject, f.value, f.unit, f.kind, f.qualifier,
       f.parent, f.raw, f.start_pos, f.end_pos
FROM reports r, govreport.facts(govreport.repair(r.body)) f;

\echo
\echo == govreport.dates: every date, month and year, as ISO values
SELECT d.raw, d.value, d.start_pos, d.end_pos
FROM reports r, govreport.dates(govreport.repair(r.body)) d;

\echo
\echo == what analysts ask: items counted in 件 per section topic (totals, not their breakdowns)
SELECT s.topic, sum(f.value) AS total_items, count(*) AS facts
FROM reports r,
     LATERAL (SELECT govreport.repair(r.body) AS body) x,
     govreport.facts(x.body) f
     JOIN govreport.sections(x.body) s ON s.ord = f.section
WHERE f.unit = '件' AND f.parent IS NULL
GROUP BY s.topic ORDER BY s.topic;

\echo
\echo == govreport.tables: the seed has no tables; a 2021-format report from the test fixtures does
\set table_report `cat test/data/tables/report005_2021_tabs.txt`
SELECT table_no, row_no, col_no, row_key, col_key, value, row_label, col_label
FROM govreport.tables(:'table_report') LIMIT 12;
\echo == govreport.table_checks: the printed arithmetic, evaluated (this generated fixture had its total tampered with)
SELECT * FROM govreport.table_checks(:'table_report') WHERE NOT holds OR table_no = 3 LIMIT 8;
