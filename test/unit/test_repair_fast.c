/*
 * test_repair_fast.c
 *		The pipeline's fast path gives what the steps give on their own.
 *
 * gr_repair hands the byte-level detectors the characters its evidence
 * scan found (GrHints) instead of letting them scan again; each of
 * utf8_as_gbk, gbk_big5 and lost_bytes run that way (gr_repair with only
 * that step on) must repair exactly as the plain step does, on damaged and
 * clean text, on mojibake cut in anywhere, and on malformed UTF-8 (where
 * the scans could part ways and the list is given up).
 */
#include "unit.h"

#include <stdlib.h>

#include "gr_repair.h"


/* Step `name` through gr_repair (hinted) and on its own: the same result. */
static void
check_same(const char *name, GrRepairStep plain, const char *text, size_t len)
{
	GrRepairOptions options = GR_REPAIR_DEFAULTS;
	GrBuf		piped;
	GrBuf		alone;
	GrStepReport reports[32];
	GrStepReport report = {0, NULL, 0, NULL, 0};
	bool		changed = false;
	int			index = gr_repair_step_index(name, strlen(name));
	bool		same;

	CHECK(index >= 0 && gr_repair_step_count <= 32);
	options.disabled = ~((uint32_t) 1 << index);
	gr_buf_init(&piped, &gr_malloc_env, 0);
	gr_buf_init(&alone, &gr_malloc_env, 0);
	CHECK_INT(gr_repair(&gr_malloc_env, text, len, &options, &piped, reports, &changed), GR_OK);
	CHECK_INT(plain(&gr_malloc_env, text, len, &alone, &report), GR_OK);
	CHECK_INT(changed, report.fixes > 0);
	CHECK_INT(reports[index].fixes, report.fixes);
	same = changed ? (piped.len == alone.len &&
					  (piped.len == 0 || memcmp(piped.data, alone.data, piped.len) == 0))
		: alone.len == 0;
	if (!same)
		fprintf(stderr, "fast path differs: step %s on %.60s\n", name, text);
	CHECK(same);
	if (report.fixes > 0 && reports[index].fixes > 0)
	{
		CHECK_INT(reports[index].before_len, report.before_len);
		CHECK(report.before_len == 0 ||
			  memcmp(reports[index].before, report.before, report.before_len) == 0);
	}
	for (int i = 0; i < gr_repair_step_count; i++)
	{
		free(reports[i].before);
		free(reports[i].after);
	}
	free(report.before);
	free(report.after);
	gr_buf_free(&piped);
	gr_buf_free(&alone);
}

static void
check_all_steps(const char *text, size_t len)
{
	check_same("utf8_as_gbk", gr_step_utf8_as_gbk, text, len);
	check_same("gbk_big5", gr_step_gbk_big5, text, len);
	check_same("lost_bytes", gr_step_lost_bytes, text, len);
}

UNIT_SUITE(repair_fast_path_files)
{
	static const char *const files[] = {
		"repair/gwr_2012.gold.txt", "repair/gwr_2012.trad.txt", "repair/gwr_2012.ruby.txt",
		"repair/gwr_2012.entities.txt",
		"mojibake/repair/gwr_2021_wikisource.u8_as_gbk.txt",
		"mojibake/repair/gwr_2021_wikisource.u8_as_gbk_part.txt",
		"mojibake/repair/gwr_2021_wikisource.gbk_as_big5.txt",
		"mojibake/repair/gwr_2021_wikisource.kunkaola.txt",
		"mojibake/repair/gwr_2021_wikisource.double_utf8.txt",
		"mojibake/synthetic_zh.tsv", "mojibake/in_the_wild_zh.tsv",
	};

	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++)
	{
		size_t		len;
		char	   *text = unit_read_data(files[i], &len);

		CHECK(text != NULL);
		if (text == NULL)
			continue;
		check_all_steps(text, len);
		/* cut anywhere: a window of damage at the start, the end, alone */
		if (len > 6000)
		{
			check_all_steps(text + 1001, 3000);
			check_all_steps(text + len - 2501, 2501);
		}
		free(text);
	}
}

