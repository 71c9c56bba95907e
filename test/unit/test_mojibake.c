/*
 * test_mojibake.c
 *		Unit tests of gr_mojibake: each byte-level repair step on damaged and
 *		on clean text, badness, decoding with detection, and the data-driven
 *		suites in test/data/mojibake (synthetic Chinese cases, ftfy's cases,
 *		in-the-wild strings, and a damaged national report against its gold).
 */
#include "unit.h"
#include "../../src/gr_repair.h"

#include <stdlib.h>

/* ---- helpers ---- */

static int last_fixes;
static char last_before[256];
static char last_after[256];

/* Run one step; return the text it leaves (the input when it fixes nothing). */
static char *
run_step(GrRepairStep step, const char *text, size_t len)
{
	GrBuf		out;
	GrStepReport report;
	GrStatus	status;
	char	   *result;

	gr_buf_init(&out, &gr_malloc_env, 0);
	status = step(&gr_malloc_env, text, len, &out, &report);
	last_fixes = (status == GR_OK) ? report.fixes : -1;
	last_before[0] = last_after[0] = '\0';
	if (report.fixes > 0 && report.before)
		snprintf(last_before, sizeof(last_before), "%.*s", (int) report.before_len, report.before);
	if (report.fixes > 0 && report.after)
		snprintf(last_after, sizeof(last_after), "%.*s", (int) report.after_len, report.after);
	free(report.before);
	free(report.after);
	if (status != GR_OK || report.fixes == 0)
	{
		/* the contract: nothing found leaves out empty */
		if (out.len != 0)
			last_fixes = -2;
		gr_buf_free(&out);
		result = malloc(len + 1);
		memcpy(result, text, len);
		result[len] = '\0';
		return result;
	}
	gr_buf_append_char(&out, '\0');
	return out.data;
}

/* One step on a C string; the result in a static buffer. */
static const char *
step1(GrRepairStep step, const char *text)
{
	static char result[4096];
	char	   *fixed = run_step(step, text, strlen(text));

	snprintf(result, sizeof(result), "%s", fixed);
	free(fixed);
	return result;
}

/* All byte-level steps in the pipeline's order. */
static char *
run_all(const char *text, size_t len)
{
	static const GrRepairStep steps[] = {
		gr_step_utf8_as_latin1, gr_step_utf8_as_gbk, gr_step_gbk_big5,
		gr_step_gbk_slip, gr_step_lost_bytes
	};
	char	   *current = malloc(len + 1);
	size_t		i;

	memcpy(current, text, len);
	current[len] = '\0';
	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++)
	{
		char	   *next = run_step(steps[i], current, strlen(current));

		free(current);
		current = next;
	}
	return current;
}

static const char *
all1(const char *text)
{
	static char result[8192];
	char	   *fixed = run_all(text, strlen(text));

	snprintf(result, sizeof(result), "%s", fixed);
	free(fixed);
	return result;
}

static char *
read_file(const char *name, size_t *len)
{
	char		path[512];

	snprintf(path, sizeof(path), "mojibake/%s", name);
	return unit_read_data(path, len);
}

/* Split a TSV line in place into up to max fields, unescaping each. */
static int
split_tsv(char *line, char **fields, int max)
{
	int			count = 0;
	char	   *p = line;

	while (count < max)
	{
		char	   *in = p;
		char	   *out = p;

		fields[count++] = p;
		while (*in && *in != '\t' && *in != '\n')
		{
			if (*in == '\\' && in[1])
			{
				in++;
				*out++ = (*in == 'n') ? '\n' : (*in == 't') ? '\t' : (*in == 'r') ? '\r' : *in;
				in++;
			}
			else
				*out++ = *in++;
		}
		if (*in != '\t')
		{
			*out = '\0';
			break;
		}
		*out = '\0';
		p = in + 1;
	}
	return count;
}

