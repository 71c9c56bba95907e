/* govreport--1.0.sql: install script of govreport 1.0 */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION govreport" to load this file. \quit

-- Every object lives in schema govreport (the control file's schema) and is
-- schema-qualified, so the script does not depend on the caller's
-- search_path.

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

-- ---------------------------------------------------------------------------
-- Sections (issue 4)
-- ---------------------------------------------------------------------------

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
