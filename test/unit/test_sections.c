/*
 * test_sections.c
 *		Unit tests of gr_sections: each numbering style, each trap that is
 *		not a heading, inline headings, damaged numbering, raw scraped text
 *		(page markers, ruby, traditional characters) and the seed report.
 */
#include "unit.h"
#include "../../src/gr_sections.h"

#include <stdlib.h>

/*
 * The tree of text as one line per section: "level label heading"
 * (level 0: "0 preamble"), joined by " / ".  With topics when asked.
 */
static const char *
tree(const char *text, bool topics)
{
	static char out[8192];
	GrSection  *s;
	size_t		count;
	size_t		used = 0;
	GrStatus	status;

	out[0] = '\0';
	status = gr_sections_find(&gr_malloc_env, text, strlen(text), &s, &count);
	if (status != GR_OK)
	{
		snprintf(out, sizeof(out), "STATUS%d", (int) status);
		return out;
	}
	for (size_t k = 0; k < count && used < sizeof(out) - 1; k++)
	{
		const char *topic = gr_topic_name(s[k].topic);

		if (s[k].level == 0)
			used += snprintf(out + used, sizeof(out) - used, "%s0 preamble",
							 k ? " / " : "");
		else
			used += snprintf(out + used, sizeof(out) - used, "%s%d %.*s%.*s%s%s",
							 k ? " / " : "", s[k].level,
							 (int) s[k].label_len, s[k].label,
							 (int) s[k].heading_len, s[k].heading,
							 topics ? " " : "",
							 topics ? (topic ? topic : "-") : "");
	}
	free(s);
	return out;
}

/* The body of section ord (1-based) of text. */
static const char *
body_of(const char *text, int ord)
{
	static char out[1024];
	GrSection  *s;
	size_t		count;

	out[0] = '\0';
	if (gr_sections_find(&gr_malloc_env, text, strlen(text), &s, &count) != GR_OK)
		return "STATUS";
	if (ord >= 1 && (size_t) ord <= count)
		snprintf(out, sizeof(out), "%.*s",
				 (int) (s[ord - 1].body_end - s[ord - 1].body_start),
				 text + s[ord - 1].body_start);
	free(s);
	return out;
}

UNIT_SUITE(sections_gbt_levels)
{
	CHECK_STR(tree("一、总体情况\n（一）主动公开\n1.规章\n（1）数量\n①本年\n②上年\n（2）质量\n2.文件\n（二）依申请公开\n二、主动公开政府信息情况\n", false),
			  "1 一、总体情况 / 2 （一）主动公开 / 3 1.规章 / 4 （1）数量 / 5 ①本年 / 5 ②上年 / 4 （2）质量 / 3 2.文件 / 2 （二）依申请公开 / 1 二、主动公开政府信息情况");
	/* ASCII brackets, 1、 and 1． */
	CHECK_STR(tree("一、概述\n(一)组织\n1、机构\n2、人员\n(二)制度\n1．流程\n", false),
			  "1 一、概述 / 2 (一)组织 / 3 1、机构 / 3 2、人员 / 2 (二)制度 / 3 1．流程");
	/* 1) for (1) */
	CHECK_STR(tree("一、概述\n1.机构\n1)人员\n内容。\n2)经费\n内容。\n", false),
			  "1 一、概述 / 2 1.机构 / 3 1)人员 / 3 2)经费");
	/* a document whose top level is 1、 has level 1 there */
	CHECK_STR(tree("1、总体情况\n内容。\n（1）主动公开\n内容。\n2、主动公开政府信息情况\n", false),
			  "1 1、总体情况 / 2 （1）主动公开 / 1 2、主动公开政府信息情况");
	/* chapters and sections */
	CHECK_STR(tree("第一章 总则\n第一节 目的\n内容。\n第二节 范围\n第二章 公开\n", false),
			  "1 第一章总则 / 2 第一节目的 / 2 第二节范围 / 1 第二章公开");
	/* numbers above ten */
	CHECK_STR(tree("十、其他\n十一、附则\n十二、附表\n", false),
			  "1 十、其他 / 1 十一、附则 / 1 十二、附表");
}