UNIT_SUITE(repair_fast_path_spliced)
{
	static const char *const clean =
		"国务院关于印发政府信息公开工作年度报告的通知，各省、自治区、直辖市人民政府。\n";
	static const char *const damage[] = {
		"鏀垮簻淇℃伅鍏紑宸ヤ綔",	/* UTF-8 read as GBK */
		"淉葬馱釬惆豢",			/* GBK read as Big5 */
		"锟斤拷锟斤拷",			/* lost bytes */
		"\xef\xbf\xbd\xef\xbf\xbd",
		"\xe4\x41\x42\xe4\xb8",	/* malformed: a lead without its bytes */
		"\xe2\xe4\xb8\xad\x80",
		"\xee\x80",
	};
	char		text[4096];

	for (size_t d = 0; d < sizeof(damage) / sizeof(damage[0]); d++)
		for (int copies = 0; copies < 3; copies++)
		{
			size_t		len = 0;

			for (int k = 0; k < copies; k++)
				len += (size_t) snprintf(text + len, sizeof(text) - len, "%s", clean);
			len += (size_t) snprintf(text + len, sizeof(text) - len, "%s", damage[d]);
			for (int k = 0; k < 2 - copies; k++)
				len += (size_t) snprintf(text + len, sizeof(text) - len, "%s", clean);
			check_all_steps(text, len);
			/* and cut one, two bytes short: a lead at the very end */
			check_all_steps(text, len - 1);
			check_all_steps(text, len - 2);
		}
}

/*
 * The spam step through gr_repair reads only the lines where the evidence
 * scan saw an anchor's start: the same result as on its own.  Every input
 * holds a spam pair (比分), so that the pipeline runs the step at all.
 */
UNIT_SUITE(repair_fast_path_spam)
{
	static const char *const lines[] = {
		"由北京市滚球体育app_188篮球比分-直播|官网:发展和改革委员会编制\n",
		"《国务院办公厅比分直播,篮球比分直播印发2015年要点的通知》\n",
		"365bet(中国)官方网站 2024年政府信息公开工作年度报告\n",
		"bob最新官网安徽省人民政府2018年政府信息公开工作报告\n",
		"亚洲国产成人精品久久久国产成人一区_韩日欧美一区_亚洲精品aⅴ中文字幕乱码\n",
		"人民政府2021年,beat365官方网站大全_旧版彩票365下载_mobile 365365051人民政府\n",
		"编制了《365在线体育_365足球体育亚洲版_365网站打不开了市交通运输局指南》\n",
		"市亚博体育官网_开云app下载人民政府办公室\n",
		"國產精品一區二區\n",
		"a365bet官网x188比分 CASINO娱乐 Leyu乐鱼 KAIYUN开云 dafa888\n",
		"全国人民代表大会常务委员会，2013年共办理建议1365件。\n",
		"国务院关于印发政府信息公开工作年度报告的通知。\n",
		"\xe4\x41\x42比分\xe4\xb8直播\n",
		"比\xe5\x88\n",
	};
	char		text[8192];
	size_t		n = sizeof(lines) / sizeof(lines[0]);

	for (size_t first = 0; first < n; first++)
		for (size_t count = 1; count <= 3; count++)
		{
			size_t		len = 0;

			len += (size_t) snprintf(text + len, sizeof(text) - len, "%s", "比分\n");
			for (size_t k = 0; k < count; k++)
				len += (size_t) snprintf(text + len, sizeof(text) - len, "%s",
										 lines[(first + k * 5) % n]);
			check_same("spam", gr_step_spam, text, len);
			check_same("spam", gr_step_spam, text + 7, len - 7);
		}
}

/* Brands at the very start of a text: the scan looks back no further than it. */
UNIT_SUITE(repair_fast_path_text_start)
{
	static const char *const texts[] = {
		"bet365比分", "xt比分", "5", "ab", "188比分直播", "a365bet比分", "1\n比分",
	};

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
	{
		size_t		len = strlen(texts[i]);
		char	   *text = malloc(len);	/* exactly the text: ASan sees a read before it */

		memcpy(text, texts[i], len);
		check_same("spam", gr_step_spam, text, len);
		check_same("lost_bytes", gr_step_lost_bytes, text, len);
		free(text);
	}
}
