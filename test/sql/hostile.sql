--
-- hostile.sql: hostile input for every govreport function.
--
-- Each function meets every row of the table hostile below (empty and
-- blank text, a million digits, 64 MB inputs, mojibake runs, U+FFFD,
-- U+10FFFF, zero-width and combining characters, bogus entities, 100 000
-- nested brackets, 200 000 headings ...) and must give a documented result
-- or an error with a specific SQLSTATE: never XX000, never a crash.  The
-- inputs are generated here; no big files are committed.
--
-- Adding a function: copy one of the blocks at the end ("-- to_number") and
-- change the query; $1 is the input.  Scalars show their value, set-returning
-- functions are best shown as a count or an aggregate of their rows, long
-- texts as md5() or length().  decode also meets bytes that are no text and
-- names that are no encoding (its own block below).
--
\set VERBOSITY sqlstate

-- The outcome of query on input: its value (cut to 40 characters), or
-- "error" and the SQLSTATE.  An internal error (XX000) shows its message.
CREATE FUNCTION pg_temp.outcome(query text, input text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	result text;
BEGIN
	EXECUTE query INTO result USING input;
	IF result IS NULL THEN
		RETURN 'null';
	ELSIF length(result) <= 40 THEN
		RETURN result;
	END IF;
	RETURN format('%s... (%s characters)', left(result, 30), length(result));
EXCEPTION WHEN OTHERS THEN
	RETURN 'error ' || SQLSTATE ||
		CASE WHEN SQLSTATE IN ('XX000', 'XX001', 'XX002') THEN ': ' || SQLERRM ELSE '' END;
END
$$;

CREATE TEMP TABLE hostile (name text PRIMARY KEY, input text NOT NULL);
INSERT INTO hostile VALUES
	('blank: empty', ''),
	('blank: spaces', '   '),
	('blank: ideographic spaces', repeat(U&'\3000', 10)),
	('blank: newlines and tabs', E'\n\t\r\n '),
	('digits: a million', repeat('1', 1000000)),
	('digits: 10000', repeat('9', 10000)),
	('digits: 10000 grouped', '9' || repeat(',999', 3333)),
	('digits: 16383 decimals', '0.' || repeat('0', 16382) || '1'),
	('digits: 16384 decimals', '0.' || repeat('0', 16383) || '1'),
	('digits: 131072 一', repeat('一', 131072)),
	('digits: 131073 一', repeat('一', 131073)),
	('digits: a million 〇', repeat('〇', 1000000)),
	('digits: 一 and 100000 万', '一' || repeat('万', 100000)),
	('digits: exponent 1e999999999', '1e999999999'),
	('digits: minus run', repeat('-', 100000) || '1'),
	('mojibake: 锟斤拷 run', repeat('锟斤拷', 100000)),
	('mojibake: 锟斤拷 before digits', '锟斤拷123'),
	('unicode: U+FFFD', U&'\FFFD'),
	('unicode: U+FFFD run', repeat(U&'\FFFD', 100000)),
	('unicode: U+FFFD in digits', '12' || U&'\FFFD' || '3'),
	('unicode: U+10FFFF', U&'\+10FFFF'),
	('unicode: digit, U+10FFFF', '1' || U&'\+10FFFF'),
	('unicode: zero-width space in digits', '1' || U&'\200B' || '2'),
	('unicode: zero-width joiner in 一千', '一' || U&'\200D' || '千'),
	('unicode: BOM before digits', U&'\FEFF' || '123'),
	('unicode: combining acute after digit', '1' || U&'\0301'),
	('unicode: 100000 combining marks', '5' || repeat(U&'\0301', 100000)),
	('entity: &#x110000;', '&#x110000;'),
	('entity: &#0;', '&#0;'),
	('entity: huge decimal', '&#99999999999999999999;'),
	('entity: digits as entities', '&#49;&#50;'),
	('entity: 100000 unterminated', repeat('&#', 100000)),
	('brackets: 100000 deep', repeat('(', 100000) || '1' || repeat(')', 100000)),
	('brackets: 100000 fullwidth open', repeat('（', 100000) || '一'),
	('brackets: 100000 【 unbalanced', repeat('【', 100000)),
	('sections: 200000 headings', (SELECT string_agg(n || '. 标题', E'\n') FROM generate_series(1, 200000) n)),
	('sections: 200000 tiny numbered', (SELECT string_agg(n || '、', E'\n') FROM generate_series(1, 200000) n)),
	('sections: 100000 repeated 一、', repeat(E'一、标题\n', 100000)),
	('tables: 1000000 pipe cells', repeat('0 | ', 1000000)),
	('tables: 100000 shifted table 3 rows', E'申请人情况\n' || repeat(E'1.属于国家秘密 | 1 | 2\n', 100000) || E'（七）总计 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n'),
	('tables: 100000 table 4 starts', repeat(E'行政复议 | 结果维持\n', 100000)),
	('64 MB: digits', repeat('1', 64 * 1024 * 1024)),
	('64 MB: spaces', repeat(' ', 64 * 1024 * 1024)),
	('64 MB: 一', repeat('一', 64 * 1024 * 1024 / 3)),
	('64 MB: grouped digits', '1' || repeat(',234', 16 * 1024 * 1024)),
	('64 MB: 锟斤拷', repeat('锟斤拷', 64 * 1024 * 1024 / 9));

SELECT count(*) AS inputs, pg_size_pretty(sum(octet_length(input))) AS total
FROM hostile;

-- The 64 MB inputs take seconds each for the functions that read all of
-- the text: those meet one of them (to_number meets all).
ALTER TABLE hostile ADD COLUMN big boolean;
UPDATE hostile SET big = name LIKE '64 MB:%' AND name <> '64 MB: 锟斤拷';

-- to_number
SELECT name, pg_temp.outcome('SELECT govreport.to_number($1)', input) AS to_number
FROM hostile ORDER BY name;

-- repair: whether it changed the input (a change is fine: 锟斤拷 and U+FFFD
-- runs are lost characters, entities are decoded)
SELECT name, pg_temp.outcome(
	'SELECT CASE WHEN r = $1 THEN ''unchanged'' ELSE ''changed'' END FROM govreport.repair($1) r',
	input) AS repair
FROM hostile WHERE NOT big ORDER BY name;

-- explain
SELECT name, pg_temp.outcome('SELECT ''ok'' FROM (SELECT count(*) FROM govreport.explain($1)) x',
	input) AS explain
FROM hostile WHERE name NOT LIKE '64 MB:%' ORDER BY name;	-- repair read them

-- badness
SELECT name, pg_temp.outcome(
	'SELECT CASE WHEN b BETWEEN 0 AND 1 THEN ''in [0, 1]'' ELSE ''out of range: '' || b END FROM govreport.badness($1) b',
	input) AS badness
FROM hostile WHERE NOT big ORDER BY name;

-- decode, of the input's UTF-8 bytes
SELECT name, pg_temp.outcome(
	'SELECT CASE WHEN d = $1 THEN ''same text'' ELSE ''other text'' END FROM govreport.decode(convert_to($1, ''UTF8'')) d',
	input) AS decode
FROM hostile WHERE NOT big ORDER BY name;

-- sections
SELECT name, pg_temp.outcome('SELECT count(*) || '' sections'' FROM govreport.sections($1)', input) AS sections
FROM hostile WHERE NOT big ORDER BY name;

-- tables and table_checks
SELECT name, pg_temp.outcome('SELECT count(*) || '' cells'' FROM govreport.tables($1)', input) AS tables,
	pg_temp.outcome('SELECT count(*) || '' checks'' FROM govreport.table_checks($1)', input) AS table_checks
FROM hostile WHERE NOT big ORDER BY name;

-- facts and dates
SELECT name, pg_temp.outcome('SELECT count(*) || '' facts'' FROM govreport.facts($1)', input) AS facts,
	pg_temp.outcome('SELECT count(*) || '' dates'' FROM govreport.dates($1)', input) AS dates
FROM hostile WHERE NOT big ORDER BY name;

-- decode on bytes that are no text at all, and on names that are no
-- encoding: U+FFFD for what cannot be decoded (a NUL too: a text cannot
-- hold one), 22023 for an unknown name.
SELECT encoding, bytes, replace(govreport.decode(decode(bytes, 'hex'), encoding), U&'\FFFD', '?') AS decoded
FROM (VALUES ('auto', 'ff'), ('auto', '00'), ('utf-8', '410042'), ('auto', 'c0af'),
	('gb18030', '81'), ('big5', 'a1'), ('utf-16le', '00d8'), ('utf-16be', 'dc00'),
	('utf-16le', '41'), ('auto', 'fffe')) AS t (encoding, bytes);
SELECT length(govreport.decode(decode(repeat('ff', 1000000), 'hex'))) AS million_ff;
SELECT length(govreport.decode(decode(repeat('00', 1000000), 'hex'))) AS million_nul;
SELECT govreport.decode('\x41'::bytea, '');
SELECT govreport.decode('\x41'::bytea, 'klingon');
SELECT govreport.decode('\x41'::bytea, 'utf-9');
SELECT govreport.decode('\x41'::bytea, repeat('utf-8', 2000));

-- A few of them called directly, to show the errors as they come.
SELECT govreport.to_number('');
SELECT govreport.to_number(repeat('1', 1000000));
SELECT govreport.to_number(repeat('锟斤拷', 1000));
SELECT govreport.to_number(U&'\+10FFFF');
SELECT length(govreport.to_number(repeat('9', 10000))::text) AS digits;

-- tables, table_checks
SELECT name,
	pg_temp.outcome('SELECT count(*) FROM govreport.tables($1)', input) AS tables,
	pg_temp.outcome('SELECT count(*) FILTER (WHERE NOT holds) FROM govreport.table_checks($1)', input) AS broken
FROM hostile ORDER BY name;