UNIT_SUITE(sections_heading_ends)
{
	/* heading to the first 。 or ： when the body follows on its line */
	CHECK_STR(tree("一、总体情况\n(一)主动公开方面。一是加大力度。\n(二)依申请公开方面：全年受理5件。\n", false),
			  "1 一、总体情况 / 2 (一)主动公开方面 / 2 (二)依申请公开方面");
	CHECK_STR(body_of("一、总体情况\n(一)主动公开方面。一是加大力度。\n", 2), "一是加大力度。");
	/* a heading sentence runs to its 。 (ANNOTATION.md), commas and all */
	CHECK_STR(tree("（一）坚持稳中求进工作总基调，着力创新和完善宏观调控，经济运行保持在合理区间。我们实施积极的财政政策。\n", false),
			  "1 （一）坚持稳中求进工作总基调，着力创新和完善宏观调控，经济运行保持在合理区间");
	/* a heading line with commas keeps them */
	CHECK_STR(tree("（一）加强和改善宏观调控，遏制物价过快上涨。\n我们实施积极的财政政策。\n", false),
			  "1 （一）加强和改善宏观调控，遏制物价过快上涨");
	/* inline: the heading runs into its body with no punctuation */
	CHECK_STR(tree("如有疑问,请联系办公室。一、基本信息我局一贯重视政府信息公开工作,扎实推进。", false),
			  "0 preamble / 1 一、基本信息");
	CHECK_STR(body_of("如有疑问,请联系办公室。一、基本信息我局一贯重视政府信息公开工作。", 2),
			  "我局一贯重视政府信息公开工作。");
	CHECK_STR(tree("一、概述\n(一)切实加强组织领导2015年,市政府进一步加强对政府信息公开工作的领导。\n", false),
			  "1 一、概述 / 2 (一)切实加强组织领导");
	CHECK_STR(tree("三、依法申请政府信息公开2000年,我局受理了61件申请。四、咨询和处理一年来,我们补充了新闻媒体。", false),
			  "1 三、依法申请政府信息公开 / 1 四、咨询和处理");
	/* a heading ended by the next label */
	CHECK_STR(tree("二、主动公开政府信息(一)信息披露内容根据目录,我局公开9项。", false),
			  "1 二、主动公开政府信息 / 2 (一)信息披露内容");
	/* flattened text: after a closing bracket, 一是 starts the body */
	CHECK_STR(tree("(电话:22068832)一、总体情况根据条例要求开展工作。(一)建立健全工作机制一是强化组织领导。二、主动公开政府信息情况截至年底公开52条。", false),
			  "0 preamble / 1 一、总体情况 / 2 (一)建立健全工作机制 / 1 二、主动公开政府信息情况");
	/* a flattened excerpt that starts at 二、 of a report */
	CHECK_STR(tree("顺利开展。二、主动公开政府信息情况截至2010年底,我局公开52条。", false),
			  "0 preamble / 1 二、主动公开政府信息情况");
	/* ... but not at a numbered point of a notice */
	CHECK_STR(tree("适时更新。(四)明确责任。各行政机关负责。\n一、总体情况\n", false),
			  "0 preamble / 1 一、总体情况");
	/* spaces between a heading and its body in flattened text */
	CHECK_STR(tree("报告如下。 一、总体情况 2023年,街道党工委认真贯彻落实区委的部署。", false),
			  "0 preamble / 1 一、总体情况");
	/* a spaced-out title keeps its spaces */
	CHECK_STR(tree("一、概 述\n内容。\n", false), "1 一、概 述");
}

