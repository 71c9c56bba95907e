-- mojibake.sql: the byte-level repair steps through the SQL surface
-- (UTF-8 read as Latin-1/CP1252/GBK, GBK<->Big5, GBK slips, lost bytes),
-- badness and decode with detection.

-- UTF-8 read as GBK, whole, partial and lossy
SELECT govreport.repair('鏀垮簻宸ヤ綔鎶ュ憡') AS whole;
SELECT govreport.repair('国内生产总值澧為暱5.2%') AS partial;
SELECT govreport.repair('2008骞�3鏈�5鏃ュ湪绗�鍗佷竴灞婂叏鍥戒汉姘戜唬琛ㄥぇ浼氱��涓�娆′細璁�') AS lossy;

-- UTF-8 read as Latin-1 / Windows-1252, also twice; GBK read as Latin-1
SELECT govreport.repair('æ”¿åºœå·¥ä½œæŠ¥å‘Š') AS cp1252;
SELECT govreport.repair('国务院 å…³äºŽ 通知') AS run_in_clean_text;
SELECT govreport.repair('Ã¦Â' || chr(148) || 'Â¿Ã¥ÂºÂ' || chr(156)) AS twice;
SELECT govreport.repair('Õþ¸®¹¤×÷±¨¸æ') AS gbk_as_latin1;

-- GBK read as Big5, a GB18030 code read as GBK, lost bytes
SELECT govreport.repair('淉葬馱釬惆豢') AS gbk_as_big5;
SELECT govreport.repair(E'海外\n?6?7\n侨胞') = E'海外\n\u200b\n侨胞' AS slip_fixed;
SELECT govreport.repair('额发放锟斤拷锟斤拷老保险') AS lost;

-- clean text passes byte for byte, Chinese punctuation kept (script =>
-- 'keep': whether a traditional text is simplified is another step's call)
SELECT govreport.repair(t, script => 'keep') = t AS unchanged
FROM (VALUES ('他说：“坚持稳中求进。”（完）'), ('涓涓细流，汇成江海'),
             ('臺灣地區經濟發展'), ('Müller先生与García女士出席会议'),
             ('©2024 国务院办公厅 版权所有'), ('4288×…')) AS v(t);

-- the steps report their fixes
SELECT step, fixes, example FROM govreport.explain('鏀垮簻淇℃伅 and cafÃ©');
SELECT * FROM govreport.repair('鏀垮簻淇℃伅', encoding => false);

-- badness: 0 for clean text, high for mojibake
SELECT round(govreport.badness('现在，我代表国务院，向大会报告政府工作，请予审议。')::numeric, 3) AS clean,
       round(govreport.badness('鐜板湪锛屾垜浠ｈ〃鍥藉姟闄�锛屽悜澶т細鎶ュ憡')::numeric, 3) AS gbk_mojibake,
       round(govreport.badness('æ”¿åºœå·¥ä½œæŠ¥å‘Š')::numeric, 3) AS latin_mojibake,
       round(govreport.badness('锟斤拷锟斤拷')::numeric, 3) AS kunkao;

-- decode: detection of short GBK and Big5, UTF-16, BOM, bad bytes
SELECT govreport.decode('\xd5feb8ae'::bytea) AS gbk_auto,
       govreport.decode('\xac46a9b2a475a740'::bytea) AS big5_auto,
       govreport.decode('\xfffe3f659c5e'::bytea) AS utf16le_bom,
       govreport.decode('\x653f5e9c'::bytea, 'UTF-16BE') AS utf16be,
       govreport.decode('\xd5feffb8ae'::bytea, 'gbk') AS bad_byte,
       govreport.decode('\x8136a437'::bytea, 'gb18030') = E'\u200b' AS four_byte;
SELECT govreport.decode('\x41'::bytea, 'latin9');
