--
-- cancel.sql: statement_timeout stops every govreport function on a 64 MB
-- input within 100 ms of the limit (the core polls CHECK_FOR_INTERRUPTS()
-- every GR_POLL_INTERVAL iterations of each loop).
--
-- The input is built inside the timed statement but before the function
-- starts, and PostgreSQL's own repeat() and || do not poll: so the limit is
-- set to fall a third of the way into the function (measured first), and
-- the overshoot is counted from the limit or from the function's start,
-- whichever is later.  Up to three tries, the first good one counts: one
-- scheduling hiccup on a loaded machine does not fail the test.
--
-- badness is not here: it reads 64 MB in a quarter of a second, too short
-- to put a limit inside it.
--
-- Adding a function: set input to a query building a 64 MB text that keeps
-- it busy, call to a query running it on $1, and include cancel_block.psql
-- (pg_regress sets PG_ABS_SRCDIR to test/), as for to_number below.
--

-- Build the input with input_query and run call on it, under a
-- statement_timeout that falls limit_ms after the statement began: when
-- each phase started and ended, and whether the limit stopped the call.
-- Errors other than a cancel are fine (a 64 MB number is out of range).
-- A call that ends before the limit waits for it here, where it is caught,
-- rather than let it cancel the test's statement after we return.
CREATE FUNCTION pg_temp.timed_call(input_query text, call text, limit_ms int,
	OUT started timestamptz, OUT call_start timestamptz, OUT ended timestamptz,
	OUT canceled boolean, OUT limit_at timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
	input text;
BEGIN
	started := clock_timestamp();
	limit_at := statement_timestamp() + limit_ms * interval '1 ms';
	canceled := false;
	BEGIN
		BEGIN
			EXECUTE input_query INTO input;
			call_start := clock_timestamp();
			EXECUTE call USING input;
		EXCEPTION WHEN query_canceled THEN
			canceled := true;
		WHEN OTHERS THEN
			NULL;
		END;
		ended := clock_timestamp();
		IF NOT canceled THEN
			PERFORM pg_sleep(extract(epoch FROM limit_at - clock_timestamp()) + 0.5);
		END IF;
	EXCEPTION WHEN query_canceled THEN
		NULL;
	END;
	ended := coalesce(ended, clock_timestamp());
END
$$;

-- Milliseconds building the input and running call on it take, under a
-- 3 s limit: a call still running then is long enough to test, call_ms is
-- what it ran, and late_ms how long after the limit it stopped (-1: it did
-- not run into the limit).  This catches a phase that does not poll later
-- in the call than the tries below look (repair's script step once ignored
-- the limit for 20 s).  It allows 500 ms: late in a call, PostgreSQL may be
-- copying a 64 MB result row into the tuplestore, which does not poll
-- (sections: one section of 64 MB, 200 ms on a loaded machine).
CREATE FUNCTION pg_temp.probe(input_query text, call text,
	OUT build_ms int, OUT call_ms int, OUT late_ms int)
LANGUAGE sql AS $$
SELECT (extract(epoch FROM coalesce(call_start, ended) - started) * 1000)::int,
	(extract(epoch FROM ended - coalesce(call_start, ended)) * 1000)::int,
	CASE WHEN canceled AND limit_at >= call_start
		THEN (extract(epoch FROM ended - limit_at) * 1000)::int ELSE -1 END
FROM pg_temp.timed_call(input_query, call, 3000)
$$;

-- Under statement_timeout = timeout_ms: whether the limit fell inside the
-- call, and how long after max(limit, call start) the call was stopped
-- (-1: not stopped).
CREATE FUNCTION pg_temp.cancel_try(input_query text, call text, timeout_ms int,
	OUT in_call boolean, OUT overshoot_ms int)
LANGUAGE sql AS $$
SELECT coalesce(canceled AND limit_at >= call_start, false),
	CASE WHEN canceled AND limit_at >= call_start
		THEN (extract(epoch FROM ended - greatest(limit_at, call_start)) * 1000)::int
		ELSE -1 END
FROM pg_temp.timed_call(input_query, call, timeout_ms)
$$;

\getenv abs_srcdir PG_ABS_SRCDIR

-- to_number: 64 MB of grouped digits, read to the end (then out of range)
\set input 'SELECT ''1'' || repeat('',234'', 16 * 1024 * 1024)'
\set call 'SELECT govreport.to_number($1)'
\i :abs_srcdir/sql/cancel_block.psql

-- The others on 64 MB of report-like text: headings, numbers, a table row,
-- ruby pinyin, entities, traditional characters, 锟斤拷.
\set input 'SELECT repeat(E''一、总体情况\\n本年度共收到申请１２３件，办结率９８％。報(bào)告&amp;锟斤拷\\n| 1 | 2 | 3 |\\n'', 64 * 1024 * 1024 / 120)'

-- repair
\set call 'SELECT govreport.repair($1)'
\i :abs_srcdir/sql/cancel_block.psql

-- sections
\set call 'SELECT count(*) FROM govreport.sections($1)'
\i :abs_srcdir/sql/cancel_block.psql

-- tables
\set call 'SELECT count(*) FROM govreport.tables($1)'
\i :abs_srcdir/sql/cancel_block.psql

-- decode, of the text's UTF-8 bytes
\set call 'SELECT govreport.decode(textsend($1), ''utf-8'')'
\i :abs_srcdir/sql/cancel_block.psql

-- decode through ICU: the same bytes read as GB18030 and as Big5 (converted
-- in 1 MB chunks with a poll between them)
\set call 'SELECT govreport.decode(textsend($1), ''gb18030'')'
\i :abs_srcdir/sql/cancel_block.psql
\set call 'SELECT govreport.decode(textsend($1), ''big5'')'
\i :abs_srcdir/sql/cancel_block.psql

-- facts
\set call 'SELECT count(*) FROM govreport.facts($1)'
\i :abs_srcdir/sql/cancel_block.psql

-- dates, on 64 MB of dates: it reads the report-like text above too fast
-- (about 150 ms) to put a limit inside it
\set input 'SELECT repeat(E''2019年1月1日至2020年12月31日，二〇二三年五月共收到申请１２３件\\n'', 64 * 1024 * 1024 / 87)'
\set call 'SELECT count(*) FROM govreport.dates($1)'
\i :abs_srcdir/sql/cancel_block.psql