UNIT_SUITE(sections_damaged_numbering)
{
	/* (a) for (一), (2) for （二）, 四. for 四、 */
	CHECK_STR(tree("一、基本信息\n(a)组织领导\n内容。\n(2)制度建设\n内容。\n二、主动公开\n三、依申请公开\n四.咨询和处理\n内容。\n", false),
			  "1 一、基本信息 / 2 (a)组织领导 / 2 (2)制度建设 / 1 二、主动公开 / 1 三、依申请公开 / 1 四.咨询和处理");
	/* bare numbers when the siblings run 1, 2, 3 */
	CHECK_STR(tree("七、存在问题及改进措施1领导重视,组织健全,是有力保障。局领导高度重视。2建立制度,加强管理,是重要保证。我局建立了制度。3落实措施,按时公开,是主要推手。", false),
			  "1 七、存在问题及改进措施 / 2 1领导重视,组织健全,是有力保障 / 2 2建立制度,加强管理,是重要保证 / 2 3落实措施,按时公开,是主要推手");
	/* a lone bare number is a quantity, not a label */
	CHECK_STR(tree("一、概述\n我局共有5名工作人员。3人为兼职。\n", false), "1 一、概述");
	/* the same style used for two levels: 1、 restarting below 1、 */
	CHECK_STR(tree("1、 总体情况\n报告如下:\n1、 主动公开。内容。\n2、 依申请公开。内容。\n2、 主动公开政府信息情况\n", false),
			  "1 1、总体情况 / 2 1、主动公开 / 2 2、依申请公开 / 1 2、主动公开政府信息情况");
	/* ... and the next top-level 2、 after a single 1、 below 1、 */
	CHECK_STR(tree("1、 总体情况\n报告如下:\n1、 主动公开。内容。\n2、 主动公开政府信息情况\n", false),
			  "1 1、总体情况 / 2 1、主动公开 / 1 2、主动公开政府信息情况");
	/* an excerpt that starts inside 三、: its (一)… lie one level below 四、 */
	CHECK_STR(tree("通知\n(一)受理情况。内容。\n(二)办理情况。内容。\n四、收费及减免情况\n五、行政复议情况\n", false),
			  "0 preamble / 2 (一)受理情况 / 2 (二)办理情况 / 1 四、收费及减免情况 / 1 五、行政复议情况");
	/* an excerpt that starts at 四、 */
	CHECK_STR(tree("Page 9\n四、政府信息公开行政复议、行政诉讼情况\n内容。\n五、存在的主要问题及改进情况\n", false),
			  "0 preamble / 1 四、政府信息公开行政复议、行政诉讼情况 / 1 五、存在的主要问题及改进情况");
}