/* Code points of text without whitespace, for the error rate. */
static uint32_t *
code_points(const char *text, size_t len, size_t *count)
{
	uint32_t   *cps = malloc((len + 1) * sizeof(uint32_t));
	size_t		pos = 0;

	*count = 0;
	while (pos < len)
	{
		uint32_t	cp = gr_utf8_decode(text, len, &pos);

		if (!gr_is_space(cp) && cp != '\n' && cp != '\r' && cp != '\t' && cp != ' ')
			cps[(*count)++] = cp;
	}
	return cps;
}

/* Character error rate: Levenshtein distance / gold length, whitespace ignored. */
static double
error_rate(const char *got, size_t got_len, const char *gold, size_t gold_len)
{
	size_t		n;
	size_t		m;
	uint32_t   *a = code_points(got, got_len, &n);
	uint32_t   *b = code_points(gold, gold_len, &m);
	size_t	   *row = malloc((m + 1) * sizeof(size_t));
	size_t		i;
	size_t		j;
	double		rate;

	for (j = 0; j <= m; j++)
		row[j] = j;
	for (i = 1; i <= n; i++)
	{
		size_t		diagonal = row[0];

		row[0] = i;
		for (j = 1; j <= m; j++)
		{
			size_t		above = row[j];
			size_t		best = diagonal + (a[i - 1] != b[j - 1]);

			if (above + 1 < best)
				best = above + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diagonal = above;
		}
	}
	rate = (double) row[m] / (double) (m ? m : 1);
	free(a);
	free(b);
	free(row);
	return rate;
}

/* ---- UTF-8 read as Latin-1 / Windows-1252 ---- */

UNIT_SUITE(mojibake_latin1)
{
	CHECK_STR(step1(gr_step_utf8_as_latin1, "æ”¿åºœå·¥ä½œæŠ¥å‘Š"), "政府工作报告");
	CHECK_INT(last_fixes, 1);
	CHECK_STR(last_before, "æ”¿åºœå·¥ä½œæŠ¥å‘Š");
	CHECK_STR(last_after, "政府工作报告");
	/* Latin-1 proper: the C1 controls are there */
	CHECK_STR(step1(gr_step_utf8_as_latin1, "æ\xc2\x94¿åº\xc2\x9cå·¥"), "政府工");
	/* runs inside clean text */
	CHECK_STR(step1(gr_step_utf8_as_latin1, "国务院办公厅 å…³äºŽ 通知"), "国务院办公厅 关于 通知");
	CHECK_STR(step1(gr_step_utf8_as_latin1, "cafÃ© crÃ¨me"), "café crème");
	/* encoded twice */
	CHECK_STR(step1(gr_step_utf8_as_latin1, "Ã¦Â\xc2\x94Â¿Ã¥ÂºÂ\xc2\x9c"), "政府");
	/* sloppy Windows-1252 with the undefined bytes lost: 十 is E5 8D 81 */
	CHECK_STR(step1(gr_step_utf8_as_latin1, "ç¬¬å\xef\xbf\xbd\xef\xbf\xbdä¸€å±Š"), "第十一届");
	/* GBK read as Latin-1 */
	CHECK_STR(step1(gr_step_utf8_as_latin1, "Õþ¸®¹¤×÷±¨¸æ"), "政府工作报告");
	/*
	 * GBK read as UTF-8 where valid, else Latin-1: a three-byte character
	 * beside the Latin text stands for its bytes (岿 E5 B2 BF: 五部 CE E5
	 * B2 BF; 깺 EA B9 BA: 申购 C9 EA B9 BA)
	 */
	CHECK_STR(step1(gr_step_utf8_as_latin1, "»ù½ð¹ÜÀí\nµÚÎ岿·Ö »ù½ð·Ý¶îµÄÉ깺ÓëÊê»Ø"),
			  "基金管理\n第五部分 基金份额的申购与赎回");
	/* a C1 control alone is the Windows-1252 character */
	CHECK_STR(step1(gr_step_utf8_as_latin1, "parlé\xc2\x85 Tu sais"), "parlé… Tu sais");

	/* negatives: untouched, nothing reported */
	CHECK_STR(step1(gr_step_utf8_as_latin1, "政府信息公开工作年度报告"), "政府信息公开工作年度报告");
	CHECK_INT(last_fixes, 0);
	CHECK_STR(step1(gr_step_utf8_as_latin1, "Müller先生与García女士出席会议"),
			  "Müller先生与García女士出席会议");
	CHECK_INT(last_fixes, 0);
	CHECK_STR(step1(gr_step_utf8_as_latin1, "4288×…"), "4288×…");
	CHECK_STR(step1(gr_step_utf8_as_latin1, "RETWEET SE VOCÊ…"), "RETWEET SE VOCÊ…");
	CHECK_STR(step1(gr_step_utf8_as_latin1, "©2024 国务院办公厅 版权所有"), "©2024 国务院办公厅 版权所有");
	CHECK_STR(step1(gr_step_utf8_as_latin1, "零下5°左右，Café设计，报bào告，阿卜杜·热合曼"),
			  "零下5°左右，Café设计，报bào告，阿卜杜·热合曼");
	CHECK_STR(step1(gr_step_utf8_as_latin1, "他说：“坚持稳中求进。”（完）"), "他说：“坚持稳中求进。”（完）");
	CHECK_INT(last_fixes, 0);
	CHECK_STR(step1(gr_step_utf8_as_latin1, ""), "");
}

