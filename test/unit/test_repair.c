/*
 * test_repair.c
 *		Unit tests of the repair pipeline and its text-level steps: per step
 *		a positive case (the damage is undone) and negative ones (clean text
 *		and look-alikes stay byte for byte), then the pipeline on copied dev
 *		pairs (test/data/repair).
 */
#include "unit.h"

#include <dirent.h>
#include <stdlib.h>

#include "gr_repair.h"

/* Run one step on a C string; the result (the input itself if untouched). */
static char *
run_step(GrRepairStep step, const char *input, int *fixes)
{
	GrBuf		out;
	GrStepReport report = {0, NULL, 0, NULL, 0};
	char	   *result;
	GrStatus	status;

	gr_buf_init(&out, &gr_malloc_env, 0);
	status = step(&gr_malloc_env, input, strlen(input), &out, &report);
	CHECK_INT(status, GR_OK);
	if (report.fixes > 0)
	{
		result = malloc(out.len + 1);
		memcpy(result, out.data, out.len);
		result[out.len] = '\0';
	}
	else
	{
		CHECK_INT(out.len, 0);
		result = strdup(input);
	}
	if (fixes)
		*fixes = report.fixes;
	gr_buf_free(&out);
	free(report.before);
	free(report.after);
	return result;
}

/* Check that a step turns input into expected. */
#define STEP_GIVES(step, input, expected) \
	do { \
		char *got_ = run_step(step, input, NULL); \
		CHECK_STR(got_, expected); \
		free(got_); \
	} while (0)

/* Check that a step leaves input alone (no fix, no copy). */
#define STEP_KEEPS(step, input) \
	do { \
		int fixes_ = -1; \
		char *got_ = run_step(step, input, &fixes_); \
		CHECK_INT(fixes_, 0); \
		CHECK_STR(got_, input); \
		free(got_); \
	} while (0)

/* The whole pipeline with options; returns the repaired text. */
static char *
repair_with(const char *input, size_t len, const GrRepairOptions *options, GrStepReport *reports)
{
	GrBuf		out;
	bool		changed = true;
	char	   *result;
	GrStatus	status;

	gr_buf_init(&out, &gr_malloc_env, 0);
	status = gr_repair(&gr_malloc_env, input, len, options, &out, reports, &changed);
	CHECK_INT(status, GR_OK);
	if (changed)
	{
		result = malloc(out.len + 1);
		memcpy(result, out.data, out.len);
		result[out.len] = '\0';
	}
	else
	{
		CHECK_INT(out.len, 0);
		result = malloc(len + 1);
		memcpy(result, input, len);
		result[len] = '\0';
	}
	gr_buf_free(&out);
	return result;
}

static char *
repair(const char *input)
{
	return repair_with(input, strlen(input), NULL, NULL);
}

#define REPAIR_GIVES(input, expected) \
	do { \
		char *got_ = repair(input); \
		CHECK_STR(got_, expected); \
		free(got_); \
	} while (0)

static void
free_reports(GrStepReport *reports)
{
	for (int i = 0; i < gr_repair_step_count; i++)
	{
		free(reports[i].before);
		free(reports[i].after);
	}
}

UNIT_SUITE(repair_entities)
{
	STEP_GIVES(gr_step_entities, "国务院总理&nbsp;温家宝", "国务院总理 温家宝");
	STEP_GIVES(gr_step_entities, "全&#22269;各族&#x4eba;民", "全国各族人民");
	STEP_GIVES(gr_step_entities, "&ldquo;十二五&rdquo; &amp; R&amp;D", "\u201c十二五\u201d & R&D");
	STEP_GIVES(gr_step_entities, "第一段<br>第二段<br/>", "第一段\n第二段");
	STEP_GIVES(gr_step_entities, "<p>正文<span style=\"x\">内容</span></p>\n", "正文内容\n");
	STEP_GIVES(gr_step_entities, "前<!-- 注释 -->后", "前后");
	/* look-alikes stay */
	STEP_KEEPS(gr_step_entities, "R&D投入增长, A&B公司");
	STEP_KEEPS(gr_step_entities, "&#0; &#xD800; &unknown; &#;");
	STEP_KEEPS(gr_step_entities, "若 a<b 且 c>d, 则 <100> 与 <汉字>");
	STEP_KEEPS(gr_step_entities, "国务院总理 温家宝");
	/* junk tags of hijacked pages, known or not, go */
	STEP_GIVES(gr_step_entities, "<legend id=\"h4sia\"></legend>指南<samp id=\"x\"></samp>", "指南");
	STEP_KEEPS(gr_step_entities, "见<附件>与<abc>");
}

UNIT_SUITE(repair_page_markers)
{
	char		text[4096];
	char		expected[4096];
	const char *para = "过去的一年,面对复杂多变的国际政治经济环境和艰巨繁重的国内改革发展任务,全国各族人民在中国共产党领导下,"
		"同心同德,团结奋进,改革开放和社会主义现代化建设取得新的重大成就";

	snprintf(text, sizeof text, "1、\n标题\n%s\n2、,同心同德%s\n3、团结奋进。\n", para, para);
	snprintf(expected, sizeof expected, "\n标题\n%s,同心同德%s团结奋进。\n", para, para);
	STEP_GIVES(gr_step_page_markers, text, expected);

	/* a numbered list after finished sentences is no page marker */
	snprintf(text, sizeof text, "1、%s。\n2、%s。\n3、%s。\n", para, para, para);
	STEP_KEEPS(gr_step_page_markers, text);
	/* nor a list of short headings */
	STEP_KEEPS(gr_step_page_markers, "1、主动公开情况\n2、依申请公开情况\n3、收费情况\n");
	STEP_KEEPS(gr_step_page_markers, "没有标记的正文。\n");
}