UNIT_SUITE(sections_not_headings)
{
	/* page markers of document viewers */
	CHECK_STR(tree("一、总体情况\n为确保中华人民共和国政府信息公开条例全面实施,我局完善了领导\n2、小组。我局还投资4500元购置了一些必要的信息公开办公设备\n3、,为工作提供了便利条件,进一步加强了我局的信息化建设。\n二、主动公开\n", false),
			  "1 一、总体情况 / 1 二、主动公开");
	/* a heading split by a page marker is joined again */
	CHECK_STR(tree("一、概述\n我局认真贯彻落实条例的各项要求并取得成效\n2、明显。二、年度工作取得的经验、存在\n3、问题及改进措施\n内容。\n", false),
			  "1 一、概述 / 1 二、年度工作取得的经验、存在问题及改进措施");
	/* a label split by a page marker is whole again, and a real 3、 later
	 * is no page marker although 2、 was one */
	CHECK_STR(tree("一、总体情况\n我局认真贯彻落实条例的各项要求并取得了明显的成效\n2、，工作运行正常。\n(\n3、一)公开形式\n我局主要通过网站和公开栏发布各类政府信息\n4、。\n1、网站\n内容。\n2、公开栏\n内容。\n3、其他\n内容。\n", false),
			  "1 一、总体情况 / 2 (一)公开形式 / 3 1、网站 / 3 2、公开栏 / 3 3、其他");
	/* 一是…二是… */
	CHECK_STR(tree("一、总体情况\n一是强化组织领导。二是完善制度。三是加强培训。\n", false),
			  "1 一、总体情况");
	/* numbered items inside a sentence */
	CHECK_STR(tree("一、总体情况\n主要内容包括：1.机构职能；2.法规文件；3.工作动态。\n", false),
			  "1 一、总体情况");
	/* ... and on their own lines after a line that ends with ： */
	CHECK_STR(tree("一、总体情况\n主要内容包括：\n1.机构职能；\n2.法规文件；\n3.工作动态。\n二、主动公开\n", false),
			  "1 一、总体情况 / 1 二、主动公开");
	CHECK_STR(tree("一、总体情况\n公开的信息有：\n1.政府信息公开指南\n2.政府信息公开目录\n二、主动公开\n", false),
			  "1 一、总体情况 / 1 二、主动公开");
	/* but headings with paragraphs after "如下：" or after a colon are headings */
	CHECK_STR(tree("现将工作情况报告如下:\n(一)主动公开情况\n内容。\n(二)依申请公开情况\n内容。\n", false),
			  "0 preamble / 1 (一)主动公开情况 / 1 (二)依申请公开情况");
	/* tables of contents: dot leaders, and a comma-joined line */
	CHECK_STR(tree("目录\n一、总体情况.............. 1\n二、主动公开政府信息情况 ...... 10\n一、总体情况\n内容。\n", false),
			  "0 preamble / 1 一、总体情况");
	CHECK_STR(tree("一、概述,(一)注重重点推进。,(二)注重开拓创新。,二、主动公开政府信息情况,(一)主动公开范围,\n一、概述\n内容。\n", false),
			  "0 preamble / 1 一、概述");
	/* row labels of flattened tables */
	CHECK_STR(tree("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 58 | 7 | 66 |\n二、上年结转政府信息公开申请数量 | 2 | 0 | 2 |\n三、本年度办理结果 | (一)予以公开 | 2 | 1 | 3 |\n", false),
			  "1 三、收到和处理政府信息公开申请情况");
	CHECK_STR(tree("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n|\n3\n|\n二、上年结转政府信息公开申请数量\n|\n0\n|\n", false),
			  "1 三、收到和处理政府信息公开申请情况");
	CHECK_STR(tree("三、收到和处理政府信息公开申请情况\n四、结转下年度继续办理 0 0 0 0 0 0 0\n四、政府信息公开行政复议、行政诉讼情况\n", false),
			  "1 三、收到和处理政府信息公开申请情况 / 1 四、政府信息公开行政复议、行政诉讼情况");
	/* 第二十条第(一)项 */
	CHECK_STR(tree("二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 | 本年制发件数 |\n", false),
			  "1 二、主动公开政府信息情况");
	/* dates and numbers */
	CHECK_STR(tree("一、概述\n2、3月份开展了培训。\n1.5万条信息已公开。\n一、二、三级文件均已公开。\n", false),
			  "1 一、概述");
	/* numerals inside words: 统一、 第一、 */
	CHECK_STR(tree("一、概述\n我局坚持统一、规范的原则,做到第一、时间公开。\n", false),
			  "1 一、概述");
}

UNIT_SUITE(sections_raw_text)
{
	/* traditional characters and flattened ruby: topics still found */
	CHECK_STR(tree("一、總體情況\n內容。\n二、主動(dòng)公開政府信息情況\n三、收到和處(chǔ)理政府信息公開申請(qǐng)情況\n", true),
			  "1 一、總體情況 overview / 1 二、主動公開政府信息情況 proactive / 1 三、收到和處理政府信息公開申請情況 requests");
	/* fullwidth digits and brackets, U+3000 indentation */
	CHECK_STR(tree("\u3000\u3000一、概述\n\u3000\u3000（一）组织领导\n\u3000\u3000１．机构\n", false),
			  "1 一、概述 / 2 （一）组织领导 / 3 １．机构");
	/* CRLF line ends */
	CHECK_STR(tree("一、概述\r\n（一）组织\r\n内容。\r\n", false), "1 一、概述 / 2 （一）组织");
}

