--
-- cancel.sql: statement_timeout stops every govreport function on a 64 MB
-- input within 100 ms of the limit (the core polls CHECK_FOR_INTERRUPTS()
-- every GR_POLL_INTERVAL iterations of each loop).
--
-- Adding a function: set call to a query that runs it on a 64 MB input that
-- keeps it busy, and include cancel_block.psql (pg_regress sets
-- PG_ABS_SRCDIR to test/), as for to_number below.
--

-- Milliseconds an uncancelled run of query takes (errors other than a
-- cancel are fine: a 64 MB number is out of range at the end).
CREATE FUNCTION pg_temp.run_ms(query text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
	start timestamptz := clock_timestamp();
BEGIN
	BEGIN
		EXECUTE query;
	EXCEPTION WHEN query_canceled THEN
		RAISE;
	WHEN OTHERS THEN
		NULL;
	END;
	RETURN extract(epoch FROM clock_timestamp() - start) * 1000;
END
$$;

-- How long after the statement's limit query was stopped, in ms; -1 if it
-- was not stopped at all.  The timer starts with the statement.
CREATE FUNCTION pg_temp.overshoot_ms(query text, timeout_ms int) RETURNS int
LANGUAGE plpgsql AS $$
BEGIN
	BEGIN
		EXECUTE query;
	EXCEPTION WHEN query_canceled THEN
		RETURN extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000
			- timeout_ms;
	WHEN OTHERS THEN
		NULL;
	END;
	RETURN -1;
END
$$;

\getenv abs_srcdir PG_ABS_SRCDIR

-- to_number: 64 MB of grouped digits, read to the end (then out of range)
\set call 'SELECT govreport.to_number(''1'' || repeat('',234'', 16 * 1024 * 1024))'
\i :abs_srcdir/sql/cancel_block.psql