UNIT_SUITE(repair_page_furniture)
{
	STEP_GIVES(gr_step_page_furniture, "国内生产总值达\n第 1 页 共 7 页\n到67.7万亿元。\n",
			   "国内生产总值达到67.7万亿元。\n");
	STEP_GIVES(gr_step_page_furniture, "一段话。\n— 5 —\n\n下一段。\n", "一段话。\n\n下一段。\n");
	STEP_GIVES(gr_step_page_furniture, "一段话。\n- 3 -\n　　下一段。\n", "一段话。\n　　下一段。\n");
	STEP_GIVES(gr_step_page_furniture, "Page 9 - 2020年报_审计局\nP. 9\n正文\n", "正文\n");
	STEP_GIVES(gr_step_page_furniture, "Page 2 - 省交通运输厅2019年度政府信息公开工作年度报告\nP. 2\n目录\n", "目录\n");
	STEP_KEEPS(gr_step_page_furniture, "Page 2 shows the 省交通运输厅2019年度政府信息公开工作年度报告 and more.\nPages 2 - 5\n");
	STEP_KEEPS(gr_step_page_furniture, "第3页的内容\n第三章 总则\n- 项目一\n3 - 5 人\n");
	STEP_GIVES(gr_step_page_furniture, "第1页共18页XX市政府工作报告\n", "XX市政府工作报告\n");
	STEP_KEEPS(gr_step_page_furniture, "—— 2012年3月5日\n");
}

UNIT_SUITE(repair_line_wraps)
{
	const char *wrapped =
		"2016政府工作报告\n\n"
		"　　过去一年，我国发展面临多重困难和严峻挑战。在以习\n"
		"近平同志为总书记的党中央坚强领导下，全国各族人民以坚\n"
		"定的信心和非凡的勇气，攻坚克难，开拓进取，经济社会发\n"
		"展稳中有进、稳中有好，完成了全年主要目标任务，改革开\n"
		"放和社会主义现代化建设取得新的重大成就。国内生产总值\n"
		"达到67.7万亿元，增长6.9%，在世界主要经济体中位居前列\n"
		"。粮食产量实现十二连增，居民消费价格涨幅保持较低水平。\n\n"
		"　　一、2015年工作回顾\n";
	char	   *got = run_step(gr_step_line_wraps, wrapped, NULL);

	CHECK(strstr(got, "在以习近平同志") != NULL);
	CHECK(strstr(got, "国内生产总值达到67.7万亿元") != NULL);
	CHECK(strstr(got, "位居前列。粮食") != NULL);
	CHECK(strstr(got, "2016政府工作报告\n\n") != NULL);
	CHECK(strstr(got, "\n\n　　一、2015年工作回顾\n") != NULL);
	free(got);

	/* a title broken inside 政府信息公开 is joined; agency name / title stays */
	STEP_GIVES(gr_step_line_wraps, "西咸新区底张街道办事处2023年度政府\n信息公开工作年度报告\n正文。\n",
			   "西咸新区底张街道办事处2023年度政府信息公开工作年度报告\n正文。\n");
	STEP_KEEPS(gr_step_line_wraps, "乌海市工业和信息化局\n2019年政府信息公开工作年度报告\n正文。\n");
	STEP_KEEPS(gr_step_line_wraps, "政府工作报\n告\n\n正文。\n");
	/* a table of contents is no wrapped text */
	STEP_KEEPS(gr_step_line_wraps,
			   "第一部分 前言 .............................................. 1\n"
			   "第二部分 释义 .............................................. 3\n"
			   "第三部分 基金的基本情况..................................... 8\n"
			   "第四部分 基金份额的发售.................................... 10\n"
			   "第五部分 基金备案 ......................................... 12\n"
			   "第六部分 基金份额的申购与赎回 ............................. 13\n"
			   "第七部分 基金合同当事人及权利义务 ......................... 21\n");
	/* a number and its unit are one, in any text */
	STEP_GIVES(gr_step_line_wraps, "公开信息\n5928\n条。\n", "公开信息\n5928条。\n");
	STEP_KEEPS(gr_step_line_wraps, "细颗粒物（PM\n2.5\n）浓度\n");
	/* a text typed a paragraph a line, with short header lines, stays */
	STEP_KEEPS(gr_step_line_wraps,
			   "侯水利〔2011〕47号 签发人:林振东\n"
			   "根据《中华人民共和国政府信息公开条例》有关规定,现将本局2010年政府信息公开工作情况报告如下。\n"
			   "一、工作情况概况\n"
			   "推进政府信息公开是深入推行政务公开,转变政府职能的重要措施。\n"
			   "二、主动公开政府信息情况\n"
			   "截至2010年底,我局主动公开政府信息历年累计52条。\n"
			   "三、依申请公开情况\n"
			   "本年度未收到申请。\n");
	/* English lines of a bilingual text are not joined */
	STEP_KEEPS(gr_step_line_wraps,
			   "Delivered at the Second Session of the Sixteenth Beijing Municipal\n"
			   "People's Congress on January 21, 2024\n");
}