UNIT_SUITE(sections_topics)
{
	CHECK_STR(tree("一、总体情况\n（一）主动公开\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n", true),
			  "1 一、总体情况 overview / 2 （一）主动公开 overview / 1 二、主动公开政府信息情况 proactive / 1 三、收到和处理政府信息公开申请情况 requests / 1 四、政府信息公开行政复议、行政诉讼情况 appeals / 1 五、存在的主要问题及改进情况 problems / 1 六、其他需要报告的事项 other");
	CHECK_STR(tree("一、概述\n二、主动公开政府信息的情况\n三、依申请公开政府信息和不予公开政府信息的情况\n四、政府信息公开的收费及减免情况\n五、政府信息公开咨询处理情况\n六、因政府信息公开申请行政复议、提起行政诉讼的情况\n七、政府信息公开工作存在的主要问题和改进措施\n八、其他需要报告的事项\n", true),
			  "1 一、概述 overview / 1 二、主动公开政府信息的情况 proactive / 1 三、依申请公开政府信息和不予公开政府信息的情况 requests / 1 四、政府信息公开的收费及减免情况 fees / 1 五、政府信息公开咨询处理情况 consultation / 1 六、因政府信息公开申请行政复议、提起行政诉讼的情况 appeals / 1 七、政府信息公开工作存在的主要问题和改进措施 problems / 1 八、其他需要报告的事项 other");
	CHECK_STR(tree("一、2018年工作回顾\n", true), "1 一、2018年工作回顾 -");
}

UNIT_SUITE(sections_positions)
{
	const char *text = "标题\n一、概述\n内容一。\n（一）组织\n内容二。\n二、公开\n内容三。";
	GrSection  *s;
	size_t		count;

	CHECK_INT(gr_sections_find(&gr_malloc_env, text, strlen(text), &s, &count), GR_OK);
	CHECK_INT(count, 4);
	if (count == 4)
	{
		/* the preamble */
		CHECK_INT(s[0].level, 0);
		CHECK_INT(s[0].start, 0);
		CHECK_INT(s[0].end, strlen("标题\n"));
		CHECK(s[0].heading == NULL);
		/* 一、 ends where 二、 starts, its body before （一） */
		CHECK_INT(s[1].start, strlen("标题\n"));
		CHECK_INT(s[1].end, strstr(text, "二、") - text);
		CHECK_INT(s[1].body_start, strstr(text, "内容一") - text);
		CHECK_INT(s[1].body_end, strstr(text, "（一）") - text - 1);
		CHECK_INT(s[2].parent, 2);
		CHECK_INT(s[2].end, strstr(text, "二、") - text);
		CHECK_INT(s[3].parent, 0);
		CHECK_INT(s[3].end, strlen(text));
		CHECK_INT(s[3].number, 2);
		/* the innermost section of an offset */
		CHECK_INT(gr_sections_at(s, count, 0), 0);
		CHECK_INT(gr_sections_at(s, count, strstr(text, "内容二") - text), 2);
		CHECK_INT(gr_sections_at(s, count, strstr(text, "内容三") - text), 3);
	}
	free(s);

	/* the same first heading again and again: siblings, not ever deeper */
	CHECK_STR(tree("一、标题\n一、标题\n一、标题\n", false), "1 一、标题 / 1 一、标题 / 1 一、标题");

	/* nothing, and text without headings */
	CHECK_INT(gr_sections_find(&gr_malloc_env, "", 0, &s, &count), GR_OK);
	CHECK_INT(count, 0);
	free(s);
	CHECK_STR(tree("只有一段文字,没有标题。", false), "0 preamble");
	CHECK_STR(tree("  \n ", false), "");
}