/* ---- UTF-8 read as GBK ---- */

UNIT_SUITE(mojibake_gbk)
{
	CHECK_STR(step1(gr_step_utf8_as_gbk, "鏀垮簻淇℃伅"), "政府信息");
	CHECK_INT(last_fixes, 1);
	CHECK_STR(last_after, "政府信息");
	CHECK_STR(step1(gr_step_utf8_as_gbk, "鏀垮簻宸ヤ綔鎶ュ憡"), "政府工作报告");
	/* partial: a damaged tail after clean text */
	CHECK_STR(step1(gr_step_utf8_as_gbk, "国内生产总值澧為暱5.2%"), "国内生产总值增长5.2%");
	CHECK_STR(step1(gr_step_utf8_as_gbk, "城镇新增就业1244涓囦汉"), "城镇新增就业1244万人");
	/* lossy: the bytes GBK rejected are rebuilt from their neighbours */
	CHECK_STR(step1(gr_step_utf8_as_gbk, "绗�涓�娆′細璁�"), "第一次会议");
	CHECK_STR(step1(gr_step_utf8_as_gbk, "2008骞�3鏈�5鏃ュ湪"), "2008年3月5日在");
	/*
	 * a byte lost, and a '?' that an encoder wrote for it: 名 is E5 90 8D,
	 * and nothing around tells which of 64 characters it was
	 */
	/*
	 * lossy without a mark: a strict decoder dropped the user-defined pair
	 * AA..AF xx, between two characters (公开 is E5 85 [AC E5] BC 80) or
	 * as a character's last two bytes (读 is E8 [AF BB])
	 */
	CHECK_STR(step1(gr_step_utf8_as_gbk, "鏀垮簻淇℃伅鍏紑鍒跺害500513550"), "政府信息公开制度500513550");
	CHECK_STR(step1(gr_step_utf8_as_gbk, "鍚勫湴鐤儏闃叉帶"), "各地疫情防控");
	CHECK_STR(step1(gr_step_utf8_as_gbk, "涓ぎ璐㈢粡棰嗗灏忕粍浼氳407013225"), "中央财经领导小组会议407013225");
	CHECK_STR(step1(gr_step_utf8_as_gbk, "鏀跨瓥瑙ｈ495973561"), "政策解读495973561");
	/* a stretch across ASCII judged piece by piece: each good piece is taken */
	CHECK_STR(step1(gr_step_utf8_as_gbk, "鍚勫湴20980\",\"鍥藉姟闄㈡斂绛栦緥琛屽惞椋庝細461213417"),
			  "各地20980\",\"国务院政策例行吹风会461213417");
	CHECK(strncmp(step1(gr_step_utf8_as_gbk, "鏂囦欢鍚?"), "文件", 6) == 0);
	CHECK_INT(strlen(step1(gr_step_utf8_as_gbk, "鏂囦欢鍚?")), 9);

	/* negatives */
	CHECK_STR(step1(gr_step_utf8_as_gbk, "涓涓细流，汇成江海"), "涓涓细流，汇成江海");
	CHECK_INT(last_fixes, 0);
	CHECK_STR(step1(gr_step_utf8_as_gbk, "浜松市与苏州市结为友好城市"), "浜松市与苏州市结为友好城市");
	CHECK_STR(step1(gr_step_utf8_as_gbk, "臺灣地區經濟發展"), "臺灣地區經濟發展");
	CHECK_STR(step1(gr_step_utf8_as_gbk, "参见附件1、附件2（略）"), "参见附件1、附件2（略）");
	CHECK_STR(step1(gr_step_utf8_as_gbk, "单位：亿元；增速：%"), "单位：亿元；增速：%");
	CHECK_INT(last_fixes, 0);
	/* rare characters of clean text are no dropped pairs */
	CHECK_STR(step1(gr_step_utf8_as_gbk, "鍏紑之间，寔与柦"), "鍏紑之间，寔与柦");
	CHECK_STR(step1(gr_step_utf8_as_gbk, "政策解读，中央财经领导小组会议，措施专栏。"),
			  "政策解读，中央财经领导小组会议，措施专栏。");
	CHECK_INT(last_fixes, 0);
}

