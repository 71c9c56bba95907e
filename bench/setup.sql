-- bench/setup.sql: the benchmark tables, the plain-SQL peers and the
-- registry of functions, loaded by bench/lib.sh after bench.source (the
-- fixtures of bench/data) with :bench_mb set.
--
-- Adding a function to every bench script (run.sh, memory.sh, pgbench.sh,
-- scaling.sh): one row in bench.functions below.  A row is used only when
-- the function exists, so functions that land later are picked up as they do.

SELECT count(*) > 0 AS has_icu_ext FROM pg_available_extensions WHERE name = 'icu_ext' \gset
\if :has_icu_ext
CREATE EXTENSION icu_ext;
\endif

-- ---- tables: the fixtures replicated to :bench_mb MB each ----

CREATE TABLE bench.clean (id serial PRIMARY KEY, name text, body text);
CREATE TABLE bench.damaged (id serial PRIMARY KEY, name text, body text);

INSERT INTO bench.clean (name, body)
SELECT s.name, s.body
FROM generate_series(1, ceil(:bench_mb * 1048576.0 /
	(SELECT sum(octet_length(body)) FROM bench.source WHERE kind = 'clean'))::int) AS copy,
	bench.source s
WHERE s.kind = 'clean'
ORDER BY copy, s.name;

INSERT INTO bench.damaged (name, body)
SELECT s.name, s.body
FROM generate_series(1, ceil(:bench_mb * 1048576.0 /
	(SELECT sum(octet_length(body)) FROM bench.source WHERE kind = 'damaged'))::int) AS copy,
	bench.source s
WHERE s.kind = 'damaged'
ORDER BY copy, s.name;

-- Table-heavy reports (disclosure reports whose numbers sit in flattened
-- tables: one row per line, one cell per line, tabs, PDF text), where
-- govreport.tables and govreport.facts give a row every few characters.
CREATE TABLE bench.tabular (id serial PRIMARY KEY, name text, body text);
INSERT INTO bench.tabular (name, body)
SELECT s.name, s.body
FROM generate_series(1, ceil(:bench_mb * 1048576.0 /
	(SELECT sum(octet_length(body)) FROM bench.source WHERE kind = 'tables'))::int) AS copy,
	bench.source s
WHERE s.kind = 'tables'
ORDER BY copy, s.name;

-- The clean reports as a scraper gets them from a GBK site: GB18030 bytes.
CREATE TABLE bench.encoded AS
SELECT id, name, convert_to(body, 'GB18030') AS body FROM bench.clean;

-- Whether govreport.to_number reads s (the number table keeps those).
CREATE FUNCTION bench.reads_as_number(s text) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM govreport.to_number(s);
	RETURN true;
EXCEPTION WHEN OTHERS THEN
	RETURN false;
END
$$;

-- Number strings as the reports write them (1,234.5万, ６．１３万亿, 百分之八十,
-- 一千二百), extracted from the clean reports; :bench_mb / 20 MB of them.
CREATE TABLE bench.number_source AS
SELECT DISTINCT m[1] AS body
FROM bench.source s,
	regexp_matches(s.body,
		'([0-9０-９][0-9０-９,，.．]*(?:万亿|亿|万)?[%％]?|百分之[零〇一二两三四五六七八九十百]+|[零〇一二两三四五六七八九十百千万亿]{2,})',
		'g') AS m
WHERE s.kind = 'clean';
DELETE FROM bench.number_source WHERE NOT bench.reads_as_number(body);

CREATE TABLE bench.numbers (id serial PRIMARY KEY, body text);
INSERT INTO bench.numbers (body)
SELECT n.body
FROM generate_series(1, ceil(:bench_mb * 1048576.0 / 20 /
	(SELECT sum(octet_length(body)) FROM bench.number_source))::int) AS copy,
	bench.number_source n
ORDER BY copy, n.body;

-- ---- the plain-SQL peers: what a user writes today without govreport ----

-- to_number: translate fullwidth forms, an Arabic regexp with multipliers
-- and percent, and a loop over Chinese numerals.
CREATE FUNCTION bench.peer_to_number(s text) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
	t text := translate(btrim(s), '０１２３４５６７８９．，－％', '0123456789.,-%');
	m text[];
	c text;
	d int;
	total numeric := 0;
	section numeric := 0;
	digit numeric := 0;
	percent boolean := false;