UNIT_SUITE(sections_seed)
{
	size_t		len;
	char	   *text = unit_read_data("seed.txt", &len);
	static const char *const expected[] = {
		"一、", "(a)", "1.", "2.", "(2)", "1.", "2.", "二、", "(一)", "(2)", "1.",
		"2.", "3.", "三、", "四.", "五、", "六、", "七、", "1", "2", "3"
	};
	static const int levels[] = {1, 2, 3, 3, 2, 3, 3, 1, 2, 2, 3, 3, 3, 1, 1, 1, 1, 1, 2, 2, 2};
	GrSection  *s;
	size_t		count;

	CHECK(text != NULL);
	if (!text)
		return;
	CHECK_INT(gr_sections_find(&gr_malloc_env, text, len, &s, &count), GR_OK);
	CHECK_INT(count, 22);
	if (count == 22)
	{
		CHECK_INT(s[0].level, 0);
		for (int k = 0; k < 21; k++)
		{
			char		label[16];

			snprintf(label, sizeof(label), "%.*s",
					 (int) s[k + 1].label_len, s[k + 1].label);
			CHECK_STR(label, expected[k]);
			CHECK_INT(s[k + 1].level, levels[k]);
		}
		/* the heading split by page marker 8、 is whole again */
		CHECK_INT(s[18].heading_len, strlen("年度政府信息公開工作取得的經驗、存在問題及改進措施"));
		CHECK(memcmp(s[18].heading, "年度政府信息公開工作取得的經驗、存在問題及改進措施",
					 s[18].heading_len) == 0);
		CHECK_INT(s[18].topic, GR_TOPIC_PROBLEMS);
		/* ruby pinyin is left out of headings */
		CHECK(memcmp(s[2].heading, "組織領導和團隊建設", s[2].heading_len) == 0);
	}
	free(s);
	free(text);
}

UNIT_SUITE(sections_linear)
{
	/* long runs of one character and many tiny sections stay fast */
	size_t		n = 400000;
	char	   *text = malloc(n * 4 + 16);
	GrSection  *s;
	size_t		count,
				len = 0;

	for (size_t k = 0; k < n; k++)
		text[len++] = '(';
	CHECK_INT(gr_sections_find(&gr_malloc_env, text, len, &s, &count), GR_OK);
	free(s);
	len = 0;
	for (size_t k = 0; k < n / 8; k++)
	{
		memcpy(text + len, "1.\xE6\x96\x87\n", 6);	/* 1.文 */
		len += 6;
	}
	CHECK_INT(gr_sections_find(&gr_malloc_env, text, len, &s, &count), GR_OK);
	free(s);
	len = 0;
	for (size_t k = 0; k < n / 4; k++)
	{
		memcpy(text + len, "(\xE4\xB8\x80)", 5);	/* (一) on one line */
		len += 5;
	}
	CHECK_INT(gr_sections_find(&gr_malloc_env, text, len, &s, &count), GR_OK);
	free(s);
	free(text);
}