UNIT_SUITE(repair_ruby)
{
	STEP_GIVES(gr_step_ruby, "2012政府工作報(bào)告", "2012政府工作報告");
	STEP_GIVES(gr_step_ruby, "第十一屆（jiè）全國（guó）人民", "第十一屆全國人民");
	STEP_GIVES(gr_step_ruby, "第十一屆jiè全國guó人民代表大會huì第五次", "第十一屆全國人民代表大會第五次");
	STEP_GIVES(gr_step_ruby, "中華人民共和(he)(he)國(guo)政(zheng)(zheng)府(fu)(fu)",
			   "中華人民共和國政府");
	STEP_GIVES(gr_step_ruby, "我們(men)要", "我們要");
	STEP_GIVES(gr_step_ruby, "辦(ban)公(gong)廳(室(shi)):", "辦公廳(室):");
	STEP_GIVES(gr_step_ruby, "綠(lǜ)色", "綠色");
	/* polyphones: a toned syllable in brackets goes even if not the usual reading */
	STEP_GIVES(gr_step_ruby, "銀行(háng)", "銀行");
	/* ruby of a character lost to mojibake goes too */
	STEP_GIVES(gr_step_ruby, "占国内生产?(zǒng)值比重，协调发展。s(suō)小差距", "占国内生产?值比重，协调发展。s小差距");
	STEP_KEEPS(gr_step_ruby, "是吗?(a)选项, Müller(Max)先生, why?(zhe)");
	/* brackets that are not ruby stay */
	STEP_KEEPS(gr_step_ruby, "常见问题(FAQ)与解答(a)组织领导(2)制度建设");
	STEP_KEEPS(gr_step_ruby, "组织(a)领导, 设(b)项, 人工智能(AI)应用");
	STEP_KEEPS(gr_step_ruby, "政府(government)和市场(market)");
	STEP_KEEPS(gr_step_ruby, "在app中下载, 用wifi上网, 中国bank");
	STEP_KEEPS(gr_step_ruby, "2012政府工作报告");
}

UNIT_SUITE(repair_script)
{
	GrRepairOptions options = GR_REPAIR_DEFAULTS;
	GrBuf		out;
	GrStepReport report = {0, NULL, 0, NULL, 0};
	const char *mainland = "中華人民共和國政府信息公開條例全麵實施,谘詢答複,完善法定製度,著力提高,發佈著名報告。";
	const char *taiwan = "行政院資訊公開,立法院審議預算,臺灣地區政府資訊公開法。";
	const char *simplified = "显著提高,著名作家,中华人民共和国政府信息公开条例。";

	gr_buf_init(&out, &gr_malloc_env, 0);
	CHECK_INT(gr_step_script(&gr_malloc_env, mainland, strlen(mainland), &options, &out, &report), GR_OK);
	CHECK(report.fixes > 0);
	gr_buf_append_char(&out, '\0');
	CHECK_STR(out.data, "中华人民共和国政府信息公开条例全面实施,咨询答复,完善法定制度,着力提高,发布著名报告。");
	free(report.before);
	free(report.after);
	report.before = report.after = NULL;
	gr_buf_free(&out);

	/* auto keeps a genuine Taiwan text; hans converts it; keep keeps all */
	gr_buf_init(&out, &gr_malloc_env, 0);
	CHECK_INT(gr_step_script(&gr_malloc_env, taiwan, strlen(taiwan), &options, &out, &report), GR_OK);
	CHECK_INT(report.fixes, 0);
	options.script = GR_SCRIPT_HANS;
	CHECK_INT(gr_step_script(&gr_malloc_env, taiwan, strlen(taiwan), &options, &out, &report), GR_OK);
	CHECK(report.fixes > 0);
	gr_buf_append_char(&out, '\0');
	CHECK_STR(out.data, "行政院资讯公开,立法院审议预算,台湾地区政府资讯公开法。");
	free(report.before);
	free(report.after);
	report.before = report.after = NULL;
	gr_buf_free(&out);
	gr_buf_init(&out, &gr_malloc_env, 0);
	options.script = GR_SCRIPT_KEEP;
	CHECK_INT(gr_step_script(&gr_malloc_env, mainland, strlen(mainland), &options, &out, &report), GR_OK);
	CHECK_INT(report.fixes, 0);

	/* Taiwan vocabulary in a converted mainland document comes back */
	{
		const char *converted = "上海市人民政府辦公廳通過“中國上海”入口網站公開行政規範性檔案43件,人事任免檔案142件,市檔案館開放。";

		options.script = GR_SCRIPT_AUTO;
		gr_buf_init(&out, &gr_malloc_env, 0);
		CHECK_INT(gr_step_script(&gr_malloc_env, converted, strlen(converted), &options, &out, &report), GR_OK);
		gr_buf_append_char(&out, '\0');
		CHECK_STR(out.data, "上海市人民政府办公厅通过“中国上海”门户网站公开行政规范性文件43件,人事任免文件142件,市档案馆开放。");
		free(report.before);
		free(report.after);
		report.before = report.after = NULL;
		gr_buf_free(&out);
		gr_buf_init(&out, &gr_malloc_env, 0);
	}

	/* more of the converters' Taiwan words, only in a mainland document */
	REPAIR_GIVES("在全國巨觀環境下,市人民政府建設資料庫和伺服器,配備印表機和行動電話。",
				 "在全国宏观环境下,市人民政府建设数据库和服务器,配备打印机和移动电话。");
	REPAIR_GIVES("行政院在巨觀環境下建設資料庫。", "行政院在巨觀環境下建設資料庫。");
	REPAIR_GIVES("市人民政府最佳化營商環境,發展網際網路產業。", "市人民政府优化营商环境,发展互联网产业。");
	REPAIR_GIVES("行政院最佳化營商環境,發展網際網路產業。", "行政院最佳化營商環境,發展網際網路產業。");
	REPAIR_GIVES("市人民政府选择最佳化肥用量。", "市人民政府选择最佳化肥用量。");

	/* simplified text with 著 stays under auto */
	options.script = GR_SCRIPT_AUTO;
	CHECK_INT(gr_step_script(&gr_malloc_env, simplified, strlen(simplified), &options, &out, &report), GR_OK);
	CHECK_INT(report.fixes, 0);
	CHECK_INT(out.len, 0);
	gr_buf_free(&out);

	{
		GrScript	script;

		CHECK(gr_script_from_name("AUTO", 4, &script) && script == GR_SCRIPT_AUTO);
		CHECK(gr_script_from_name("hans", 4, &script) && script == GR_SCRIPT_HANS);
		CHECK(gr_script_from_name("keep", 4, &script) && script == GR_SCRIPT_KEEP);
		CHECK(!gr_script_from_name("hant", 4, &script));
	}
	CHECK_INT(gr_simplify_char(0x570B), 0x56FD);	/* 國 -> 国 */
	CHECK_INT(gr_simplify_char(0x56FD), 0x56FD);
	CHECK_INT(gr_simplify_char('A'), 'A');
}

