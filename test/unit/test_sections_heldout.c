/*
 * test_sections_heldout.c
 *		The held-out SECTIONS gold (test/data/sections_heldout): every gold
 *		heading found with its level and heading, no extra row, on the
 *		clean texts; and on the damaged pages as users run them (the corpus
 *		text through the repair pipeline), the headings in order.  Then the
 *		rules written after that batch's first score, each with a case it
 *		fixes and one it must leave alone.
 */
#include "unit.h"
#include "../../src/gr_sections.h"
#include "../../src/gr_repair.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#define HELDOUT_DIR "sections_heldout"
#define MAX_GOLD 64

typedef struct GoldSection
{
	int			level;
	long		start;			/* code points */
	char		label[32];
	char		heading[512];
} GoldSection;

typedef struct Tally
{
	int			gold;
	int			found;
	int			level;
	int			heading;
	int			extra;
} Tally;

/* The gold rows of NAME.expected.tsv; -1 if it cannot be read. */
static int
read_gold(const char *name, GoldSection *gold)
{
	char		path[1024];
	size_t		len;
	char	   *tsv;
	char	   *line;
	char	   *save = NULL;
	int			n = 0;

	snprintf(path, sizeof(path), "%s/%s.expected.tsv", HELDOUT_DIR, name);
	tsv = unit_read_data(path, &len);
	if (!tsv)
		return -1;
	for (line = strtok_r(tsv, "\n", &save); line && n < MAX_GOLD; line = strtok_r(NULL, "\n", &save))
	{
		char	   *field[4];
		int			nf = 0;
		char	   *p = line;

		if (line[0] == '#')
			continue;
		while (nf < 4)
		{
			char	   *tab = strchr(p, '\t');

			field[nf++] = p;
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		if (nf < 4)
			continue;
		gold[n].level = atoi(field[0]);
		gold[n].start = atol(field[1]);
		snprintf(gold[n].label, sizeof(gold[n].label), "%s", field[2]);
		snprintf(gold[n].heading, sizeof(gold[n].heading), "%s", field[3]);
		n++;
	}
	free(tsv);
	return n;
}

static bool
same(const char *s, size_t len, const char *expected)
{
	return strlen(expected) == len && memcmp(s, expected, len) == 0;
}

/*
 * Clean text: each gold heading matched by the start of its label (within
 * one character, as score_gold.py does), then level and heading compared.
 */
static void
score_clean(const char *name, const GoldSection *gold, int ngold, Tally *t)
{
	char		path[1024];
	size_t		len;
	char	   *text;
	GrSection  *s;
	size_t		count;
	bool		used[512] = {false};

	snprintf(path, sizeof(path), "%s/%s.clean.txt", HELDOUT_DIR, name);
	text = unit_read_data(path, &len);
	CHECK(text != NULL);
	if (!text)
		return;
	CHECK(gr_sections_find(&gr_malloc_env, text, len, &s, &count) == GR_OK);
	t->gold += ngold;
	for (int g = 0; g < ngold; g++)
	{
		for (size_t k = 0; k < count && k < 512; k++)
		{
			long		at;

			if (used[k] || s[k].level == 0)
				continue;
			at = (long) gr_char_count(text, s[k].label_start);
			if (labs(at - gold[g].start) > 1)
				continue;
			used[k] = true;
			t->found++;
			t->level += s[k].level == gold[g].level;
			t->heading += same(s[k].heading, s[k].heading_len, gold[g].heading);
			if (s[k].level != gold[g].level ||
				!same(s[k].heading, s[k].heading_len, gold[g].heading))
				fprintf(stderr, "  %s: %s%s (level %d) -> %.*s (level %d)\n", name,
						gold[g].label, gold[g].heading, gold[g].level,
						(int) s[k].heading_len, s[k].heading, s[k].level);
			break;
		}
	}
	for (size_t k = 0; k < count && k < 512; k++)
		if (!used[k] && s[k].level > 0)
		{
			t->extra++;
			fprintf(stderr, "  %s: extra %.*s%.*s\n", name, (int) s[k].label_len, s[k].label,
					(int) s[k].heading_len, s[k].heading);
		}
	free(s);
	free(text);
}

/*
 * A damaged page as users run it: NAME.raw.txt through the repair pipeline,
 * then the finder.  The repaired page keeps what the clean text dropped
 * (site chrome, spam), so rows are matched on their labels in order.
 */
static void
score_raw(const char *name, const GoldSection *gold, int ngold, Tally *t)
{
	char		path[1024];
	size_t		len;
	char	   *raw;
	GrRepairOptions options = GR_REPAIR_DEFAULTS;
	GrBuf		out;
	bool		changed = false;
	GrSection  *s;
	size_t		count;
	size_t		next = 0;
	bool		used[512] = {false};

	snprintf(path, sizeof(path), "%s/%s.raw.txt", HELDOUT_DIR, name);
	raw = unit_read_data(path, &len);
	if (!raw)
		return;					/* the clean text is the corpus text */
	gr_buf_init(&out, &gr_malloc_env, 0);
	CHECK(gr_repair(&gr_malloc_env, raw, len, &options, &out, NULL, &changed) == GR_OK);
	/* nothing repaired: the page goes on as it is */
	CHECK(gr_sections_find(&gr_malloc_env, changed ? out.data : raw, changed ? out.len : len,
						   &s, &count) == GR_OK);
	t->gold += ngold;
	for (int g = 0; g < ngold; g++)
	{
		for (size_t k = next; k < count; k++)
		{
			if (s[k].level == 0 || !same(s[k].label, s[k].label_len, gold[g].label))
				continue;
			next = k + 1;
			if (k < 512)
				used[k] = true;
			t->found++;
			t->level += s[k].level == gold[g].level;
			t->heading += same(s[k].heading, s[k].heading_len, gold[g].heading);
			if (!same(s[k].heading, s[k].heading_len, gold[g].heading))
				fprintf(stderr, "  raw %s: %s%s -> %.*s\n", name, gold[g].label,
						gold[g].heading, (int) s[k].heading_len, s[k].heading);
			break;
		}
		if (next == 0 || !used[next - 1] || !same(s[next - 1].label, s[next - 1].label_len, gold[g].label))
			fprintf(stderr, "  raw %s: missed %s%s\n", name, gold[g].label, gold[g].heading);
	}
	for (size_t k = 0; k < count && k < 512; k++)
		if (!used[k] && s[k].level > 0)
		{
			t->extra++;
			fprintf(stderr, "  raw %s: extra %.*s%.*s\n", name, (int) s[k].label_len,
					s[k].label, (int) s[k].heading_len, s[k].heading);
		}
	free(s);
	gr_buf_free(&out);
	free(raw);
}

UNIT_SUITE(sections_heldout_fixtures)
{
	char		path[1024];
	DIR		   *dh;
	struct dirent *e;
	Tally		clean = {0},
				raw = {0};
	int			files = 0;

	snprintf(path, sizeof(path), "%s/%s", unit_data_dir(), HELDOUT_DIR);
	dh = opendir(path);
	CHECK(dh != NULL);
	if (!dh)
		return;
	while ((e = readdir(dh)) != NULL)
	{
		size_t		n = strlen(e->d_name);
		const char *suffix = ".expected.tsv";
		size_t		k = strlen(suffix);
		char		name[512];
		GoldSection gold[MAX_GOLD];
		int			ngold;

		if (n <= k || strcmp(e->d_name + n - k, suffix) != 0 || n - k >= sizeof(name))
			continue;
		memcpy(name, e->d_name, n - k);
		name[n - k] = '\0';
		ngold = read_gold(name, gold);
		CHECK(ngold >= 0);
		if (ngold < 0)
			continue;
		files++;
		score_clean(name, gold, ngold, &clean);
		score_raw(name, gold, ngold, &raw);
	}
	closedir(dh);

	/* the clean texts: all 80 headings, levels and headings right, no extra */
	CHECK_INT(files, 25);
	CHECK_INT(clean.gold, 80);
	CHECK_INT(clean.found, 80);
	CHECK_INT(clean.level, 80);
	CHECK_INT(clean.heading, 80);
	CHECK_INT(clean.extra, 0);

	/*
	 * The 19 damaged pages through repair: every heading in order with its
	 * level, no extra row; one heading wrong: (二)各。ㄗ灾螀^(qū)… of the GBK
	 * mojibake page, where repair leaves the lossy mojibake and its 。 ends
	 * the heading after 各.
	 */
	CHECK_INT(raw.gold, 59);
	CHECK_INT(raw.found, 59);
	CHECK_INT(raw.level, 59);
	CHECK_INT(raw.heading, 58);
	CHECK_INT(raw.extra, 0);
}

/*
 * Heading tree of text as "level label heading" joined by " / " (level 0:
 * "0 preamble").
 */
static const char *
tree(const char *text)
{
	static char out[4096];
	GrSection  *s;
	size_t		count;
	size_t		used = 0;

	out[0] = '\0';
	if (gr_sections_find(&gr_malloc_env, text, strlen(text), &s, &count) != GR_OK)
		return "STATUS";
	for (size_t k = 0; k < count && used < sizeof(out) - 1; k++)
	{
		if (s[k].level == 0)
			used += snprintf(out + used, sizeof(out) - used, "%s0 preamble", k ? " / " : "");
		else
			used += snprintf(out + used, sizeof(out) - used, "%s%d %.*s%.*s",
							 k ? " / " : "", s[k].level,
							 (int) s[k].label_len, s[k].label,
							 (int) s[k].heading_len, s[k].heading);
	}
	free(s);
	return out;
}

UNIT_SUITE(sections_heldout_rules)
{
	/*
	 * A numbered sentence at the start of a line is its own heading to its
	 * 。, however long (it was cut at the first comma past 80 characters).
	 */
	CHECK_STR(tree("二、组织领导和实施\n(一)地方各级人民政府办公厅(室)负责组织实施本行政区域的政府信息公开情况统计工作,确定统计范围内的单位名单,布置统计工作任务,汇总统计数据,逐级向上一级政府信息公开主管部门报送汇总统计情况。\n"),
			  "1 二、组织领导和实施 / 2 (一)地方各级人民政府办公厅(室)负责组织实施本行政区域的政府信息公开情况统计工作,确定统计范围内的单位名单,布置统计工作任务,汇总统计数据,逐级向上一级政府信息公开主管部门报送汇总统计情况");
	/* ... but a long line without 。 or ： is still cut at its first comma */
	CHECK_STR(tree("二、组织领导和实施\n(一)地方各级人民政府办公厅负责组织实施本行政区域的统计工作,确定统计范围内的单位名单,布置统计工作任务,汇总统计数据,逐级向上一级政府信息公开主管部门报送汇总统计情况\n"),
			  "1 二、组织领导和实施 / 2 (一)地方各级人民政府办公厅负责组织实施本行政区域的统计工作");
	/* ... and so is a long sentence after a label in the middle of a line */
	CHECK_STR(tree("二、组织领导和实施 (一)地方各级人民政府办公厅负责组织实施本行政区域的统计工作,确定统计范围内的单位名单,布置统计工作任务,汇总统计数据,逐级向上一级主管部门报送汇总统计情况。\n"),
			  "1 二、组织领导和实施 / 2 (一)地方各级人民政府办公厅负责组织实施本行政区域的统计工作");

	/*
	 * A scrape that joined the first heading of an excerpt to the paragraph
	 * before it: after 。, a short title closed by 。 with its paragraph
	 * after it on the line.
	 */
	CHECK_STR(tree("通知\n制定本格式,并根据情况变化适时更新。(四)明确责任。各行政机关分管政府信息公开工作的领导人员是第一责任人。\n附件:\n一、总体情况\n"),
			  "0 preamble / 2 (四)明确责任 / 1 一、总体情况");
	/* not a long clause (an item of a sentence, not a title) */
	CHECK_STR(tree("通知\n制定本格式,并根据情况变化适时更新。(四)各行政机关分管政府信息公开工作的领导人员是第一责任人。其他。\n"),
			  "0 preamble");
	/* not with a number in it, nor without a paragraph after it */
	CHECK_STR(tree("通知\n适时更新。(四)2021年度报告。各行政机关分管政府信息公开工作。\n"),
			  "0 preamble");
	CHECK_STR(tree("通知\n适时更新。(四)明确责任。\n"), "0 preamble");
	/* not below an accepted heading: there the sequence decides */
	CHECK_STR(tree("一、总体情况\n内容如下。(四)明确责任。各行政机关分管政府信息公开工作的领导人员是第一责任人。\n"),
			  "1 一、总体情况");
}

/*
 * Rules from the batch's script-made variant with every line break removed
 * (variants.py), each with a case it must leave alone.
 */
UNIT_SUITE(sections_flattened_rules)
{
	/*
	 * The first heading after a sentence whose end is only a guess (the
	 * first comma) is taken when the next number of its family follows.
	 */
	CHECK_STR(tree("现就有关事项通知如下:一、工作目标以统计促进建设、以统计改进管理、以统计加强监管,通过建立制度,推动形成机制。二、工作职责和任务(一)市政府办公厅负责组织实施统计工作。"),
			  "0 preamble / 1 一、工作目标以统计促进建设、以统计改进管理、以统计加强监管 / 1 二、工作职责和任务 / 2 (一)市政府办公厅负责组织实施统计工作");
	/* ... not without that next number */
	CHECK_STR(tree("现就有关事项通知如下:一、工作目标以统计促进建设、以统计改进管理、以统计加强监管,通过建立制度,推动形成机制。"),
			  "0 preamble");

	/*
	 * 统一、 after a word does not end the heading before it: a label of the
	 * same family after a word must continue the number to end a heading.
	 */
	CHECK_STR(tree("通知如下:一、工作目标以统计促进建设、以统计改进管理、以统计加强监管,通过建立“指标统一、项目规范”的制度,推动形成机制。二、工作职责和任务(一)市政府办公厅负责组织实施统计工作。"),
			  "0 preamble / 1 一、工作目标以统计促进建设、以统计改进管理、以统计加强监管 / 1 二、工作职责和任务 / 2 (一)市政府办公厅负责组织实施统计工作");
	/* ... while the next number after a word still does */
	CHECK_STR(tree("通知如下。一、基本信息二、组织机构我局设立了领导小组。"),
			  "0 preamble / 1 一、基本信息 / 1 二、组织机构");

	/* body words: 过去一年 (strong), 面对 and 各地 (after a long run) */
	CHECK_STR(tree("提出意见。一、2016年工作回顾过去一年，我国发展面临诸多矛盾叠加、风险隐患交汇的严峻挑战。二、2017年工作总体部署今年将召开中国共产党第十九次全国代表大会，是党和国家事业发展中具有重大意义的一年。三、2017年重点工作任务面对今年艰巨繁重的改革发展稳定任务，我们要通观全局、统筹兼顾。"),
			  "0 preamble / 1 一、2016年工作回顾 / 1 二、2017年工作总体部署 / 1 三、2017年重点工作任务");
	CHECK_STR(tree("一、总体\n内容。二、按时报送。内容。三、明确责任,严把质量各地各部门要高度重视,细化落实责任,高质量编发年报。出现问题的,严肃追究。\n"),
			  "1 一、总体 / 1 二、按时报送 / 1 三、明确责任,严把质量");
	/*
	 * A body that restates the heading (its first or last four characters
	 * again within two) starts there.
	 */
	CHECK_STR(tree("并根据情况变化适时更新。一、报告内容年度报告内容,要严格按照条例第五十条的规定确定,不能遗漏,也不宜泛化。(一)总体情况。这一项报告本机关政府信息公开工作总体情况。"),
			  "0 preamble / 1 一、报告内容 / 2 (一)总体情况");
	CHECK_STR(tree("通知如下:一、统计范围和内容统计范围:具有法定行政职能的部门。二、组织领导和实施(一)地方各级人民政府办公厅负责统计工作。"),
			  "0 preamble / 1 一、统计范围和内容 / 1 二、组织领导和实施 / 2 (一)地方各级人民政府办公厅负责统计工作");
	/* ... not a repeat further on, nor a word of the heading's middle */
	CHECK_STR(tree("适时更新。一、推进政务公开加强公开平台建设,提高公开质量和公开水平,全面落实条例要求和规定。\n"), "0 preamble");
	CHECK_STR(tree("一、推进政务公开加强公开平台建设\n内容。\n"), "1 一、推进政务公开加强公开平台建设");
	/* ... but not inside a short heading line */
	CHECK_STR(tree("一、面对面服务群众情况\n内容。\n二、各地经验\n内容。\n"),
			  "1 一、面对面服务群众情况 / 1 二、各地经验");
}
