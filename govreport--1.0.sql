/* govreport--1.0.sql: install script of govreport 1.0 */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION govreport" to load this file. \quit

-- Every object lives in schema govreport (the control file's schema) and is
-- schema-qualified, so the script does not depend on the caller's
-- search_path.

-- ---------------------------------------------------------------------------
-- Encoding (issue 6)
-- ---------------------------------------------------------------------------

-- Every function reads and writes UTF-8: refuse other databases here, with
-- a clear error, and again on every call (should the extension get into such
-- a database some other way).
CREATE FUNCTION govreport.require_utf8()
RETURNS void
AS 'MODULE_PATHNAME', 'govreport_require_utf8_sql'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION govreport.require_utf8() IS
'raises 0A000 (feature_not_supported) unless the current database is UTF8; every govreport function checks the same';

SELECT govreport.require_utf8();

-- ---------------------------------------------------------------------------
-- Numbers
-- ---------------------------------------------------------------------------

CREATE FUNCTION govreport.to_number(text)
RETURNS numeric
AS 'MODULE_PATHNAME', 'govreport_to_number'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION govreport.to_number(text) IS
'one number written any way Chinese reports write one (1,234.5, ６．１３, 3.5亿, 一千二百三十四, 两万, 壹佰, 百分之八十, 三成, 三分之一) as an exact numeric; percents give their percent value; anything else is error 22P02';

-- ---------------------------------------------------------------------------
-- Repair (issue 3)
-- ---------------------------------------------------------------------------

CREATE FUNCTION govreport.repair(
    body text,
    script text DEFAULT 'auto',
    encoding boolean DEFAULT true,
    entities boolean DEFAULT true,
    ruby boolean DEFAULT true,
    width boolean DEFAULT true,
    layout boolean DEFAULT true,
    boilerplate boolean DEFAULT true,
    skip text[] DEFAULT '{}')
RETURNS text
AS 'MODULE_PATHNAME', 'govreport_repair'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION govreport.repair(text, text, boolean, boolean, boolean, boolean, boolean, boolean, text[]) IS
'the text with every kind of scraping damage undone: mojibake and lost bytes (encoding), HTML entities and tags (entities), flattened ruby pinyin (ruby), traditional script of converted mainland documents (script: auto, hans or keep), fullwidth letters and digits (width), page markers, page headers and footers, PDF line wraps and spaced-out headings (layout), site chrome and injected spam (boilerplate); skip names single steps to leave out; clean text comes back unchanged';

CREATE FUNCTION govreport.explain(body text)
RETURNS TABLE (step text, fixes integer, example text)
AS 'MODULE_PATHNAME', 'govreport_explain'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 4;

COMMENT ON FUNCTION govreport.explain(text) IS
'which steps of govreport.repair (with its defaults) fire on the text, in the order they run, how many fixes each makes and its first fix as ''before → after'' (newlines shown as ↵)';

CREATE FUNCTION govreport.badness(body text)
RETURNS real
AS 'MODULE_PATHNAME', 'govreport_badness'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION govreport.badness(text) IS
'how damaged the text looks, from 0 for clean text to 1 for garbage (mojibake and lost bytes); one cheap pass, for WHERE govreport.badness(body) > 0.05';

CREATE FUNCTION govreport.decode(raw bytea, encoding text DEFAULT 'auto')
RETURNS text
AS 'MODULE_PATHNAME', 'govreport_decode'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION govreport.decode(bytea, text) IS
'the raw bytes of a scraped file as text: UTF-8 with or without BOM, GB18030/GBK/GB2312, Big5, UTF-16LE/BE, or auto to detect; undecodable bytes become U+FFFD; an unknown encoding is error 22023';

-- ---------------------------------------------------------------------------
-- Sections (issue 4)
-- ---------------------------------------------------------------------------

CREATE FUNCTION govreport.sections(body text)
RETURNS TABLE (ord int, parent int, level int, label text, number int,
			   heading text, topic text, start_pos int, end_pos int, body text)
AS 'MODULE_PATHNAME', 'govreport_sections'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 12;

COMMENT ON FUNCTION govreport.sections(text) IS
'the numbered section tree of a report (一、 （一） 1. （1） ① 第一章 and damaged variants, headings inline in running text; page markers, enumerations, tables of contents and table rows are not headings): one row per section with its parent, level (1 = the top level the report uses), label as written, number, heading, topic (overview, proactive, requests, consultation, fees, appeals, problems, other), 1-based start_pos/end_pos (end_pos just past the section with its subsections) and own body; a first row of level 0 holds the title and preamble';

-- ---------------------------------------------------------------------------
-- Facts and dates (issue 5)
-- ---------------------------------------------------------------------------

CREATE FUNCTION govreport.facts(body text,
	OUT ord int, OUT section int, OUT subject text, OUT value numeric,
	OUT value_max numeric, OUT unit text, OUT kind text, OUT qualifier text,
	OUT direction text, OUT parent int, OUT raw text, OUT start_pos int,
	OUT end_pos int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'govreport_facts'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 40;

COMMENT ON FUNCTION govreport.facts(text) IS
'every numeric fact of a report (counts, money in 元, percents, percentage points, durations, measures) with its exact value, value_max for ranges, unit as written, kind, qualifier (approx/over/under), direction (up/down), subject, parent (the ord of the total a 其中 item breaks down), raw span and 1-based positions (end_pos just past); hotlines, document numbers, ordinals, labels, names and dates are not facts';

CREATE FUNCTION govreport.dates(body text,
	OUT raw text, OUT value text, OUT start_pos int, OUT end_pos int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'govreport_dates'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 20;

COMMENT ON FUNCTION govreport.dates(text) IS
'every date, month and year of a report as written (2010年1月1日, 二〇二三年, 2019年度) with its ISO value (2010-01-01, 2010-01, 2010) and 1-based positions (end_pos just past); a period gives two dates; a date without its year takes the year of its period, else is left out';

-- ---------------------------------------------------------------------------
-- Tables (issue 7)
-- ---------------------------------------------------------------------------

CREATE FUNCTION govreport.tables(body text,
	OUT table_no int, OUT section int, OUT row_no int, OUT col_no int,
	OUT row_label text, OUT col_label text, OUT row_key text, OUT col_key text,
	OUT value numeric, OUT unit text, OUT raw text,
	OUT start_pos int, OUT end_pos int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'govreport_tables'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 200;

COMMENT ON FUNCTION govreport.tables(text) IS
'one row per numeric cell of every table flattened into the text (pipes, one cell per line, tabs, PDF rows, markdown): table_no in document order, the enclosing section, row/column numbers, label paths (outer / inner), for the national tables (2019 and 2021 formats) row_key and col_key, the exact value, its unit, the cell as printed and its 1-based character span';

CREATE FUNCTION govreport.table_checks(body text,
	OUT table_no int, OUT relation text, OUT expected numeric,
	OUT actual numeric, OUT holds boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'govreport_table_checks'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 30;

COMMENT ON FUNCTION govreport.table_checks(text) IS
'the arithmetic the national disclosure tables print, evaluated on their cells: per column of table 3 new + carried_in = total + carried_out and total = sum of results, per row total = sum of the six applicant columns, per group of table 4 total = upheld + corrected + other + pending; expected is what the parts add up to, actual the printed total';