BEGIN
	m := regexp_match(t, '^(-?)([0-9][0-9,]*(?:\.[0-9]+)?)(万亿|亿|万)?(%)?$');
	IF m IS NOT NULL THEN
		RETURN (m[1] || replace(m[2], ',', ''))::numeric *
			CASE m[3] WHEN '万亿' THEN 1e12 WHEN '亿' THEN 1e8 WHEN '万' THEN 1e4 ELSE 1 END;
	END IF;
	IF t LIKE '百分之%' THEN
		t := substr(t, 4);
		percent := true;
	END IF;
	IF t !~ '^[零〇一二两三四五六七八九十百千万亿]+$' THEN
		RETURN NULL;
	END IF;
	FOREACH c IN ARRAY regexp_split_to_array(t, '') LOOP
		d := CASE c WHEN '〇' THEN 0 WHEN '两' THEN 2
			ELSE strpos('零一二三四五六七八九', c) - 1 END;
		IF d >= 0 THEN
			digit := d;
		ELSIF c = '十' THEN
			section := section + CASE WHEN digit = 0 THEN 1 ELSE digit END * 10;
			digit := 0;
		ELSIF c = '百' THEN
			section := section + digit * 100;
			digit := 0;
		ELSIF c = '千' THEN
			section := section + digit * 1000;
			digit := 0;
		ELSIF c = '万' THEN
			total := total + (section + digit) * 1e4;
			section := 0;
			digit := 0;
		ELSIF c = '亿' THEN
			total := (total + section + digit) * 1e8;
			section := 0;
			digit := 0;
		END IF;
	END LOOP;
	RETURN total + section + digit;
END
$$;

