--
-- cancel.sql: statement_timeout stops every govreport function on a 64 MB
-- input within 100 ms of the limit (the core polls CHECK_FOR_INTERRUPTS()
-- every GR_POLL_INTERVAL iterations of each loop).
--
-- The input is built inside the timed statement but before the function
-- starts, and PostgreSQL's own repeat() and || do not poll: so the limit is
-- set to fall a third of the way into the function (measured first), and
-- the overshoot is counted from the limit or from the function's start,
-- whichever is later.  Three tries, the best counts: one scheduling hiccup
-- on a loaded machine does not fail the test.
--
-- Adding a function: set input to a query building a 64 MB text that keeps
-- it busy, call to a query running it on $1, and include cancel_block.psql
-- (pg_regress sets PG_ABS_SRCDIR to test/), as for to_number below.
--

-- Milliseconds building the input and running call on it take, uncancelled
-- (errors other than a cancel are fine: a 64 MB number is out of range).
CREATE FUNCTION pg_temp.probe(input_query text, call text,
	OUT build_ms int, OUT call_ms int)
LANGUAGE plpgsql AS $$
DECLARE
	input text;
	start timestamptz := clock_timestamp();
	built timestamptz;
BEGIN
	EXECUTE input_query INTO input;
	built := clock_timestamp();
	BEGIN
		EXECUTE call USING input;
	EXCEPTION WHEN query_canceled THEN
		RAISE;
	WHEN OTHERS THEN
		NULL;
	END;
	build_ms := extract(epoch FROM built - start) * 1000;
	call_ms := extract(epoch FROM clock_timestamp() - built) * 1000;
END
$$;

-- Under statement_timeout = timeout_ms: whether the limit fell inside the
-- call, and how long after max(limit, call start) the call was stopped
-- (-1: not stopped).
CREATE FUNCTION pg_temp.cancel_try(input_query text, call text, timeout_ms int,
	OUT in_call boolean, OUT overshoot_ms int)
LANGUAGE plpgsql AS $$
DECLARE
	input text;
	limit_at timestamptz := statement_timestamp() + timeout_ms * interval '1 ms';
	call_start timestamptz;
BEGIN
	in_call := false;
	overshoot_ms := -1;
	EXECUTE input_query INTO input;
	call_start := clock_timestamp();
	EXECUTE call USING input;
EXCEPTION WHEN query_canceled THEN
	IF call_start IS NOT NULL THEN
		in_call := limit_at >= call_start;
		overshoot_ms := extract(epoch FROM clock_timestamp() - greatest(limit_at, call_start)) * 1000;
	END IF;
WHEN OTHERS THEN
	NULL;
END
$$;

\getenv abs_srcdir PG_ABS_SRCDIR

-- to_number: 64 MB of grouped digits, read to the end (then out of range)
\set input 'SELECT ''1'' || repeat('',234'', 16 * 1024 * 1024)'
\set call 'SELECT govreport.to_number($1)'
\i :abs_srcdir/sql/cancel_block.psql

-- tables: 64 MB of table 3 header cells (labels to match, no cells)
\set call 'SELECT count(*) FROM govreport.tables(repeat(E''（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况\\n'', 64 * 1024 * 1024 / 120))'
\i :abs_srcdir/sql/cancel_block.psql
