-- govreport.to_number: every form it reads, and every error path.
SET client_min_messages = warning;

SELECT input, govreport.to_number(input)
FROM (VALUES
	('123'), ('1,234.5'), ('82，225.00'), ('１２３'), ('６．１３'), ('-5'), ('负5'),
	('一千二百三十四'), ('两万'), ('十万零一千'), ('一百九十万零三千九百七十一'),
	('廿'), ('〇'), ('零'), ('壹贰叁'), ('壹仟贰佰叁拾肆'), ('二〇二三'),
	('3.5亿'), ('16.4亿'), ('3万5千'), ('4.78万亿'), ('1,234.5万'),
	('三万五'), ('两千六'),
	('80%'), ('百分之八十'), ('千分之三'), ('三成'), ('三分之一'),
	('7 万5 千4 百'), ('十多万'), ('壹拾壹元整'), ('3.5亿元'), ('2e5')
) AS t(input);

-- exact, never floating point
SELECT govreport.to_number('16.4亿') = 1640000000 AS exact,
	   pg_typeof(govreport.to_number('1')) AS type;

-- labels and comment
SELECT provolatile, proisstrict, proparallel
FROM pg_proc WHERE oid = 'govreport.to_number(text)'::regprocedure;
SELECT obj_description('govreport.to_number(text)'::regprocedure, 'pg_proc') IS NOT NULL AS commented;

-- NULL in, NULL out
SELECT govreport.to_number(NULL) IS NULL AS strict;

-- errors: 22P02 with the offending character's position
\set VERBOSITY default
SELECT govreport.to_number('12x');
SELECT govreport.to_number('');
SELECT govreport.to_number('万');
SELECT govreport.to_number('一万一万');
SELECT govreport.to_number('3.5亿吨');
-- a value too large for numeric: 22003
SELECT govreport.to_number(repeat('9', 200000));
\set VERBOSITY sqlstate
SELECT govreport.to_number('abc');
SELECT govreport.to_number(repeat('9', 200000));
