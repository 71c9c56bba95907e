-- govreport.tables and govreport.table_checks: the layouts, the keys, the
-- checks, on inline tables and on fixtures in test/data/tables.
SET client_min_messages = warning;
\getenv abs_srcdir PG_ABS_SRCDIR

-- one row per line with " | ": table 2 of the 2019 form, signs and units
SELECT table_no, row_no, col_no, row_label, col_label, row_key, col_key,
	   value, unit, raw, start_pos, end_pos
FROM govreport.tables(E'第二十条第（五）项 |\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n行政许可 | 0 | -1 | 6 |\n第二十条第（九）项 |\n信息内容 | 采购项目数量 | 采购总金额\n政府集中采购 | 6 | 251000元 |');

-- positions are 1-based characters: raw = substr(body, start_pos, end_pos - start_pos)
WITH d(body) AS (VALUES (E'第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t12.5'))
SELECT raw, value, unit, substr(body, start_pos, end_pos - start_pos) = raw AS span_ok
FROM d, govreport.tables(body);

-- section: the ord of the enclosing section, as govreport.sections numbers them
SELECT s.ord, s.label, s.heading, count(t.*) AS cells
FROM govreport.sections(pg_read_file(:'abs_srcdir' || '/data/tables/report000_2019_pipes.txt')) s
LEFT JOIN govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/report000_2019_pipes.txt')) t
	ON t.section = s.ord
GROUP BY s.ord, s.label, s.heading ORDER BY s.ord;

-- PDF text: a row of space-separated numbers, table 4 with its header one
-- character per line
SELECT table_no, row_no, col_no, row_label, col_label, row_key, col_key, value
FROM govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/2020_shenjiju_flipbook_pdftext.txt'))
WHERE col_key IN ('total', 'upheld');
SELECT * FROM govreport.table_checks(pg_read_file(:'abs_srcdir' || '/data/tables/2020_shenjiju_flipbook_pdftext.txt'));

-- one cell per line, empty cells as lone "|" and "/", "||||" residue
SELECT table_no, row_label, col_label, row_key, col_key, value, unit, raw
FROM govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/2023_district_tongjiju_slashnull.txt'));

-- cells between lines of "|", an amount with its unit
SELECT row_key, col_key, value, unit, raw
FROM govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/2019_ankang_bureau_2019template.txt'))
WHERE row_key IN ('procurement', 'normative_documents');

-- a real table 3 (2021): the cells of two rows, and its checks
SELECT row_no, row_label, col_key, value
FROM govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/2024_shenzhen_longgang_dept_table3.txt'))
WHERE row_key IN ('new', 'withheld.internal_affairs') ORDER BY row_no, col_no;
SELECT count(*) AS checks, count(*) FILTER (WHERE NOT holds) AS broken
FROM govreport.table_checks(pg_read_file(:'abs_srcdir' || '/data/tables/2024_shenzhen_longgang_dept_table3.txt'));

-- generated reports in three layouts: cells by table and the broken relations
SELECT f, count(*) AS cells, count(DISTINCT table_no) AS tables,
	   count(*) FILTER (WHERE row_key IS NULL OR col_key IS NULL) AS unkeyed
FROM unnest(ARRAY['report000_2019_pipes', 'report001_2021_cells', 'report002_2021_tabs', 'report005_2021_tabs']) AS f,
	 govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/' || f || '.txt'))
GROUP BY f ORDER BY f;
SELECT f, relation, expected, actual
FROM unnest(ARRAY['report000_2019_pipes', 'report001_2021_cells', 'report002_2021_tabs', 'report005_2021_tabs']) AS f,
	 govreport.table_checks(pg_read_file(:'abs_srcdir' || '/data/tables/' || f || '.txt'))
WHERE NOT holds ORDER BY f, relation;

-- other tables (NULL keys) one cell per line and in PDF text
SELECT table_no, row_no, row_label, col_label, value, unit, raw
FROM govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/other000_2010_pipes-cells.txt'))
WHERE row_no <= 2 ORDER BY table_no, row_no, col_no;
SELECT table_no, row_label, col_label, value, unit, raw
FROM govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/other001_2015_pipes-pdf.txt'))
WHERE row_no IN (1, 2, 9) ORDER BY row_no, col_no;
SELECT f, count(*) AS cells, count(DISTINCT table_no) AS tables,
	   count(*) FILTER (WHERE row_key IS NOT NULL OR col_key IS NOT NULL) AS keyed
FROM unnest(ARRAY['other000_2010_pipes-cells', 'other001_2015_pipes-pdf', 'other004_2011_pipes-pdf', 'otherb002_2013_pipes-pdf']) AS f,
	 govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/' || f || '.txt'))
GROUP BY f ORDER BY f;

-- session 6: one cell per line without ||||, PDF numbers on the line after
-- their label, a PDF table of one row, a header one character per line
-- whose columns end on different lines (金额（万元）, its unit)
SELECT table_no, row_no, row_label, col_label, value, unit, raw
FROM govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/otherc001_2017_pipes-cellsbare.txt'))
WHERE row_no <= 2 ORDER BY table_no, row_no, col_no;
SELECT table_no, row_no, row_label, col_label, value, unit, raw
FROM govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/otherc001_2017_pipes-pdfsplit.txt'))
ORDER BY table_no, row_no, col_no;
SELECT table_no, row_no, row_label, col_label, value, unit, raw
FROM govreport.tables(pg_read_file(:'abs_srcdir' || '/data/tables/otherc002_2015_pipes-pdf.txt'))
WHERE row_no <= 2 ORDER BY table_no, row_no, col_no;
SELECT count(*) FROM govreport.tables(E'全年主动公开政府信息\n195\n条，受理依申请公开9件。\n联系电话 0591 22982541\n');

-- a report whose tables were images gives no rows
SELECT count(*) FROM govreport.tables(E'三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议。');

-- labels and comments
SELECT proname, provolatile, proisstrict, proparallel, prorows,
	   obj_description(oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc WHERE proname IN ('tables', 'table_checks')
	AND pronamespace = 'govreport'::regnamespace ORDER BY proname;
