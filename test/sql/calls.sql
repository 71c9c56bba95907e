-- Every set-returning function called the ways SQL can call it: in FROM,
-- in the select list, in ROWS FROM beside another function, WITH
-- ORDINALITY and with its columns renamed.  The result's tuple descriptor
-- comes from the executor where it gives one (govreport_init_srf): each
-- way must give the same rows.
CREATE TEMP TABLE call_texts (body text);
INSERT INTO call_texts VALUES (E'一、总体情况\n2023年,本机关主动公开政府信息120条,其中文件15件。\n二、收到和处理政府信息公开申请情况\n| 本年新收政府信息公开申请数量 | 5 | 3 | 8 |\n于2023年1月12日发布。');

-- in FROM and in the select list: the same rows
SELECT (SELECT count(*) FROM call_texts, govreport.sections(body)) AS sections_from,
	   (SELECT count(*) FROM (SELECT govreport.sections(body) FROM call_texts) s) AS sections_list,
	   (SELECT count(*) FROM call_texts, govreport.facts(body)) AS facts_from,
	   (SELECT count(*) FROM (SELECT govreport.facts(body) FROM call_texts) s) AS facts_list,
	   (SELECT count(*) FROM call_texts, govreport.dates(body)) AS dates_from,
	   (SELECT count(*) FROM (SELECT govreport.dates(body) FROM call_texts) s) AS dates_list,
	   (SELECT count(*) FROM call_texts, govreport.tables(body)) AS tables_from,
	   (SELECT count(*) FROM (SELECT govreport.tables(body) FROM call_texts) s) AS tables_list;
SELECT (govreport.facts(body)).value, (govreport.facts(body)).unit FROM call_texts;
SELECT (govreport.sections(body)).heading FROM call_texts;

-- renamed columns and ordinality
SELECT n, v, u FROM call_texts,
	govreport.facts(body) WITH ORDINALITY AS f(ord, section, subject, v, vmax, u, kind, q, d, parent, raw, s, e, n);
SELECT t.label, t.heading, t.i FROM call_texts,
	ROWS FROM (govreport.sections(body)) WITH ORDINALITY AS t(ord, parent, level, label, number, heading, topic, s, e, b, i);

-- beside another function: rows line up by position, NULLs after the shorter
SELECT x.ord, x.label, x.g FROM call_texts,
	ROWS FROM (govreport.sections(body), generate_series(1, 3)) AS x(ord, parent, level, label, number, heading, topic, s, e, b, g);

-- the explaining steps of repair, in FROM and in the select list
SELECT step, fixes FROM govreport.explain('報(bào)告') WHERE fixes > 0;
SELECT (govreport.explain('報(bào)告')).step LIMIT 1;
