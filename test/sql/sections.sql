-- govreport.sections: the section tree of real reports, raw and repaired.
SET client_min_messages = warning;
-- test data lives beside this file (pg_regress sets PG_ABS_SRCDIR to test/)
\getenv abs_srcdir PG_ABS_SRCDIR

-- the seed: raw scraped text with page markers, ruby pinyin, traditional
-- characters and headings that run into their paragraphs (21 headings)
\set seed `cat :abs_srcdir/data/seed.txt`
SELECT ord, parent, level, label, number, heading, topic, start_pos, end_pos,
	   left(body, 12) AS body
FROM govreport.sections(:'seed');

-- positions are 1-based characters: substr gives label + heading back,
-- and every section lies inside its parent
SELECT count(*) AS headings,
	   bool_and(strpos(substr(:'seed', s.start_pos, s.end_pos - s.start_pos), s.label) = 1) AS label_first,
	   bool_and(p.ord IS NULL OR (s.start_pos >= p.start_pos AND s.end_pos <= p.end_pos)) AS nested
FROM govreport.sections(:'seed') s
LEFT JOIN govreport.sections(:'seed') p ON p.ord = s.parent
WHERE s.level > 0;

-- a repaired report with a 2019-template table (row labels are no headings)
\set doc `cat :abs_srcdir/data/sections/2019_ankang_bureau_2019template.clean.txt`
SELECT ord, parent, level, label, heading, topic, start_pos, end_pos
FROM govreport.sections(:'doc');

-- inline (一)…(五) headings ended by 。
\set doc `cat :abs_srcdir/data/sections/2013_city_baike_zjtcn.clean.txt`
SELECT ord, parent, level, label, heading, topic FROM govreport.sections(:'doc');

\set doc `cat :abs_srcdir/data/sections/2023_xixian_dizhang_jiedao_old2019template.clean.txt`
SELECT ord, parent, level, label, heading, topic FROM govreport.sections(:'doc');

-- traditional characters with conversion errors, raw and repaired: one tree
\set raw `cat :abs_srcdir/data/sections/2010_dizhenju_trad_misconv.txt`
\set doc `cat :abs_srcdir/data/sections/2010_dizhenju_trad_misconv.clean.txt`
SELECT r.ord, r.level, r.label, r.heading AS raw_heading, c.heading, r.topic,
	   r.topic IS NOT DISTINCT FROM c.topic AS same_topic
FROM govreport.sections(:'raw') r
FULL JOIN govreport.sections(:'doc') c USING (ord);

-- a comma-joined table of contents before the real headings
\set doc `cat :abs_srcdir/data/sections/2012_shanghai_trad_toc.txt`
SELECT ord, parent, level, label, heading, topic FROM govreport.sections(:'doc');

-- a table of contents with dot leaders only: no headings
\set doc `cat :abs_srcdir/data/sections/2019_shandong_jtt_flipbook_toc.txt`
SELECT ord, level, label, heading FROM govreport.sections(:'doc');

-- a PDF page that starts at 四、 with a table row 四、结转下年度继续办理 0 0 …
\set doc `cat :abs_srcdir/data/sections/2020_shenjiju_flipbook_pdftext.txt`
SELECT ord, parent, level, label, heading, topic FROM govreport.sections(:'doc');

-- a heading inside a flattened paragraph, between spaces
\set doc `cat :abs_srcdir/data/sections/2023_baiyin_renminlu_jiedao_piperesidue.txt`
SELECT ord, parent, level, label, heading, topic, left(body, 10) AS body
FROM govreport.sections(:'doc');

-- 1、 used for two levels
\set doc `cat :abs_srcdir/data/sections/2023_xixian_zhengyang_jiedao_wrongnumbering.txt`
SELECT ord, parent, level, label, number, heading, topic FROM govreport.sections(:'doc');

-- small cases: inline heading, page marker, enumerations, dates
SELECT ord, parent, level, label, number, heading, topic, start_pos, end_pos, body
FROM govreport.sections(E'标题\n如有疑问,请联系办公室。一、基本信息我局一贯重视政府信息公开工作,主要包括:1.机构职能;2.法规文件。2、3月开展培训。\n二、主动公开政府信息情况\n(一)主动公开方面。一是加大力度。二是拓宽渠道。');
SELECT count(*) FROM govreport.sections('');
SELECT * FROM govreport.sections('只有一段文字。');
SELECT count(*) AS strict_null FROM govreport.sections(NULL);

-- labels and comment
SELECT provolatile, proisstrict, proparallel, prorows
FROM pg_proc WHERE oid = 'govreport.sections(text)'::regprocedure;
SELECT obj_description('govreport.sections(text)'::regprocedure, 'pg_proc') IS NOT NULL AS commented;
