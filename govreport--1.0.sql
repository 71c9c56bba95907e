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

-- ---------------------------------------------------------------------------
-- Sections (issue 4)
-- ---------------------------------------------------------------------------

-- ---------------------------------------------------------------------------
-- Facts and dates (issue 5)
-- ---------------------------------------------------------------------------

-- ---------------------------------------------------------------------------
-- Tables (issue 7)
-- ---------------------------------------------------------------------------