/* ---- GBK read as Big5 and back ---- */

UNIT_SUITE(mojibake_big5)
{
	CHECK_STR(step1(gr_step_gbk_big5, "淉葬馱釬惆豢"), "政府工作报告");
	CHECK_INT(last_fixes, 1);
	CHECK_STR(step1(gr_step_gbk_big5, "冪撳扦頗楷桯"), "经济社会发展");
	CHECK_STR(step1(gr_step_gbk_big5, "弊囀汜莉軞硉"), "国内生产总值");
	/* negatives: genuine traditional and simplified text */
	CHECK_STR(step1(gr_step_gbk_big5, "臺灣地區經濟發展"), "臺灣地區經濟發展");
	CHECK_INT(last_fixes, 0);
	CHECK_STR(step1(gr_step_gbk_big5, "政府信息公開工作年度報告"), "政府信息公開工作年度報告");
	CHECK_INT(last_fixes, 0);
	CHECK_STR(step1(gr_step_gbk_big5, "政府信息公开工作年度报告"), "政府信息公开工作年度报告");
	CHECK_INT(last_fixes, 0);
}

/* ---- GBK slips ---- */

UNIT_SUITE(mojibake_slip)
{
	/* U+200B in GB18030 is 81 36 A4 37; GBK read rejects 81 and A4 */
	CHECK_STR(step1(gr_step_gbk_slip, "海外\n?6?7\n侨胞"), "海外\n\xe2\x80\x8b\n侨胞");
	CHECK_INT(last_fixes, 1);
	/* lead bytes lost to '?' with a ruby annotation cut in (the seed) */
	CHECK_STR(step1(gr_step_gbk_slip, "查詢?cè)诰€答疑系統"), "查詢在線答疑系統");
	CHECK_STR(last_before, "?cè)诰€");
	CHECK_STR(last_after, "在線");
	CHECK_STR(step1(gr_step_gbk_slip, "2024高考?xì)v史一輪"), "2024高考歷史一輪");
	/* read one byte late: ?? is 。 (A1 A3) and the lead of 總 (BF) */
	CHECK_STR(step1(gr_step_gbk_slip, "審查程序??傮w來說"), "審查程序。總體來說");
	CHECK_STR(step1(gr_step_gbk_slip, "??傮w"), "。總體");
	/*
	 * a lead byte lost without a '?': read one byte late up to a trail
	 * that came out as ASCII (各省（自治區 as 各。ㄗ灾螀^); the lost lead
	 * itself is a guess in context
	 */
	{
		const char *got = step1(gr_step_gbk_slip, "(二)各。ㄗ灾螀^(qū)、直轄市)人民政府");

		CHECK(strstr(got, "自治區(qū)、直轄市)人民政府") != NULL);
		CHECK(strstr(got, "ㄗ") == NULL && strstr(got, "^") == NULL);
		CHECK_INT(last_fixes, 1);
	}
	/* negatives: question marks and digits that are just that */
	CHECK_STR(step1(gr_step_gbk_slip, "什么?我们"), "什么?我们");
	CHECK_STR(step1(gr_step_gbk_slip, "发展?改革委员会"), "发展?改革委员会");
	CHECK_STR(step1(gr_step_gbk_slip, "(a)?(b)"), "(a)?(b)");
	CHECK_STR(step1(gr_step_gbk_slip, "第?6?7条"), "第?6?7条");
	CHECK_STR(step1(gr_step_gbk_slip, "问题1?2?3"), "问题1?2?3");
	CHECK_STR(step1(gr_step_gbk_slip, "是否公开?是"), "是否公开?是");
	CHECK_STR(step1(gr_step_gbk_slip, "你說什么??我們不知道。"), "你說什么??我們不知道。");
	CHECK_STR(step1(gr_step_gbk_slip, "真的嗎??傳聞是假的"), "真的嗎??傳聞是假的");
	/* signs after characters that are just that */
	CHECK_STR(step1(gr_step_gbk_slip, "公式a^2,本式^2,乘方运算中的x^y,见附件[1]和文献[2]、邮箱@163"),
			  "公式a^2,本式^2,乘方运算中的x^y,见附件[1]和文献[2]、邮箱@163");
	CHECK_STR(step1(gr_step_gbk_slip, "螀蟊之属~,饕餮纹饰{见图}"), "螀蟊之属~,饕餮纹饰{见图}");
	CHECK_INT(last_fixes, 0);
	CHECK_INT(last_fixes, 0);
}