UNIT_SUITE(repair_width)
{
	STEP_GIVES(gr_step_width, "２0１２年增长９．２%，ＧＤＰ与ｇｄｐ，５．２％", "2012年增长9.2%，GDP与gdp，5.2%");
	STEP_KEEPS(gr_step_width, "47．2万亿元，脚ｏ拷");
	/* Chinese punctuation, fullwidth brackets, U+3000, curly quotes stay */
	STEP_KEEPS(gr_step_width, "（一）　“十二五”：规划，完成。％！？");
	STEP_KEEPS(gr_step_width, "2012年");
}

UNIT_SUITE(repair_spaced_headings)
{
	STEP_GIVES(gr_step_spaced_headings, "概 述\n正文。\n", "概述\n正文。\n");
	STEP_GIVES(gr_step_spaced_headings, "　　前　言\n", "　　前言\n");
	STEP_GIVES(gr_step_spaced_headings, "政 府 工 作 报 告\n", "政府工作报告\n");
	/* a spaced name, words with spaces, table rows stay */
	STEP_KEEPS(gr_step_spaced_headings, "国务院总理\n李　强\n");
	STEP_KEEPS(gr_step_spaced_headings, "国务院总理 温家宝\n2010 年 1 月\n");
	STEP_KEEPS(gr_step_spaced_headings, "结 结 其 尚\n果 果 他 未 总 计\n");
}

