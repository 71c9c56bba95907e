--
-- encoding.sql: govreport needs a UTF8 database.  CREATE EXTENSION in a
-- database of another encoding fails with 0A000, and every function checks
-- again per call (should it get there some other way).  Also: the extension
-- is trusted, so a database owner who is no superuser can create it.
--
SELECT current_database() AS regress_db, current_user AS regress_user \gset
CREATE ROLE regress_govreport_owner LOGIN;
CREATE DATABASE regress_govreport_ascii ENCODING 'SQL_ASCII' TEMPLATE template0
	LC_COLLATE 'C' LC_CTYPE 'C' OWNER regress_govreport_owner;
CREATE DATABASE regress_govreport_utf8 ENCODING 'UTF8' TEMPLATE template0
	LC_COLLATE 'C' LC_CTYPE 'C' OWNER regress_govreport_owner;

-- A UTF8 database: its owner, no superuser, may create the extension.
\c regress_govreport_utf8 regress_govreport_owner
SELECT rolsuper FROM pg_roles WHERE rolname = current_user;
CREATE EXTENSION govreport;
SELECT govreport.to_number('3.5亿');
-- Every object of the extension lives in schema govreport.
SELECT count(*) > 0 AS has_functions,
	count(*) FILTER (WHERE p.pronamespace <> 'govreport'::regnamespace) AS elsewhere
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refclassid = 'pg_extension'::regclass
	AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'govreport');

-- A SQL_ASCII database: CREATE EXTENSION refuses.
\c regress_govreport_ascii regress_govreport_owner
CREATE EXTENSION govreport;

-- A function that got there anyway (made by hand by a superuser) refuses
-- per call.
\c regress_govreport_ascii :regress_user
CREATE FUNCTION public.to_number_by_hand(text) RETURNS numeric
	AS '$libdir/govreport', 'govreport_to_number' LANGUAGE C STRICT;
SELECT public.to_number_by_hand('12');

\c :regress_db :regress_user
DROP DATABASE regress_govreport_ascii;
DROP DATABASE regress_govreport_utf8;
DROP ROLE regress_govreport_owner;