/* ---- lost bytes ---- */

UNIT_SUITE(mojibake_lost)
{
	CHECK_STR(step1(gr_step_lost_bytes, "额发放锟斤拷锟斤拷老保险"), "额发放\xef\xbf\xbd\xef\xbf\xbd老保险");
	CHECK_INT(last_fixes, 1);
	CHECK_STR(step1(gr_step_lost_bytes, "位上升锟斤三位"), "位上升\xef\xbf\xbd三位");
	/* U+FFFD beside 锟斤拷 joins its run */
	CHECK_STR(step1(gr_step_lost_bytes, "A\xef\xbf\xbd锟斤拷B"), "A\xef\xbf\xbd\xef\xbf\xbd" "B");
	/* idempotent: the marks it writes stay as they are */
	CHECK_STR(step1(gr_step_lost_bytes, "额发放\xef\xbf\xbd\xef\xbf\xbd老保险"), "额发放\xef\xbf\xbd\xef\xbf\xbd老保险");
	CHECK_INT(last_fixes, 0);
	/* negatives: U+FFFD alone are marks already (how many a decoder wrote
	 * per character cannot be told); 锟 alone is a character */
	CHECK_STR(step1(gr_step_lost_bytes, "A\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "B"),
			  "A\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "B");
	CHECK_INT(last_fixes, 0);
	CHECK_STR(step1(gr_step_lost_bytes, "A\xef\xbf\xbd" "B"), "A\xef\xbf\xbd" "B");
	CHECK_INT(last_fixes, 0);
	CHECK_STR(step1(gr_step_lost_bytes, "锟铻山"), "锟铻山");
	CHECK_STR(step1(gr_step_lost_bytes, "斤拷两"), "斤拷两");
	CHECK_INT(last_fixes, 0);
}

/* ---- badness ---- */

UNIT_SUITE(mojibake_badness)
{
	const char *clean = "现在，我代表国务院，向大会报告政府工作，请予审议。";
	const char *gbk = "鐜板湪锛屾垜浠ｈ〃鍥藉姟闄�锛屽悜澶т細鎶ュ憡鏀垮簻宸ヤ綔";
	const char *latin = "æ”¿åºœå·¥ä½œæŠ¥å‘Š";

	CHECK(gr_badness(&gr_malloc_env, clean, strlen(clean)) < 0.01);
	CHECK(gr_badness(&gr_malloc_env, "", 0) == 0);
	CHECK(gr_badness(&gr_malloc_env, gbk, strlen(gbk)) > 0.3);
	CHECK(gr_badness(&gr_malloc_env, latin, strlen(latin)) > 0.5);
	CHECK(gr_badness(&gr_malloc_env, "锟斤拷锟斤拷", strlen("锟斤拷锟斤拷")) > 0.5);
	CHECK(gr_badness(&gr_malloc_env, "臺灣地區經濟發展", strlen("臺灣地區經濟發展")) < 0.05);
}

/* ---- decoding raw bytes ---- */

static const char *
decode(const char *bytes, size_t len, GrEncoding encoding, GrEncoding *detected)
{
	static char result[1024];
	GrBuf		out;

	gr_buf_init(&out, &gr_malloc_env, 0);
	if (gr_decode(&gr_malloc_env, (const unsigned char *) bytes, len, encoding, &out,
				  detected) != GR_OK)
		snprintf(result, sizeof(result), "ERROR");
	else
		snprintf(result, sizeof(result), "%.*s", (int) out.len, out.data ? out.data : "");
	gr_buf_free(&out);
	return result;
}

UNIT_SUITE(mojibake_decode)
{
	GrEncoding	encoding;
	GrEncoding	detected;

	CHECK(gr_encoding_from_name("GBK", 3, &encoding) && encoding == GR_ENC_GB18030);
	CHECK(gr_encoding_from_name("gb2312", 6, &encoding) && encoding == GR_ENC_GB18030);
	CHECK(gr_encoding_from_name("UTF-8", 5, &encoding) && encoding == GR_ENC_UTF8);
	CHECK(gr_encoding_from_name("utf_16le", 8, &encoding) && encoding == GR_ENC_UTF16LE);
	CHECK(gr_encoding_from_name("Big5", 4, &encoding) && encoding == GR_ENC_BIG5);
	CHECK(gr_encoding_from_name("auto", 4, &encoding) && encoding == GR_ENC_AUTO);
	CHECK(!gr_encoding_from_name("latin9", 6, &encoding));
	CHECK(!gr_encoding_from_name("", 0, &encoding));

	/* UTF-8, with and without BOM */
	CHECK_STR(decode("\xef\xbb\xbf政府", strlen("\xef\xbb\xbf政府"), GR_ENC_AUTO, &detected), "政府");
	CHECK_INT(detected, GR_ENC_UTF8);
	CHECK_STR(decode("政府", strlen("政府"), GR_ENC_AUTO, &detected), "政府");
	/* short GBK: 政府 (ICU's detector needs more) */
	CHECK_STR(decode("\xd5\xfe\xb8\xae", 4, GR_ENC_AUTO, &detected), "政府");
	CHECK_INT(detected, GR_ENC_GB18030);
	CHECK_STR(decode("\xd5\xfe\xb8\xae\xb9\xa4\xd7\xf7\xb1\xa8\xb8\xe6", 12, GR_ENC_AUTO, &detected),
			  "政府工作报告");
	CHECK_INT(detected, GR_ENC_GB18030);
	/* short Big5: 政府 is AC46 A9B2 */
	CHECK_STR(decode("\xac\x46\xa9\xb2\xa4\x75\xa7\x40", 8, GR_ENC_AUTO, &detected), "政府工作");
	CHECK_INT(detected, GR_ENC_BIG5);
	/* UTF-16 with BOM, and without */
	CHECK_STR(decode("\xff\xfe\x3f\x65\x9c\x5e", 6, GR_ENC_AUTO, &detected), "政府");
	CHECK_INT(detected, GR_ENC_UTF16LE);
	CHECK_STR(decode("\x65\x3f\x5e\x9c", 4, GR_ENC_UTF16BE, &detected), "政府");
	CHECK_STR(decode("\x3f\x65\x9c\x5e\x3f\x65", 6, GR_ENC_AUTO, &detected), "政府政");
	CHECK_INT(detected, GR_ENC_UTF16LE);
	/* explicit encodings; bad bytes become U+FFFD and the rest survives */
	CHECK_STR(decode("\xd5\xfe\xb8\xae", 4, GR_ENC_GB18030, NULL), "政府");
	CHECK_STR(decode("a\xff" "b", 3, GR_ENC_UTF8, NULL), "a\xef\xbf\xbd" "b");
	CHECK_STR(decode("\xd5\xfe\xff\xb8\xae", 5, GR_ENC_GB18030, NULL), "政\xef\xbf\xbd府");
	CHECK_STR(decode("\x3f\x65\x9c", 3, GR_ENC_UTF16LE, NULL), "政\xef\xbf\xbd");
	CHECK_STR(decode("", 0, GR_ENC_AUTO, &detected), "");
	/* a NUL byte or unit cannot be held in a text: U+FFFD */
	CHECK_STR(decode("a\0b", 3, GR_ENC_UTF8, NULL), "a\xef\xbf\xbd" "b");
	CHECK_STR(decode("a\0b", 3, GR_ENC_GB18030, NULL), "a\xef\xbf\xbd" "b");
	CHECK_STR(decode("a\0\0\0", 4, GR_ENC_UTF16LE, NULL), "a\xef\xbf\xbd");
	/* GB18030 four-byte codes */
	CHECK_STR(decode("\x81\x36\xa4\x37", 4, GR_ENC_GB18030, NULL), "\xe2\x80\x8b");
}

/* ---- data-driven: synthetic Chinese cases ---- */

/* Is a synthetic case type one that these steps repair? */
static bool
in_scope(const char *type)
{
	static const char *const types[] = {
		"utf8_as_gbk", "utf8_as_gb18030", "utf8_as_cp1252", "utf8_as_latin1",
		"gbk_as_latin1", "gbk_as_cp1252", "double_utf8", "mixed_utf8_as_gbk",
		"gbk_as_big5", "big5_as_gbk", "negative", NULL
	};
	int			i;

	for (i = 0; types[i]; i++)
		if (strcmp(type, types[i]) == 0)
			return true;
	return false;
}

UNIT_SUITE(mojibake_synthetic_zh)
{
	size_t		len;
	char	   *data = read_file("synthetic_zh.tsv", &len);
	char	   *line;
	char	   *save = NULL;
	int			scope = 0;
	int			passed = 0;
	int			negatives = 0;
	int			negatives_passed = 0;

	CHECK(data != NULL);
	if (!data)
		return;
	for (line = strtok_r(data, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
	{
		char	   *fields[5];
		const char *got;
		bool		ok;

		if (line[0] == '#' || split_tsv(line, fields, 5) < 4 || !in_scope(fields[0]))
			continue;
		got = all1(fields[1]);
		ok = strcmp(got, fields[2]) == 0 || (fields[3][0] && strcmp(got, fields[3]) == 0);
		scope++;
		passed += ok;
		if (strcmp(fields[0], "negative") == 0)
		{
			negatives++;
			negatives_passed += ok;
		}
	}
	free(data);
	printf("  synthetic-zh, in scope: %d of %d pass; negatives %d of %d\n",
		   passed, scope, negatives_passed, negatives);
	CHECK(scope >= 90);
	CHECK(negatives_passed == negatives);
	CHECK(passed >= 90);
}

/* ---- data-driven: ftfy's cases (fix_encoding's expectation) ---- */

UNIT_SUITE(mojibake_ftfy)
{
	size_t		len;
	char	   *data = read_file("ftfy.tsv", &len);
	char	   *line;
	char	   *save = NULL;
	int			total = 0;
	int			passed = 0;
	int			negatives = 0;
	int			negatives_passed = 0;

	CHECK(data != NULL);
	if (!data)
		return;
	for (line = strtok_r(data, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
	{
		char	   *fields[5];
		bool		ok;

		if (line[0] == '#' || split_tsv(line, fields, 5) < 5)
			continue;
		ok = strcmp(all1(fields[2]), fields[3]) == 0;
		total++;
		passed += ok;
		if (strcmp(fields[0], "negative.json") == 0)
		{
			negatives++;
			negatives_passed += ok;
		}
	}
	free(data);
	printf("  ftfy: %d of %d pass; negative.json %d of %d\n", passed, total,
		   negatives_passed, negatives);
	CHECK_INT(total, 161);
	CHECK(passed >= 90);
	CHECK(negatives_passed >= 28);
}

/* ---- data-driven: in-the-wild Chinese strings ---- */

UNIT_SUITE(mojibake_in_the_wild)
{
	size_t		len;
	char	   *data = read_file("in_the_wild_zh.tsv", &len);
	char	   *line;
	char	   *save = NULL;
	int			known = 0;
	int			passed = 0;

	CHECK(data != NULL);
	if (!data)
		return;
	for (line = strtok_r(data, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
	{
		char	   *fields[5];
		const char *got;

		if (line[0] == '#' || split_tsv(line, fields, 5) < 4 || fields[2][0] == '\0')
			continue;
		got = all1(fields[1]);
		known++;
		passed += strcmp(got, fields[2]) == 0 ||
			(fields[3][0] && strcmp(got, fields[3]) == 0);
	}
	free(data);
	printf("  in-the-wild-zh: %d of %d with a known repair pass\n", passed, known);
	CHECK(passed >= 5);
}

/* ---- data-driven: a damaged national report against its gold ---- */

UNIT_SUITE(mojibake_repair_report)
{
	static const struct
	{
		const char *kind;
		double		limit;
	}			kinds[] = {
		{"double_utf8", 0.0005}, {"u8_as_latin1_part", 0.0005},
		{"u8_as_1252", 0.003}, {"u8_as_gbk", 0.005}, {"u8_as_gbk_part", 0.002},
		{"gbk_as_big5", 0.004}, {"gbk_slip", 0.004}, {"kunkaola", 0.003},
	};
	size_t		gold_len;
	char	   *gold = read_file("repair/gwr_2021_wikisource.gold.txt", &gold_len);
	size_t		i;

	CHECK(gold != NULL);
	if (!gold)
		return;
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
	{
		char		name[256];
		size_t		len;
		char	   *damaged;
		char	   *fixed;
		double		before;
		double		after;

		snprintf(name, sizeof(name), "repair/gwr_2021_wikisource.%s.txt", kinds[i].kind);
		damaged = read_file(name, &len);
		CHECK(damaged != NULL);
		if (!damaged)
			continue;
		fixed = run_all(damaged, len);
		before = error_rate(damaged, len, gold, gold_len);
		after = error_rate(fixed, strlen(fixed), gold, gold_len);
		printf("  %-18s CER %.4f -> %.4f\n", kinds[i].kind, before, after);
		CHECK(after <= kinds[i].limit);
		CHECK(after <= before);
		free(damaged);
		free(fixed);
	}
	/* clean text and genuine traditional text pass through byte for byte */
	{
		const char *clean_kinds[] = {"clean", "trad", "gold"};

		for (i = 0; i < 3; i++)
		{
			char		name[256];
			size_t		len;
			char	   *text;
			char	   *fixed;

			snprintf(name, sizeof(name), "repair/gwr_2021_wikisource.%s.txt", clean_kinds[i]);
			text = read_file(name, &len);
			CHECK(text != NULL);
			if (!text)
				continue;
			fixed = run_all(text, len);
			CHECK(strlen(fixed) == len && memcmp(fixed, text, len) == 0);
			free(text);
			free(fixed);
		}
	}
	free(gold);
}