-- repair: strip ruby pinyin and page markers, then traditional to
-- simplified with icu_ext (Debian's postgresql-15-icu-ext).
\if :has_icu_ext
CREATE FUNCTION bench.peer_repair(body text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
SELECT icu_transform(
	regexp_replace(
		regexp_replace(body, '\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', 'g'),
		'\n[ \t]*[0-9]+[ \t]*\n|\f', E'\n', 'g'),
	'Hant-Hans')
$$;
\else
CREATE FUNCTION bench.peer_repair(body text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
SELECT regexp_replace(
		regexp_replace(body, '\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', 'g'),
		'\n[ \t]*[0-9]+[ \t]*\n|\f', E'\n', 'g')
$$;
\endif

-- ---- the registry ----

-- One row per govreport function: how to call it (fn on column body of
-- tab), and the peer query over the same table (NULL: no peer).
CREATE TABLE bench.functions (
	ord int PRIMARY KEY,
	name text NOT NULL,
	signature text NOT NULL,	-- for to_regprocedure
	tab text NOT NULL,
	peer text
);
INSERT INTO bench.functions VALUES
(1, 'to_number', 'govreport.to_number(text)', 'bench.numbers',
 'SELECT count(bench.peer_to_number(body)) FROM bench.numbers'),
(2, 'repair', 'govreport.repair(text)', 'bench.damaged',
 'SELECT count(bench.peer_repair(body)) FROM bench.damaged'),
(3, 'explain', 'govreport.explain(text)', 'bench.damaged', NULL),
(4, 'badness', 'govreport.badness(text)', 'bench.damaged',
 $q$SELECT count(length(regexp_replace(body, '[^锟斤拷�ÃÂâ€æçéè]', '', 'g'))::float8 / greatest(length(body), 1)) FROM bench.damaged$q$),
(5, 'decode', 'govreport.decode(bytea)', 'bench.encoded',
 $q$SELECT count(convert_from(body, 'GB18030')) FROM bench.encoded$q$),
(6, 'sections', 'govreport.sections(text)', 'bench.clean',
 $q$SELECT count(*) FROM bench.clean, regexp_matches(body, '(?n)^[ \t　]*((?:[一二三四五六七八九十]+、)|(?:[（(][一二三四五六七八九十]+[）)])|(?:[0-9]+[.、．]))([^\n。：]*)', 'g')$q$),
(7, 'facts', 'govreport.facts(text)', 'bench.clean',
 $q$SELECT count(*) FROM bench.clean, regexp_matches(body, '([0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千]+)(万亿|亿|万)?(元|人次|人|个|件|条|项|次|家|所|户|吨|公里|平方米|亩|千瓦|%|％|个百分点)', 'g')$q$),
(8, 'dates', 'govreport.dates(text)', 'bench.clean',
 $q$SELECT count(*) FROM bench.clean, regexp_matches(body, '([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日)?)?', 'g')$q$),
(9, 'tables', 'govreport.tables(text)', 'bench.clean',
 $q$SELECT count(*) FROM bench.clean, regexp_matches(body, '(?n)^[^\n]*(?:\||\t)[^\n]*$', 'g')$q$),
-- repair again on clean reports: its fast path, where it finds nothing
(10, 'repair (clean)', 'govreport.repair(text)', 'bench.clean',
 'SELECT count(bench.peer_repair(body)) FROM bench.clean'),
-- facts and tables again on table-heavy reports: a row every few characters
(11, 'facts (tables)', 'govreport.facts(text)', 'bench.tabular',
 $q$SELECT count(*) FROM bench.tabular, regexp_matches(body, '([0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千]+)(万亿|亿|万)?(元|人次|人|个|件|条|项|次|家|所|户|吨|公里|平方米|亩|千瓦|%|％|个百分点)', 'g')$q$),
(12, 'tables (tables)', 'govreport.tables(text)', 'bench.tabular',
 $q$SELECT count(*) FROM bench.tabular, regexp_matches(body, '(?n)^[^\n]*(?:\||\t)[^\n]*$', 'g')$q$);

-- The functions that exist, with the queries that time them.  A function
-- is found by its signature, or else by its name (other arguments having
-- defaults); a set-returning one is timed as count(*) over its rows.
CREATE VIEW bench.available AS
SELECT f.ord, f.name, f.tab, f.peer, p.oid::regproc AS fn, p.proretset AS retset,
	-- length() of a bytea reads only its header: concatenate to detoast it
	CASE WHEN f.tab = 'bench.encoded'
		THEN format('SELECT sum(length(body || ''\x00''::bytea)) FROM %s', f.tab)
		ELSE format('SELECT sum(length(body)) FROM %s', f.tab)
	END AS floor_query,
	CASE WHEN p.proretset
		THEN format('SELECT count(*) FROM %s t, LATERAL %s(t.body) x', f.tab, p.oid::regproc)
		ELSE format('SELECT count(%s(t.body)) FROM %s t', p.oid::regproc, f.tab)
	END AS call_query,
	CASE WHEN p.proretset
		THEN format('SELECT count(*) FROM %s(%%s) x', p.oid::regproc)
		ELSE format('SELECT count(%s(%%s))', p.oid::regproc)
	END AS call_template
FROM bench.functions f
JOIN LATERAL (
	SELECT p.oid, p.proretset FROM pg_proc p
	WHERE p.oid = coalesce(to_regprocedure(f.signature),
		(SELECT min(q.oid) FROM pg_proc q
		 WHERE q.pronamespace = 'govreport'::regnamespace
			AND q.proname = split_part(split_part(f.signature, '(', 1), '.', 2)))
) p ON true;

-- Milliseconds query takes; NULL (and a warning) if it fails.
CREATE FUNCTION bench.time_ms(query text) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
	start timestamptz := clock_timestamp();
BEGIN
	EXECUTE query;
	RETURN extract(epoch FROM clock_timestamp() - start) * 1000;
EXCEPTION WHEN OTHERS THEN
	RAISE WARNING '% failed: %', query, SQLERRM;
	RETURN NULL;
END
$$;

-- MB in a table's body column.
CREATE FUNCTION bench.table_mb(tab text) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
	bytes float8;
BEGIN
	EXECUTE format('SELECT sum(octet_length(body)) FROM %s', tab) INTO bytes;
	RETURN bytes / 1048576;
END
$$;

VACUUM ANALYZE;
