-- govreport.facts and govreport.dates: the seed's facts, the traps, the
-- gold fixtures of test/data/facts, and the functions' labels.
SET client_min_messages = warning;
\getenv abs_srcdir PG_ABS_SRCDIR
\set seed_path :abs_srcdir '/data/000_e975f1ae8348e743.txt'

-- The seed is a damaged mirror (traditional characters, ruby pinyin after
-- each character): govreport.repair gives the text the facts are read from.
CREATE TEMP TABLE seed AS
SELECT govreport.repair(pg_read_file(:'seed_path')) AS body;

SELECT ord, section, subject, value, value_max, unit, kind, qualifier, direction,
	   parent, raw, start_pos, end_pos
FROM seed, govreport.facts(body) ORDER BY ord;

-- the damaged text as it is: the same numbers, units as written (種, 萬)
SELECT raw, value, unit, kind, qualifier, parent
FROM govreport.facts(pg_read_file(:'seed_path')) ORDER BY ord;

-- each fact's section, as govreport.sections numbers them
SELECT f.raw, s.label, s.heading
FROM seed, govreport.facts(body) f
JOIN govreport.sections(body) s ON s.ord = f.section
WHERE f.raw IN ('4500元', '近104种', '294件');

-- the spans are exact: substr(body, start_pos, end_pos - start_pos) = raw
SELECT bool_and(substr(body, start_pos, end_pos - start_pos) = raw) AS spans_exact
FROM seed, govreport.facts(body);

-- 294件 and its four 其中 items, which add up to 194: the text is kept as written
SELECT t.raw AS total, count(*) AS items, sum(i.value) AS items_sum
FROM seed, govreport.facts(body) t
JOIN govreport.facts(body) i ON i.parent = t.ord
GROUP BY t.raw;

SELECT raw, value, start_pos, end_pos FROM seed, govreport.dates(body);

-- number forms in running text
SELECT raw, value, value_max, unit, kind, qualifier, direction, subject
FROM govreport.facts(
	'主动公开政府信息3.5亿元，近10万字，3000余条，1.2万人次，160.5964万元，500余万元，'
	|| '二种形式，三成以上，百分之八十，同比下降3个百分点，增长9%，提高到58.5%，'
	|| '10-20人，三至五年，三四十万元，6%－6.5%，超过三分之一，20个工作日，'
	|| '结余10.56亿元，近14亿人口，政务动态信息94' || E'\n' || '条。');

-- not facts: hotlines, phones, postcodes, document numbers, articles,
-- ordinals, labels, names, idioms, URLs, IDs, dates and relative time
SELECT raw FROM govreport.facts(
	'一、总体情况' || E'\n' || '（一）开通12345热线，受理来电12345件。“12318”举报电话，'
	|| '“96128”查询电话，电话：0797-5703718，邮编：350100，国办发〔2019〕15号，'
	|| '第二十条第（一）项，第三次，十四五，一网通办，两会，三公经费，统一部署，'
	|| '一批电脑，多项业务，www.minhou.gov.cn，yjnyj@126.com，身份证号码110101199003071234，'
	|| '2010年1月1日，2019年度，二〇二三年，一年来，过去一年，去年一季度，十九届历次全会。');

-- a period gives two dates; a date without its year takes the period's
SELECT raw, value, start_pos, end_pos
FROM govreport.dates('统计期限为2022年1月1日至12月31日。二〇二三年，2019年度，2010年底，2019年6月份，今年');

-- the gold fixtures: every prose fact found with value, unit, kind,
-- qualifier and parent right, and no fact on a not-fact or a date
CREATE TEMP TABLE gold AS
SELECT name,
	   pg_read_file(:'abs_srcdir' || '/data/facts/' || name || '.clean.txt') AS body,
	   pg_read_file(:'abs_srcdir' || '/data/facts/' || name || '.gold.json')::jsonb AS gold
FROM (VALUES ('2010_dizhenju_trad_misconv'), ('2010_minhou_shuiliju'),
			 ('2010_yongjia_nongyeju'), ('2013_city_baike_zjtcn'),
			 ('2019_ankang_bureau_2019template'), ('2020_wuhai_gongxinju_2019template'),
			 ('2021_guojia_jiguanshiwu_guanliju_ruby'), ('2021_tianjin_fgw'),
			 ('2022_shanghai_city'), ('2023_guangzhou_haizhu_guanzhou_jiedao_table3'),
			 ('2023_xixian_dizhang_jiedao_old2019template'),
			 ('2024_changchun_bangongting_percentages')) AS n(name);