UNIT_SUITE(repair_chrome)
{
	STEP_GIVES(gr_step_chrome,
			   "版权说明：本文档由用户提供并上传，收益归属内容提供方\n文档简介\n政府信息公开工作年度报告\n正文。\n"
			   "温馨提示\n- 1. 本站所有资源如无特殊说明\n- 2. 本站的文档不包含\n最新文档\n- 2024年度工作总结范文\n评论\n0/150\n提交评论",
			   "政府信息公开工作年度报告\n正文。\n");
	/* the same in traditional script */
	STEP_GIVES(gr_step_chrome, "版權說明:本文檔由用戶提供\n文檔簡介\n報告\n", "報告\n");
	STEP_GIVES(gr_step_chrome, "当前位置:首页 > 政务公开 > 年报\n标题\n【打印本页】 【关闭窗口】\n",
			   "标题\n");
	STEP_GIVES(gr_step_chrome, "标题\n发布时间:2011-03-25\n正文。\n", "标题\n正文。\n");
	STEP_GIVES(gr_step_chrome, "公务安全邮箱登录 | 政务服务门户登录 | \n文章来源:中央政府网 发布时间:2020-11-26\n正文。\n",
			   "正文。\n");
	STEP_GIVES(gr_step_chrome, "选择特殊符号\n选择搜索类型\n请输入搜索\n一、总体情况\n", "一、总体情况\n");
	STEP_GIVES(gr_step_chrome, "标题\n\n字号:\n\n  正文。\n", "标题\n\n  正文。\n");
	STEP_GIVES(gr_step_chrome, "正文。\n主办:某市人民政府办公室 京ICP备05070218号 网站标识码1100000088\n发布日期：2021-03-01\n",
			   "正文。\n");
	STEP_KEEPS(gr_step_chrome, "©2024 国务院办公厅 版权所有\n");
	/* site names, link bars, pagination links, attachment links, welcome bars */
	STEP_GIVES(gr_step_chrome, "法搜网--中国法律信息搜索网\n某市通知\n正文。\n", "某市通知\n正文。\n");
	STEP_GIVES(gr_step_chrome, "今天是:\n欢迎访问马关县人民政府门户网\n无障碍浏览 长者模式\n标题\n",
			   "标题\n");
	STEP_GIVES(gr_step_chrome, "正文。\n第 [1] [2] [3] 页 共[4]页\n上面法规内容为部分内容,如果要查看全文请点击此处:查看全文\n【发表评论】 【互动社区】\n",
			   "正文。\n");
	STEP_GIVES(gr_step_chrome, "正文。\n\n唐村镇2010年政府信息公开工作年度报告.pdf\n\n附件1.DOCX\n\n结尾。\n",
			   "正文。\n\n结尾。\n");
	STEP_GIVES(gr_step_chrome, "标题\n发表日期:2024-01-26 15:35:23 发布机构:政务服务管理局\n正文。\n附件列表", "标题\n正文。\n");
	/* layout-table residue: long runs of '|', the lone '|' lines between them */
	STEP_GIVES(gr_step_chrome, "索引号: | 2024-00001 |\n年度报告 | ||||||||||||||||||||\n|\n||||||||||||||||||||||||\n|\n根据条例。\n",
			   "索引号: | 2024-00001 |\n年度报告\n根据条例。\n");
	/* a table's empty cells, colspan residue and single links stay */
	STEP_KEEPS(gr_step_chrome, "信息内容 | 本年制发件数 |\n||||||||\n|\n规章 | 0 | 0 |\n| | | |\n");
	STEP_KEEPS(gr_step_chrome, "【2019】马关县交通运输局2019年政府信息公开工作年度报告\n[1]参见附件。\n");
	STEP_KEEPS(gr_step_chrome, "欢迎访问团一行来我市考察,双方就网络建设交换了意见。\n中国政府网\n");
	STEP_KEEPS(gr_step_chrome, "今天是全市政务公开日。\n详见附件:2023年报.pdf、2022年报.pdf。\n");
	STEP_KEEPS(gr_step_chrome, "第 [1] 项 已完成\n点击量29131次,可在网站查看全文。本年度政府信息公开工作取得了较好成效,群众满意度持续提升。\n");
	/* page metadata: rows of two fields, blocks of three single fields; a title field stays */
	STEP_GIVES(gr_step_chrome, "索 引 号 | 014416330/2018-04736 | 分 类 | 年报 综合政务,文秘工作 其他 |\n"
			   "发布机构 | 市政府办 | 发文日期 | 2018-02-28 |\n文 号 | 有 效 性 |\n根据条例。\n", "根据条例。\n");
	STEP_GIVES(gr_step_chrome, "标题\n索引号 620702074/2024-00047 发文字号 某某号\n关键词 发布机构 政务服务管理局\n"
			   "公开形式 责任部门\n生成日期 2024-01-26 15:35:23 是否有效\n\n正文。\n", "标题\n\n正文。\n");
	STEP_GIVES(gr_step_chrome, "索 引 号:\n信息分类: 政府信息公开年报\n发布机构:\n发布日期: 2024-01-26 14:34\n"
			   "标题: 某街道2023年报告\n文号:\n时效:\n\n正文。\n", "标题: 某街道2023年报告\n\n正文。\n");
	STEP_GIVES(gr_step_chrome, "成文日期: 2021-09-26 發布日期: 2021-09-29 有效性: 有效\n信息名称 | 某通知\n正文。\n",
			   "信息名称 | 某通知\n正文。\n");
	/* a title field goes when the title follows it */
	STEP_GIVES(gr_step_chrome, "索引号 | 2024-00047 | 文号 | 无 |\n名称: 某街道2023年报告\n\n  某街道2023年报告\n正文。\n",
			   "\n  某街道2023年报告\n正文。\n");
	STEP_KEEPS(gr_step_chrome, "名称: 某街道2023年报告\n某街道2023年报告\n正文。\n");
	STEP_GIVES(gr_step_chrome, "索引号 | 2024-00047 | 文号 | 无 |\n名称: 某街道2023年报告\n某街道2023年报告(修订)\n",
			   "名称: 某街道2023年报告\n某街道2023年报告(修订)\n");
	/* a title printed twice at the head: the first copy goes */
	STEP_GIVES(gr_step_chrome, "某市人民政府办公厅关于做好统计工作的通知\n来源:其他 发布时间:2020-01-10\n"
			   "某市人民政府办公厅关于\n做好统计工作的通知\n渝府办发〔2014〕151号\n",
			   "某市人民政府办公厅关于\n做好统计工作的通知\n渝府办发〔2014〕151号\n");
	STEP_GIVES(gr_step_chrome, "\n2024年政府信息公开工作年度报告\n\n2024年政府信息公开工作年度报告\n正文。\n",
			   "\n\n2024年政府信息公开工作年度报告\n正文。\n");
	STEP_KEEPS(gr_step_chrome, "2024年政府信息公开工作年度报告\n2024年政府信息公开工作年度报告显示,全年公开信息。\n");
	STEP_KEEPS(gr_step_chrome, "2024年政府信息公开工作年度报告\n2024年政府\n\n信息公开工作年度报告\n");
	STEP_KEEPS(gr_step_chrome, "正文。\n2024年政府信息公开工作年度报告\n2024年政府信息公开工作年度报告\n");
	STEP_KEEPS(gr_step_chrome, "一是加强组织。二是完善制度。\n一是加强组织。二是完善制度。\n");
	STEP_KEEPS(gr_step_chrome, "一、总体情况说明\n一、总体情况说明\n");
	STEP_KEEPS(gr_step_chrome, "行政复议 | 结果维持\n行政复议 | 结果维持\n");
	STEP_KEEPS(gr_step_chrome, "(一)主动公开情况\n(一)主动公开情况\n");
	/* a channel's name over the title, a site's name over a breadcrumb, a channel's name after the text */
	STEP_GIVES(gr_step_chrome, "政府信息公开\n福州市晋安区2016年政府信息公开工作年度报告\n正文。\n",
			   "福州市晋安区2016年政府信息公开工作年度报告\n正文。\n");
	STEP_GIVES(gr_step_chrome, "珠海市审计局\n当前位置:首页 > 政务公开 > 通知公告\n\n关于审计工作的报告\n正文。\n",
			   "\n关于审计工作的报告\n正文。\n");
	STEP_GIVES(gr_step_chrome, "正文。\n\n年度报告.pdf\n\n政府信息公开年报\n", "正文。\n");
	STEP_KEEPS(gr_step_chrome, "政府信息公开\n工作年度报告\n正文。\n");
	STEP_KEEPS(gr_step_chrome, "政府信息公开\n正文。\n");
	STEP_KEEPS(gr_step_chrome, "福州市晋安区2016年政府信息公开工作年度报告\n正文。\n政府信息公开\n一、概述\n");
	STEP_KEEPS(gr_step_chrome, "珠海市审计局\n关于审计工作的报告\n");
	STEP_GIVES(gr_step_chrome, "2016年珠海市审计局\n当前位置:首页 > 通知公告\n正文。\n", "2016年珠海市审计局\n正文。\n");
	STEP_GIVES(gr_step_chrome, "珠海市审计工作报告\n当前位置:首页 > 通知公告\n正文。\n", "珠海市审计工作报告\n正文。\n");
	/* a row of empty cells outside a table goes; inside one it stays */
	STEP_GIVES(gr_step_chrome, "标题\n\n| | | |\n\n一、总体情况\n", "标题\n\n\n一、总体情况\n");
	STEP_KEEPS(gr_step_chrome, "规章 | 0 | 0 |\n| | | |\n\n一、总体情况\n");
	STEP_KEEPS(gr_step_chrome, "标题\n| | | |\n规章 | 0 | 0 |\n");
	STEP_KEEPS(gr_step_chrome, "| | | |\n正文。\n");
	/* single fields outside a block, sentences, table rows and text that mentions chrome words stay */
	STEP_KEEPS(gr_step_chrome, "国办发〔2014〕32号\n文号: 国办发〔2014〕32号\n正文。\n");
	STEP_KEEPS(gr_step_chrome, "关键词：政府信息公开\n分类 | 本年新制作数量 | 本年新公开数量 |\n正文。\n");
	STEP_KEEPS(gr_step_chrome, "发布机构 由办公室 统一审核 发布机构 的 信息 全部 公开。\n");
	STEP_KEEPS(gr_step_chrome, "公开形式 多样化 公开范围 进一步扩大 群众 满意 度 提高 明显\n");
	STEP_KEEPS(gr_step_chrome, "信息内容 | 本年制发件数 | 本年废止件数 |\n规章 | 0 | 0 |\n");
	STEP_KEEPS(gr_step_chrome, "索 引 号 | 014416330 | 发布机构 | 市政府办 | 单位 | 某某局 | 地址 | 某路 | 电话 | 123 | 邮编 | 456 |\n");
	STEP_KEEPS(gr_step_chrome, "公众可通过评论、留言等方式参与。\n上一篇文章提到的问题已经解决。我们将继续改进。此处是一句足够长的正文以免被当作网页导航而删除掉的情况发生在这里。\n");
}

