--
-- sections_hostile.sql: govreport.sections on hostile input: a documented
-- result or an error with a specific SQLSTATE, never XX000, and rows that
-- stay consistent.  (Kept apart from hostile.sql so that branches adding
-- their own blocks there do not collide.)
--
\set VERBOSITY sqlstate

CREATE TEMP TABLE sections_hostile (name text PRIMARY KEY, input text NOT NULL);
INSERT INTO sections_hostile VALUES
	('blank: empty', ''),
	('blank: spaces and newlines', E'  \n\t\r\n' || repeat(U&'\3000', 10)),
	('headings: 200000 一、', repeat(E'一、标题\n', 200000)),
	('headings: 200000 inline', repeat('。一、标题', 200000)),
	('headings: 100000 (一) 1.', repeat(E'（一）概况\n1.内容\n', 100000)),
	('headings: 1..99 then 100', (SELECT string_agg(i || E'、标题\n', '') FROM generate_series(1, 120) i)),
	('markers: 100000 page markers', (SELECT string_agg(E'一段没有结束的很长很长的句子还在继续\n' || i || '、', '') FROM generate_series(1, 100000) i)),
	('ruby: 100000', repeat('领(lǐng)导(dǎo)', 100000)),
	('brackets: 100000 deep', repeat('(', 100000) || '一' || repeat(')', 100000)),
	('brackets: 100000 (一', repeat('(一', 100000)),
	('table: 100000 rows', repeat(E'一、本年新收 | 1 | 2 |\n', 100000)),
	('unicode: U+FFFD run', repeat(U&'\FFFD', 100000)),
	('unicode: U+10FFFF', U&'\+10FFFF' || '一、标题'),
	('unicode: combining marks', '一、' || repeat(U&'\0301', 100000)),
	('64 MB: digits', repeat('1', 64 * 1024 * 1024)),
	('64 MB: 一', repeat('一', 64 * 1024 * 1024 / 3)),
	('64 MB: one line of labels', repeat('1.2、(一)', 64 * 1024 * 1024 / 16));

-- every input: row count, headings, deepest level, or the error
SELECT name,
	   (SELECT format('%s rows, %s headings, depth %s', count(*),
					  count(*) FILTER (WHERE level > 0), coalesce(max(level), 0))
		FROM govreport.sections(input)) AS sections
FROM sections_hostile ORDER BY name;

-- the rows stay consistent: positions inside the text, children inside parents
SELECT h.name,
	   bool_and(s.start_pos >= 1 AND s.end_pos <= length(h.input) + 1
				AND s.start_pos <= s.end_pos) AS inside,
	   bool_and(p.ord IS NULL OR (s.start_pos >= p.start_pos AND s.end_pos <= p.end_pos
								  AND s.level > p.level)) AS nested
FROM sections_hostile h
CROSS JOIN LATERAL govreport.sections(h.input) s
LEFT JOIN LATERAL (SELECT * FROM govreport.sections(h.input) q WHERE q.ord = s.parent) p ON true
WHERE octet_length(h.input) < 1000000 AND h.name NOT LIKE 'headings: 200000%'
	AND h.name NOT LIKE 'headings: 100000%'
GROUP BY h.name ORDER BY h.name;