UNIT_SUITE(sections_view_paths)
{
	/* the view's tight loop and the ruby pass's gates (outputs as before) */
	GrSection  *s;
	size_t		count;
	char		many[1024];
	size_t		used = 0;

	/* ruby left out; letters in brackets that are not ruby kept */
	CHECK_STR(tree("一、领(lǐng)导重视\n正文。\n二、网站(www.gov.cn)建设\n正文。\n", false),
			  "1 一、领导重视 / 1 二、网站(www.gov.cn)建设");
	/* ruby after a bracket that is not ruby */
	CHECK_STR(tree("一、网站（www.gov.cn）建设\n二、领(lǐng)导重视\n", false),
			  "1 一、网站（www.gov.cn）建设 / 1 二、领导重视");
	/* tabs, CRLF, a run of tabs */
	CHECK_STR(tree("一、总体情况\r\n\t正文\t内容。\r\n二、主动公开\r\n\t\t\t\t\t\t\t\t\t\t\t\t内容。\r\n", true),
			  "1 一、总体情况 overview / 1 二、主动公开 proactive");
	CHECK_INT(gr_sections_find(&gr_malloc_env, "一、总体情况\r\n\t正文\t内容。\r\n",
							   strlen("一、总体情况\r\n\t正文\t内容。\r\n"), &s, &count), GR_OK);
	CHECK_INT(count, 1);
	CHECK_INT(s[0].heading_end, 18);
	CHECK_INT(s[0].body_start, 21);
	free(s);
	/* fullwidth digits */
	CHECK_STR(tree("１．领导重视\n内容。\n２．制度建设\n内容。\n", false),
			  "1 １．领导重视 / 1 ２．制度建设");
	/* more bracketed letters than the pass keeps gates for, then ruby */
	for (int k = 0; k < 40; k++)
		used += snprintf(many + used, sizeof(many) - used, "字(abc%d)", k);
	snprintf(many + used, sizeof(many) - used, "\n一、领(ling)导重视\n正文。\n二、报bào告\n");
	CHECK_STR(tree(many, false), "0 preamble / 1 一、领导重视 / 1 二、报告");

	/*
	 * every kind of character the tight loop takes (emoji, halfwidth kana,
	 * no-break space, soft hyphen, extensions A and B, a malformed byte, a
	 * zero-width space): headings and positions as with plain text, soft
	 * hyphen and zero-width space left out of the headings
	 */
	{
		const char *mixed = "一、总体情况😀\n内容ｱｲ\u00a0\u00ad。\n二、主动\u00ad公开\n"
			"内容\u3400\U00020000\xff。\n三、其他\u200b事项\n";

		CHECK_STR(tree(mixed, false), "1 一、总体情况😀 / 1 二、主动公开 / 1 三、其他事项");
		CHECK_INT(gr_sections_find(&gr_malloc_env, mixed, strlen(mixed), &s, &count), GR_OK);
		CHECK_INT(count, 3);
		if (count == 3)
		{
			CHECK_INT(s[1].start, strstr(mixed, "二、") - mixed);
			CHECK_INT(s[2].start, strstr(mixed, "三、") - mixed);
			CHECK_INT(s[0].body_start, strstr(mixed, "内容ｱｲ") - mixed);
		}
		free(s);
	}
	/* a BOM, U+FE50, sequences cut short before a line break and at the end */
	CHECK_STR(tree("\xef\xbb\xbf一、概述\n内容\xef\xb9\x90结束。\n", false), "1 一、概述");
	CHECK_STR(tree("一、总体情况\n\xf0\x9f\x98\n二、公开\n\xe4\xb8\n", false),
			  "1 一、总体情况 / 1 二、公开");
}

/*
 * Digit labels wherever the view notes the end of a number (View's
 * digit_ends): after a run of ASCII that ends in a digit, at '.' or ')'
 * after one, after a fullwidth digit, with a character left out between
 * the number and what follows (CR, soft hyphen, zero-width space), after
 * table rows whose numbers are no labels, and across the view's blocks of
 * 4096 bytes.  The candidate scan stops at no other digit.
 */