UNIT_SUITE(repair_spam)
{
	STEP_GIVES(gr_step_spam, "由北京市滚球体育app_188篮球比分-直播|官网:发展和改革委员会编制",
			   "由北京市发展和改革委员会编制");
	STEP_GIVES(gr_step_spam, "《国务院办公厅比分直播,篮球比分直播印发2015年要点的通知》",
			   "《国务院办公厅关于印发2015年要点的通知》");
	STEP_GIVES(gr_step_spam, "国务院办公厅比分直播,篮球比分直播印发2015年要点", "国务院办公厅印发2015年要点");
	STEP_GIVES(gr_step_spam, "《六安市人民政府比分直播,篮球比分直播2014年度自评总结》", "《六安市人民政府2014年度自评总结》");
	STEP_GIVES(gr_step_spam, "《条例》和北京市比分直播,篮球比分直播印发的通知", "《条例》和北京市印发的通知");
	STEP_GIVES(gr_step_spam, "365bet(中国)官方网站 2024年政府信息公开工作年度报告",
			   "2024年政府信息公开工作年度报告");
	STEP_GIVES(gr_step_spam, "bob最新官网安徽省人民政府2018年政府信息公开工作报告",
			   "安徽省人民政府2018年政府信息公开工作报告");
	STEP_GIVES(gr_step_spam, "亚洲国产成人精品久久久国产成人一区_韩日欧美一区_亚洲精品aⅴ中文字幕乱码\n\n公务邮箱",
			   "\n公务邮箱");
	STEP_GIVES(gr_step_spam, "人民政府2021年,beat365官方网站大全_旧版彩票365下载_mobile 365365051人民政府",
			   "人民政府2021年,人民政府");
	STEP_GIVES(gr_step_spam, "编制了《365在线体育_365足球体育亚洲版_365网站打不开了市交通运输局指南》",
			   "编制了《市交通运输局指南》");
	STEP_GIVES(gr_step_spam, "市亚博体育官网_开云app下载人民政府办公室", "市人民政府办公室");
	STEP_GIVES(gr_step_spam, "國產精品一區二區\n報告", "報告");
	STEP_GIVES(gr_step_spam, "威廉希尔体育政务公开政务服务领导小组办公室关于认真做好年报的通知",
			   "政务公开政务服务领导小组办公室关于认真做好年报的通知");
	STEP_GIVES(gr_step_spam, "市金宝博体育app下载人民政府", "市人民政府");
	/* ordinary words that spam also uses stay */
	STEP_KEEPS(gr_step_spam, "威廉先生来访,体育电竞产业,银河系研究,葡萄酒产业。");
	STEP_KEEPS(gr_step_spam, "金沙县人民政府,银河系,社会福利,三级医院,体育彩票公益金。");
	STEP_KEEPS(gr_step_spam, "全年365天,国家统计局,1880万人,13650元,一区两园,中文版。");
	STEP_KEEPS(gr_step_spam, "国产C919大型客机,精品课程,中国足球,官方网站下载年报。");
	STEP_KEEPS(gr_step_spam, "2024年体育彩票公益金使用情况");
}

/* gr_step_dropped with or without a mirror's ruby seen before */
static char *
run_dropped(const char *input, bool mirrored, int *fixes)
{
	GrRepairOptions options = GR_REPAIR_DEFAULTS;
	GrBuf		out;
	GrStepReport report = {0, NULL, 0, NULL, 0};
	char	   *result;

	options.mirrored = mirrored;
	gr_buf_init(&out, &gr_malloc_env, 0);
	CHECK_INT(gr_step_dropped(&gr_malloc_env, input, strlen(input), &options, &out, &report), GR_OK);
	*fixes = report.fixes;
	if (report.fixes > 0)
	{
		result = malloc(out.len + 1);
		memcpy(result, out.data, out.len);
		result[out.len] = '\0';
	}
	else
		result = strdup(input);
	gr_buf_free(&out);
	free(report.before);
	free(report.after);
	return result;
}

#define DROPPED_GIVES(input, mirrored, expected) \
	do { \
		int fixes_; \
		char *got_ = run_dropped(input, mirrored, &fixes_); \
		CHECK_STR(got_, expected); \
		free(got_); \
	} while (0)

