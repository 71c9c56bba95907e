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

-- ---------------------------------------------------------------------------
-- Facts and dates (issue 5)
-- ---------------------------------------------------------------------------

-- ---------------------------------------------------------------------------
-- Tables (issue 7)
-- ---------------------------------------------------------------------------