UNIT_SUITE(sections_digit_labels)
{
	char		text[4400];

	CHECK_STR(tree("一、总体情况\n规章 | 54 | 0 | 0 |\n1.领导重视\n内容。\n"
				   "2.制度建设\n内容 | 12 | 3 |\n", false),
			  "1 一、总体情况 / 2 1.领导重视 / 2 2.制度建设");
	CHECK_STR(tree("一、工作情况\n1、领导重视\n内容。\n2、制度建设\n内容。\n", false),
			  "1 一、工作情况 / 2 1、领导重视 / 2 2、制度建设");
	CHECK_STR(tree("一、工作情况\n(1)领导重视\n内容。\n(2)制度建设\n内容。\n1)其他\n", false),
			  "1 一、工作情况 / 2 (1)领导重视 / 2 (2)制度建设 / 3 1)其他");
	CHECK_STR(tree("一、工作情况\n１、领导重视\n内容。\n２．制度建设\n内容。\n", false),
			  "1 一、工作情况 / 2 １、领导重视 / 2 ２．制度建设");
	CHECK_STR(tree("一、工作情况\n1\r.领导重视\r\n内容。\r\n2\u200b.制度建设\r\n内容。\r\n", false),
			  "1 一、工作情况 / 2 1.领导重视 / 2 2.制度建设");
	CHECK_STR(tree("一、工作情况\n1领导重视，内容。\n2制度建设，内容。\n3队伍建设，内容。\n", false),
			  "1 一、工作情况 / 2 1领导重视，内容 / 2 2制度建设，内容 / 2 3队伍建设，内容");
	CHECK_STR(tree("一、工作情况\n1\u00ad领导重视，内容。\n2\u200b制度建设，内容。\n"
				   "3队伍建设，内容。\n", false),
			  "1 一、工作情况 / 2 1领导重视，内容 / 2 2制度建设，内容 / 2 3队伍建设，内容");
	/* numbers that start no label: years, cells, three digits, decimals */
	CHECK_STR(tree("一、情况\n2020年 12 | 123. 45 1234.领导\n12.5% 0 0\n", false),
			  "1 一、情况");

	/* the second label's number on either side of the first block's end */
	for (int shift = 0; shift < 24; shift++)
	{
		size_t		used = (size_t) snprintf(text, sizeof(text), "一、工作情况\n1.领导重视\n");

		for (; used < 4080 + (size_t) shift; used++)
			text[used] = used % 2 ? '-' : '=';
		snprintf(text + used, sizeof(text) - used, "\n2.制度建设\n内容。\n");
		CHECK_STR(tree(text, false), "1 一、工作情况 / 2 1.领导重视 / 2 2.制度建设");
	}
}

/*
 * gr_sections_bounds: the rows of gr_sections_find, their place in the
 * tree alone (ord, parent, level, number, topic, start, end, label_start),
 * on the seed report (page markers, ruby), a traditional one and a
 * table-heavy one.
 */
UNIT_SUITE(sections_bounds)
{
	static const char *const files[] = {"seed.txt", "sections/2010_dizhenju_trad_misconv.txt",
	"tables/2023_district_tongjiju_slashnull.txt"};

	for (size_t f = 0; f < sizeof(files) / sizeof(files[0]); f++)
	{
		size_t		len;
		char	   *text = unit_read_data(files[f], &len);
		GrSection  *full,
				   *bounds;
		size_t		nfull,
					nbounds;

		CHECK(text != NULL);
		if (!text)
			continue;
		CHECK_INT(gr_sections_find(&gr_malloc_env, text, len, &full, &nfull), GR_OK);
		CHECK_INT(gr_sections_bounds(&gr_malloc_env, text, len, &bounds, &nbounds), GR_OK);
		CHECK_INT(nbounds, nfull);
		CHECK(nfull > 3);
		for (size_t k = 0; k < nfull && k < nbounds; k++)
		{
			CHECK_INT(bounds[k].ord, full[k].ord);
			CHECK_INT(bounds[k].parent, full[k].parent);
			CHECK_INT(bounds[k].level, full[k].level);
			CHECK_INT(bounds[k].number, full[k].number);
			CHECK_INT(bounds[k].topic, full[k].topic);
			CHECK_INT(bounds[k].start, full[k].start);
			CHECK_INT(bounds[k].end, full[k].end);
			CHECK_INT(bounds[k].label_start, full[k].label_start);
			CHECK(bounds[k].heading == NULL && bounds[k].heading_len == 0);
			CHECK(bounds[k].label == NULL && bounds[k].body_end == 0);
		}
		free(full);
		free(bounds);
		free(text);
	}
}