UNIT_SUITE(repair_dropped)
{
	/* document numbers whose 〕 and 号 a mirror dropped */
	DROPPED_GIVES("国办公开办函〔202130\n各省", false, "国办公开办函〔2021〕30号\n各省");
	DROPPED_GIVES("(皖政办〔201523号)", false, "(皖政办〔2015〕23号)");
	/* dates whose 年 月 日 it dropped: only in a mirror's document, one reading */
	DROPPED_GIVES("办公室\n\n2021926\n\n", true, "办公室\n\n2021年9月26日\n\n");
	DROPPED_GIVES("办公室\n20191231\n", true, "办公室\n2019年12月31日\n");
	DROPPED_GIVES("办公室\n2021926\n", false, "办公室\n2021926\n");
	DROPPED_GIVES("办公室\n2021111\n", true, "办公室\n2021111\n");	/* 1/11 or 11/1 */
	DROPPED_GIVES("电话\n2021999\n13317459538\n", true, "电话\n2021999\n13317459538\n");
	/* the fixed phrase with a filtered name or 中国 */
	DROPPED_GIVES("以习新时代中国特色社会主义思想为指导", false, "以习近平新时代中国特色社会主义思想为指导");
	DROPPED_GIVES("坚持以习近平新时代特色社会主义思想为指导", false,
				  "坚持以习近平新时代中国特色社会主义思想为指导");
	/* what is written so stays */
	DROPPED_GIVES("国办公开办函〔2021〕30号,〔2021〕,〔20213〕,〔1234567〕", false,
				  "国办公开办函〔2021〕30号,〔2021〕,〔20213〕,〔1234567〕");
	DROPPED_GIVES("以习近平新时代中国特色社会主义思想为指导,学习新时代的要求,新时代文明实践", false,
				  "以习近平新时代中国特色社会主义思想为指导,学习新时代的要求,新时代文明实践");
	DROPPED_GIVES("全年收到申请\n2021926\n", false, "全年收到申请\n2021926\n");
	DROPPED_GIVES("深入学习新时代中国特色社会主义思想", false, "深入学习新时代中国特色社会主义思想");
	DROPPED_GIVES("深入学习习新时代中国特色社会主义思想", false, "深入学习习近平新时代中国特色社会主义思想");
}

UNIT_SUITE(repair_pipeline)
{
	GrStepReport reports[32];
	GrRepairOptions options = GR_REPAIR_DEFAULTS;
	const char *clean = "2012政府工作报告\n\n国务院总理 温家宝\n\n（一）　“十二五”规划。2010 年 1 月\n";
	const char *damaged = "版權說明:本文檔由用戶提供\n文檔簡介\n2012政府工作報(bào)告&nbsp;２０１２\n";
	char	   *got;

	CHECK(gr_repair_step_count <= 32);
	CHECK_INT(gr_repair_step_index("ruby", 4), 9);
	CHECK_INT(gr_repair_step_index("nope", 4), -1);

	/* clean text: no step fires, nothing is copied */
	got = repair_with(clean, strlen(clean), &options, reports);
	CHECK_STR(got, clean);
	for (int i = 0; i < gr_repair_step_count; i++)
		CHECK_INT(reports[i].fixes, 0);
	free(got);
	free_reports(reports);

	got = repair_with(damaged, strlen(damaged), &options, reports);
	CHECK_STR(got, "2012政府工作报告 2012\n");
	CHECK_INT(reports[gr_repair_step_index("ruby", 4)].fixes, 1);
	CHECK_STR(reports[gr_repair_step_index("ruby", 4)].before, "報(bào)");
	CHECK_STR(reports[gr_repair_step_index("ruby", 4)].after, "報");
	CHECK_INT(reports[gr_repair_step_index("chrome", 6)].fixes, 2);
	free(got);
	free_reports(reports);

	/* switched off: ruby and boilerplate stay */
	CHECK(gr_repair_disable_group(&options, "ruby"));
	CHECK(gr_repair_disable_group(&options, "boilerplate"));
	CHECK(!gr_repair_disable_group(&options, "nope"));
	options.script = GR_SCRIPT_KEEP;
	got = repair_with(damaged, strlen(damaged), &options, NULL);
	CHECK_STR(got, "版權說明:本文檔由用戶提供\n文檔簡介\n2012政府工作報(bào)告 2012\n");
	free(got);

	/* empty and odd input */
	REPAIR_GIVES("", "");
	REPAIR_GIVES("\xff\xfe(", "\xff\xfe(");
	REPAIR_GIVES("(((((((((((", "(((((((((((");
}

/* Read a file of test/data/repair; NULL when missing. */
static char *
read_data(const char *name, size_t *len)
{
	char		path[512];
	char	   *data;

	snprintf(path, sizeof path, "repair/%s", name);
	data = unit_read_data(path, len);
	if (data == NULL)
		fprintf(stderr, "missing test data %s/%s\n", unit_data_dir(), path);
	return data;
}

