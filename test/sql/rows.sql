-- Rows as govreport_put_row forms them (src/pg_rows.c) must be byte for
-- byte the rows heap_form_tuple forms.  With govreport.check_rows on, every
-- row is formed both ways and an error is raised unless they are equal;
-- scripts/regress.sh turns it on for the whole suite, and this test runs
-- every set-returning function over every text of test/data with it.
SET client_min_messages = warning;
SET govreport.check_rows = on;
SHOW govreport.check_rows;
\getenv abs_srcdir PG_ABS_SRCDIR

CREATE TEMP TABLE row_texts AS
SELECT d || '/' || f AS name, pg_read_file(:'abs_srcdir' || '/data/' || d || '/' || f) AS body
FROM pg_ls_dir(:'abs_srcdir' || '/data') d,
	 LATERAL pg_ls_dir(:'abs_srcdir' || '/data/' || d) f
WHERE (pg_stat_file(:'abs_srcdir' || '/data/' || d)).isdir AND f LIKE '%.txt';

-- every function over every text; the rows hold nulls (a null bitmap) and
-- not, short and long texts (1- and 4-byte varlena headers), numerics and
-- integers, every kind of column the functions return
SELECT count(*) >= 150 AS texts,
	   sum((SELECT count(*) FROM govreport.facts(body))) > 1000 AS facts,
	   sum((SELECT count(*) FROM govreport.dates(body))) > 100 AS dates,
	   sum((SELECT count(*) FROM govreport.sections(body) s
			WHERE octet_length(s.body) > 126)) > 100 AS long_sections,
	   sum((SELECT count(*) FROM govreport.tables(body) t
			WHERE t.unit IS NULL)) > 1000 AS cells_with_nulls,
	   sum((SELECT count(*) FROM govreport.table_checks(body))) > 100 AS table_checks,
	   sum((SELECT count(*) FROM govreport.explain(body))) > 50 AS explain
FROM row_texts;

-- a text with nothing in it gives no rows
SELECT (SELECT count(*) FROM govreport.tables('')) AS tables,
	   (SELECT count(*) FROM govreport.facts('')) AS facts;