WITH g AS (
	SELECT name, body, (f.i - 1)::int AS idx, f.v
	FROM gold, jsonb_array_elements(gold -> 'facts') WITH ORDINALITY AS f(v, i)
), p AS (
	SELECT name, f.* FROM gold, govreport.facts(body) f
), matched AS (
	SELECT g.name, g.idx, g.v, p.ord, p.value, p.unit, p.kind, p.qualifier, p.parent
	FROM g LEFT JOIN p ON p.name = g.name
		AND p.start_pos = (g.v ->> 'start')::int + 1 AND p.end_pos = (g.v ->> 'end')::int + 1
	WHERE NOT (g.v ->> 'table')::boolean
)
SELECT m.name,
	   count(*) AS gold_facts,
	   count(m.ord) AS found,
	   count(*) FILTER (WHERE m.value = (m.v ->> 'value')::numeric
					AND m.unit IS NOT DISTINCT FROM m.v ->> 'unit'
					AND m.kind = m.v ->> 'kind'
					AND m.qualifier IS NOT DISTINCT FROM m.v ->> 'qualifier'
					AND m.parent IS NOT DISTINCT FROM
						(SELECT t.ord FROM matched t
						 WHERE t.name = m.name AND t.idx = (m.v ->> 'parent')::int)) AS exact
FROM matched m
GROUP BY m.name ORDER BY m.name;

SELECT count(*) AS facts_on_not_facts
FROM gold, govreport.facts(body) f,
	 jsonb_array_elements((gold -> 'not_facts') || (gold -> 'dates')) n
WHERE f.start_pos - 1 < (n ->> 'end')::int AND (n ->> 'start')::int < f.end_pos - 1;

SELECT name, count(*) AS gold_dates,
	   count(*) FILTER (WHERE EXISTS (
		   SELECT 1 FROM govreport.dates(body) d
		   WHERE d.start_pos = (x ->> 'start')::int + 1 AND d.end_pos = (x ->> 'end')::int + 1
			 AND d.value = x ->> 'value')) AS found
FROM gold, jsonb_array_elements(gold -> 'dates') x
GROUP BY name ORDER BY name;

-- table cells come as number facts with subject ROW / COLUMN, the unit
-- only where the cell prints it
SELECT f.ord, f.subject, f.value, f.unit, f.kind, f.raw
FROM gold, govreport.facts(body) f
WHERE name = '2019_ankang_bureau_2019template' AND f.ord BETWEEN 6 AND 9
   OR name = '2019_ankang_bureau_2019template' AND f.raw LIKE '%万元'
ORDER BY f.ord;

-- with the tables: every gold table fact found with its value and kind
WITH g AS (
	SELECT name, f.v
	FROM gold, jsonb_array_elements(gold -> 'facts') AS f(v)
	WHERE (f.v ->> 'table')::boolean
)
SELECT count(*) AS gold_table_facts,
	   count(*) FILTER (WHERE EXISTS (
		   SELECT 1 FROM gold x, govreport.facts(x.body) p
		   WHERE x.name = g.name AND p.start_pos = (g.v ->> 'start')::int + 1
			 AND p.end_pos = (g.v ->> 'end')::int + 1
			 AND p.value = (g.v ->> 'value')::numeric AND p.kind = g.v ->> 'kind'
			 AND p.unit IS NOT DISTINCT FROM g.v ->> 'unit')) AS found_exact
FROM g;

-- NULL in, no rows out; empty text, no rows
SELECT count(*) FROM govreport.facts(NULL);
SELECT count(*) FROM govreport.facts('');

-- labels and comments
SELECT proname, provolatile, proisstrict, proparallel, prorows,
	   obj_description(oid, 'pg_proc') IS NOT NULL AS has_comment
FROM pg_proc
WHERE pronamespace = 'govreport'::regnamespace AND proname IN ('facts', 'dates')
ORDER BY proname;