/* Copied dev pairs: damaged -> exactly the gold (or its text without spaces). */
UNIT_SUITE(repair_dev_pairs)
{
	static const char *const exact[] = {
		"gwr_2012.entities.txt", "gwr_2012.pages.txt",
		"gwr_2012.ruby.txt", "gwr_2012.ruby_full.txt", "gwr_2012.trad.txt",
	};
	size_t		gold_len;
	char	   *gold = read_data("gwr_2012.gold.txt", &gold_len);

	CHECK(gold != NULL);
	if (gold == NULL)
		return;
	for (size_t i = 0; i < sizeof(exact) / sizeof(exact[0]); i++)
	{
		size_t		len;
		char	   *damaged = read_data(exact[i], &len);
		char	   *got;

		CHECK(damaged != NULL);
		if (damaged == NULL)
			continue;
		got = repair_with(damaged, len, NULL, NULL);
		if (strcmp(got, gold) != 0)
			fprintf(stderr, "FAIL repair of %s differs from the gold\n", exact[i]);
		CHECK(strcmp(got, gold) == 0);
		free(got);
		free(damaged);
	}
	/* fullwidth numbers come back ASCII (９．２ as 9.2: the gold wrote 9．2) */
	{
		size_t		len;
		char	   *damaged = read_data("gwr_2012.wide.txt", &len);

		CHECK(damaged != NULL);
		if (damaged)
		{
			char	   *got = repair_with(damaged, len, NULL, NULL);

			CHECK(strstr(got, "\xef\xbc\x90") == NULL);	/* ０ */
			CHECK(strstr(got, "2012政府工作报告") != NULL);
			CHECK_INT(strlen(got), gold_len - 2 * 11);	/* 11 times ．(3 bytes) -> . */
			free(got);
			free(damaged);
		}
	}
	/* the gold itself passes through untouched */
	{
		char	   *got = repair_with(gold, gold_len, NULL, NULL);

		CHECK(strcmp(got, gold) == 0);
		free(got);
	}
	free(gold);
}

/* Undo the TSV escapes of test/data/mojibake (\\, \t, \n, \r) in place. */
static void
unescape(char *field)
{
	char	   *out = field;

	for (char *in = field; *in; in++)
	{
		if (*in == '\\' && in[1])
		{
			in++;
			*out++ = *in == 't' ? '\t' : *in == 'n' ? '\n' : *in == 'r' ? '\r' : *in;
		}
		else
			*out++ = *in;
	}
	*out = '\0';
}

/*
 * The project's synthetic cases of the text-level kinds, through the whole
 * pipeline: every one exactly as expected (negatives unchanged).
 */
UNIT_SUITE(repair_synthetic_zh)
{
	char		path[512];
	FILE	   *file;
	char		line[8192];
	int			cases = 0;

	snprintf(path, sizeof path, "%s/mojibake/synthetic_zh.tsv", unit_data_dir());
	file = fopen(path, "r");
	CHECK(file != NULL);
	if (file == NULL)
		return;
	while (fgets(line, sizeof line, file))
	{
		char	   *fields[5] = {NULL};
		int			n = 0;
		char	   *p = line;
		char	   *got;

		if (line[0] == '#')
			continue;
		line[strcspn(line, "\n")] = '\0';
		while (n < 5)
		{
			fields[n++] = p;
			p = strchr(p, '\t');
			if (p == NULL)
				break;
			*p++ = '\0';
		}
		if (n < 3)
			continue;
		if (strcmp(fields[0], "html_numeric") != 0 && strcmp(fields[0], "html_double") != 0 &&
			strcmp(fields[0], "fullwidth_alnum") != 0 && strcmp(fields[0], "flattened_ruby") != 0 &&
			strcmp(fields[0], "negative") != 0)
			continue;
		unescape(fields[1]);
		unescape(fields[2]);
		got = repair(fields[1]);
		if (strcmp(got, fields[2]) != 0)
			fprintf(stderr, "FAIL synthetic %s: %s -> %s, expected %s\n",
					fields[0], fields[1], got, fields[2]);
		CHECK_STR(got, fields[2]);
		free(got);
		cases++;
	}
	fclose(file);
	CHECK_INT(cases, 39);
}

/*
 * Repair is idempotent: repairing its own output changes nothing.  Over
 * every copied corpus page (test/data/repair/corpus), every damaged and
 * clean dev file of test/data/repair and test/data/mojibake/repair, and
 * the seed; clean texts (*.clean.txt, *.gold.txt) also pass through byte
 * for byte.
 */
static int
check_idempotent_dir(const char *subdir)
{
	char		path[512];
	DIR		   *dir;
	struct dirent *entry;
	int			files = 0;

	snprintf(path, sizeof path, "%s/%s", unit_data_dir(), subdir);
	dir = opendir(path);
	CHECK(dir != NULL);
	if (dir == NULL)
		return 0;
	while ((entry = readdir(dir)) != NULL)
	{
		char		name[512];
		size_t		len;
		char	   *text;
		char	   *once;
		char	   *twice;
		size_t		name_len = strlen(entry->d_name);

		if (name_len < 4 || strcmp(entry->d_name + name_len - 4, ".txt") != 0)
			continue;
		snprintf(name, sizeof name, "../%s/%s", subdir, entry->d_name);
		text = read_data(name, &len);
		CHECK(text != NULL);
		if (text == NULL)
			continue;
		once = repair_with(text, len, NULL, NULL);
		twice = repair_with(once, strlen(once), NULL, NULL);
		if (strcmp(once, twice) != 0)
			fprintf(stderr, "FAIL repair is not idempotent on %s/%s\n", subdir, entry->d_name);
		CHECK(strcmp(once, twice) == 0);
		if ((strstr(entry->d_name, ".clean.txt") || strstr(entry->d_name, ".gold.txt")) &&
			strcmp(once, text) != 0)
		{
			fprintf(stderr, "FAIL clean text changed: %s/%s\n", subdir, entry->d_name);
			CHECK(false);
		}
		free(once);
		free(twice);
		free(text);
		files++;
	}
	closedir(dir);
	return files;
}

UNIT_SUITE(repair_idempotent)
{
	CHECK(check_idempotent_dir("repair/corpus") >= 70);
	CHECK(check_idempotent_dir("repair") >= 7);
	CHECK(check_idempotent_dir("mojibake/repair") >= 10);
	CHECK(check_idempotent_dir("facts") >= 12);
	CHECK(check_idempotent_dir(".") >= 1);
}
