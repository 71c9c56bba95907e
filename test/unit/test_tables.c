/*
 * test_tables.c
 *		Unit tests of gr_tables: every flattened layout, the traps (dropped
 *		empty cells, group labels printed once, headers one character per
 *		line, bare-pipe residue), the checks, and the fixtures in
 *		test/data/tables compared cell by cell with their known values.
 */
#include "unit.h"
#include "../../src/gr_tables.h"

#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>

static GrTableCell *cells;
static size_t cell_count;
static const char *current_text;

/*
 * An environment that keeps every allocation on a list, so that a test can
 * free everything a call returned at once (cells point at their strings).
 */
typedef struct Allocation
{
	struct Allocation *next;
	struct Allocation *prev;
	max_align_t align[];
} Allocation;

static Allocation arena = {&arena, &arena};

static void *
arena_alloc(void *opaque, size_t size)
{
	Allocation *a = malloc(sizeof(Allocation) + size);

	(void) opaque;
	if (a == NULL)
		return NULL;
	a->next = arena.next;
	a->prev = &arena;
	arena.next->prev = a;
	arena.next = a;
	return a->align;
}

static void *
arena_grow(void *opaque, void *pointer, size_t size)
{
	Allocation *a = (Allocation *) ((char *) pointer - offsetof(Allocation, align));
	Allocation *prev = a->prev;
	Allocation *next = a->next;
	Allocation *grown;

	(void) opaque;
	grown = realloc(a, sizeof(Allocation) + size);
	if (grown == NULL)
		return NULL;
	prev->next = grown;
	next->prev = grown;
	return grown->align;
}

static void
arena_release(void *opaque, void *pointer)
{
	Allocation *a;

	(void) opaque;
	if (pointer == NULL)
		return;
	a = (Allocation *) ((char *) pointer - offsetof(Allocation, align));
	a->prev->next = a->next;
	a->next->prev = a->prev;
	free(a);
}

static void
arena_free_all(void)
{
	while (arena.next != &arena)
		arena_release(NULL, arena.next->align);
}

static const GrEnv arena_env = {arena_alloc, arena_grow, arena_release, NULL, NULL};

/* Read the tables of text into cells/cell_count. */
static void
read_tables(const char *text)
{
	GrStatus	status;

	arena_free_all();
	current_text = text;
	status = gr_tables_find(&arena_env, text, strlen(text), &cells, &cell_count);
	CHECK_INT(status, GR_OK);
}

/* The same for a text of a given length. */
static void
read_tables_len(const char *text, size_t len)
{
	arena_free_all();
	current_text = text;
	CHECK_INT(gr_tables_find(&arena_env, text, len, &cells, &cell_count), GR_OK);
}

/* The cell with these keys, or NULL. */
static const GrTableCell *
cell_by_key(const char *row_key, const char *col_key)
{
	size_t		i;

	for (i = 0; i < cell_count; i++)
		if (cells[i].row_key && strcmp(cells[i].row_key, row_key) == 0 &&
			cells[i].col_key && strcmp(cells[i].col_key, col_key) == 0)
			return &cells[i];
	return NULL;
}

/* The value of a keyed cell, or "(none)". */
static const char *
value_of(const char *row_key, const char *col_key)
{
	const GrTableCell *cell = cell_by_key(row_key, col_key);

	return cell ? cell->value : "(none)";
}

/* The cell's text as printed. */
static const char *
raw_of(const GrTableCell *cell)
{
	static char raw[256];

	if (cell == NULL)
		return "(none)";
	snprintf(raw, sizeof(raw), "%.*s", (int) (cell->end - cell->start),
			 current_text + cell->start);
	return raw;
}

/* How many checks are broken. */
static int
broken_checks(void)
{
	GrTableCheck *checks;
	size_t		count;
	size_t		i;
	int			broken = 0;

	CHECK_INT(gr_table_checks(&arena_env, cells, cell_count, &checks, &count), GR_OK);
	for (i = 0; i < count; i++)
		if (!checks[i].holds)
			broken++;
	return broken;
}

/* The header and first rows of table 3 in the 2021 form, pipes. */
#define TABLE3_HEADER \
	"三、收到和处理政府信息公开申请情况\n" \
	"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况\n" \
	"自然人 | 法人或其他组织 | 总计\n" \
	"商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他\n"

UNIT_SUITE(tables_pipes)
{
	const GrTableCell *cell;

	read_tables("二、主动公开政府信息情况\n"
				"第二十条第（一）项 |\n"
				"信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n"
				"规章 | 54 | 0 | 0 |\n"
				"第二十条第（六）项 |\n"
				"信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n"
				"行政处罚 | 1 | +2 | -1 |\n"
				"第二十条第（九）项 |\n"
				"信息内容 | 采购项目数量 | 采购总金额\n"
				"政府集中采购 | 8 | 160.5964万元 |\n"
				TABLE3_HEADER
				"一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 1 | 4 |\n"
				"二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
				"三、本年度办理结果 | （一）予以公开 | 2 | 0 | 0 | 0 | 0 | 1 | 3 |\n"
				"（三）不予公开 | 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
				"（七）总计 | 3 | 0 | 0 | 0 | 0 | 1 | 4 |\n"
				"四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n");
	CHECK_STR(value_of("rules", "made"), "54");
	CHECK_STR(value_of("penalties", "change"), "2");
	CHECK_STR(raw_of(cell_by_key("penalties", "change")), "+2");
	CHECK_STR(value_of("penalties", "decisions"), "-1");
	cell = cell_by_key("procurement", "amount");
	CHECK_STR(cell ? cell->value : NULL, "1605964");
	CHECK_STR(cell ? cell->unit : NULL, "元");
	CHECK_STR(raw_of(cell), "160.5964万元");
	CHECK_STR(value_of("new", "natural_person"), "3");
	CHECK_STR(value_of("new", "total"), "4");
	CHECK_STR(value_of("withheld.state_secret", "natural_person"), "1");
	cell = cell_by_key("withheld.state_secret", "business");
	CHECK_STR(cell ? cell->row_label : NULL,
			  "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密");
	CHECK_STR(cell ? cell->col_label : NULL, "法人或其他组织 / 商业企业");
	cell = cell_by_key("rules", "made");
	CHECK_STR(cell ? cell->row_label : NULL, "第二十条第（一）项 / 规章");
	CHECK_INT(cell ? cell->table_no : 0, 1);
	CHECK_INT(cell ? cell->form : 0, 2019);
	CHECK_INT(cell_by_key("new", "total")->table_no, 2);
	CHECK_INT(broken_checks(), 0);
}

UNIT_SUITE(tables_cells_per_line)
{
	/* one cell per line with " |", "||||" residue and lone "|" empties */
	read_tables("第二十条第（五）项\n信息内容 |\n本年处理决定数量 |\n行政许可 |\n158 |\n||||\n"
				"申请人情况 |\n自然人 |\n法人或其他组织 |\n总计 |\n"
				"商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n"
				"一、本年新收政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n0 |\n||\n"
				"二、上年结转政府信息公开申请数量 |\n5 |\n0 |\n0 |\n0 |\n0 |\n0 |\n5 |\n||||\n");
	CHECK_STR(value_of("licensing", "decisions"), "158");
	CHECK_STR(value_of("new", "total"), "0");
	CHECK_STR(value_of("new", "natural_person"), "(none)");
	CHECK_STR(value_of("carried_in", "natural_person"), "5");
	CHECK_STR(value_of("carried_in", "total"), "5");
	CHECK_INT(cell_count, 9);
}

UNIT_SUITE(tables_pipe_between_lines)
{
	/* cells on lines of their own separated by lines of "|" */
	read_tables("第二十条第(一)项\n|\n信息内容\n|\n本年新制作数量\n|\n本年新公开数量\n|\n"
				"对外公开总数量\n|\n规章\n|\n0\n|\n|\n7\n|\n");
	CHECK_STR(value_of("rules", "made"), "0");
	CHECK_STR(value_of("rules", "published"), "(none)");
	CHECK_STR(value_of("rules", "total_public"), "7");
}

UNIT_SUITE(tables_tabs_and_markdown)
{
	read_tables("第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
				"规章\t0\t/\t3\n行政规范性文件\t45\t-\t0\n");
	CHECK_STR(value_of("rules", "issued"), "0");
	CHECK_STR(value_of("rules", "repealed"), "(none)");
	CHECK_STR(value_of("rules", "in_force"), "3");
	CHECK_STR(value_of("normative_documents", "issued"), "45");
	CHECK_INT(cells[0].form, 2021);

	read_tables("| 第二十条第（八）项 | |\n|---|---|\n| 信息内容 | 本年收费金额（单位：万元） |\n"
				"| 行政事业性收费 | 1.5 |\n");
	CHECK_STR(value_of("fees", "amount_10k_yuan"), "1.5");
	CHECK_STR(cell_by_key("fees", "amount_10k_yuan")->unit, "万元");
}

UNIT_SUITE(tables_lost_block_labels)
{
	/* table 2 without its 第二十条 labels: blocks start at 信息内容 */
	read_tables("二、主动公开政府信息情况\n"
				"信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n"
				"规章 | 1 | 0 | 0\n行政规范性文件 | 2 | 0 | 5\n"
				"信息内容 | 本年处理决定数量\n行政许可 | 7\n行政处罚 | 3\n");
	CHECK_STR(value_of("normative_documents", "in_force"), "5");
	CHECK_STR(value_of("licensing", "decisions"), "7");
	CHECK_STR(value_of("penalties", "decisions"), "3");
	CHECK_STR(cell_by_key("penalties", "decisions")->row_label, "行政处罚");
	CHECK_INT(cell_count, 8);
}

UNIT_SUITE(tables_extra_rows_and_traditional)
{
	const GrTableCell *cell;

	/* a row the format does not have keeps its cells, without a row key */
	read_tables(TABLE3_HEADER
				"一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2\n"
				"其中：网上申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n"
				"（七）总计 | 2 | 0 | 0 | 0 | 0 | 0 | 2\n");
	CHECK_INT(cell_count, 21);
	cell = &cells[13];
	CHECK_STR(cell->row_label, "其中：网上申请");
	CHECK(cell->row_key == NULL);
	CHECK_STR(cell->col_key, "total");
	CHECK_INT(broken_checks(), 0);
	/* a page footer between rows of PDF text is no row */
	read_tables("申请人情况\n一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3\n"
				"Page 9 - 2020年报_审计局\nP. 9\n"
				"二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n");
	CHECK_INT(cell_count, 14);
	/* traditional characters, notes after the row name naming other rows */
	read_tables("第二十條第(五)項 | |||||\n"
				"信息內容 | 上一年項目數量 | 本年增/減 | 處理決定數量 | ||\n"
				"行政許可 | 8 | 5 | 93 | ||\n"
				"其他對外管理服務事項(指行政許可以外的政務服務事項,含行政處罰) | 117 | 0 | 165 | ||\n");
	CHECK_STR(value_of("licensing", "decisions"), "93");
	CHECK_STR(value_of("other_services", "prior_items"), "117");
	CHECK_INT(cell_count, 6);
}

UNIT_SUITE(tables_older_headers)
{
	/* a 2019 header over a one-number 2021 row: the numbers decide */
	read_tables("第二十条第（五）项 |\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n"
				"行政许可 | 158\n第二十条第（六）项 |\n"
				"信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n行政处罚 | 3 | 0 | 5\n");
	CHECK_STR(value_of("licensing", "decisions"), "158");
	CHECK_STR(value_of("penalties", "prior_items"), "3");
	CHECK_STR(value_of("penalties", "decisions"), "5");
	/* an old sheet's header above table 3 changes nothing */
	read_tables("指标名称 | 计量单位 | 本年度\n" TABLE3_HEADER
				"一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n");
	CHECK_STR(value_of("new", "total"), "1");
	CHECK_INT(cell_count, 7);
}

UNIT_SUITE(tables_two_reports)
{
	char	   *text;
	size_t		length;
	FILE	   *file;
	char		path[512];
	int			tables = 0;
	size_t		i;

	/* two reports one after the other: six tables, no mixing */
	snprintf(path, sizeof(path), "%s/tables/report000_2019_pipes.txt", unit_data_dir());
	file = fopen(path, "rb");
	CHECK(file != NULL);
	if (file == NULL)
		return;
	text = malloc(1 << 17);
	length = fread(text, 1, 1 << 16, file);
	fclose(file);
	snprintf(path, sizeof(path), "%s/tables/report002_2021_tabs.txt", unit_data_dir());
	file = fopen(path, "rb");
	CHECK(file != NULL);
	if (file != NULL)
	{
		length += fread(text + length, 1, 1 << 16, file);
		fclose(file);
	}
	read_tables_len(text, length);
	for (i = 0; i < cell_count; i++)
		if (cells[i].table_no > tables)
			tables = cells[i].table_no;
	CHECK_INT(tables, 6);
	CHECK_INT(cell_count, 398);
	CHECK_INT(broken_checks(), 0);
	arena_free_all();
	free(text);
}

UNIT_SUITE(tables_other_tables)
{
	const GrTableCell *cell;

	/* an old-format sheet: labels, units from 计量单位, codes skipped */
	read_tables("附表\n指标名称 | 计量单位 | 代码 | 本年度 | 历年累计\n"
				"主动公开政府信息数 | 条 | 01 | 120 | 3500\n"
				"收费金额 | 万元 | 02 | 1.5 | 20\n");
	CHECK_INT(cell_count, 4);
	cell = &cells[0];
	CHECK_STR(cell->row_label, "主动公开政府信息数");
	CHECK_STR(cell->col_label, "本年度");
	CHECK_STR(cell->value, "120");
	CHECK_STR(cell->unit, "条");
	CHECK(cell->row_key == NULL && cell->col_key == NULL);
	CHECK_INT(cell->col_no, 4);
	CHECK_STR(cells[3].value, "20");
	CHECK_STR(cells[3].unit, "万元");
	CHECK_STR(cells[3].col_label, "历年累计");
	/* "行政复议数 | 件 | 32" of an old sheet is no table 4 */
	read_tables("行政复议数\n| 件\n| 32\n|\n行政诉讼数\n| 件\n| 33\n");
	CHECK(cell_by_key("review", "upheld") == NULL);
	/* page chrome ("浏览次数: | 35") is no table */
	read_tables("发布日期: | 2024-01-05 |\n浏览次数: | 35 |\n");
	CHECK_INT(cell_count, 0);
}

/*
 * Cells that begin with digits and a mark ("1.属于…", "2、…") are labels;
 * with a digit after the mark they are decimals ("1.5", "3．5").
 */
UNIT_SUITE(tables_numbered_labels)
{
	read_tables("项目 | 本年度 | 上年度\n"
				"1.主动公开信息 | 1.5 | 12\n"
				"2、收费金额 | 3．5 | 7\n"
				"3．其他 | 0.25 | 2.\n");
	CHECK_INT(cell_count, 5);
	CHECK_STR(cells[0].row_label, "1.主动公开信息");
	CHECK_STR(cells[0].value, "1.5");
	CHECK_STR(cells[1].value, "12");
	CHECK_STR(cells[2].row_label, "2、收费金额");
	CHECK_STR(cells[2].value, "3.5");
	CHECK_STR(cells[4].row_label, "3．其他 / 2.");
	CHECK_STR(cells[4].value, "0.25");
}

UNIT_SUITE(tables_pdf_text)
{
	/* rows of space-separated numbers; table 4 header one char per line */
	read_tables("三、本年度办理结果 （一）予以公开 1 0 0 0 0 0 1\n"
				"四、结转下年度继续办理 0 0 0 0 0 0 0\n"
				"四、政府信息公开行政复议、行政诉讼情况\n"
				"2020 年,未出现申请行政复议、提起行政诉讼的情况。\n"
				"行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
				"结 结 其 尚\n结 结 其 尚 结 结 其 尚\n果 果 他 未\n"
				"总计 果 果 他 未 总 果 果 他 未 总\n"
				"0 1 0 0 1 0 0 0 2 2 0 0 0 0 0\n五、存在的主要问题及改进情况\n");
	CHECK_STR(value_of("granted", "natural_person"), "1");
	CHECK_STR(value_of("carried_out", "total"), "0");
	CHECK_STR(value_of("review", "corrected"), "1");
	CHECK_STR(value_of("review", "total"), "1");
	CHECK_STR(value_of("litigation_direct", "pending"), "2");
	CHECK_STR(value_of("litigation_after_review", "total"), "0");
	CHECK_STR(cell_by_key("litigation_direct", "pending")->row_label,
			  "行政诉讼 / 未经复议直接起诉");
	CHECK_INT(broken_checks(), 0);
}

UNIT_SUITE(tables_pdf_blank_zeros)
{
	/*
	 * PDF text of a report that left its zeros blank: they vanish and
	 * later cells shift left, the 总计 row's too.  The total row's
	 * placements are tried until the results add up and new +
	 * carried_in = total + carried_out holds: 10 goes under 商业企业
	 * with the 总计 row's 3, not under 自然人.
	 */
	read_tables("三、收到和处理政府信息公开申请情况\n申请人情况 自然人 法人或其他组织 总计\n"
				"一、本年新收政府信息公开申请数量 5 4 9\n"
				"三、本年度办理结果 （一）予以公开 5 1 6\n"
				"（二）部分公开（区分处理的，只计这一情形，不计其他情形） 3 3\n"
				"（七）总计 5 4 9\n");
	CHECK_STR(value_of("partly_granted", "business"), "3");
	CHECK_STR(value_of("granted", "business"), "1");
	CHECK_STR(value_of("total", "natural_person"), "5");
	CHECK_INT(broken_checks(), 0);
	/* a shifted row's last number is its total even when wrong: flagged */
	read_tables("三、收到和处理政府信息公开申请情况\n申请人情况 自然人 法人或其他组织 总计\n"
				"一、本年新收政府信息公开申请数量 5 4 9\n"
				"三、本年度办理结果 （一）予以公开 5 4 9\n"
				"（七）总计 5 4 10\n");
	CHECK_STR(value_of("total", "total"), "10");
	CHECK_STR(value_of("total", "business"), "4");
	CHECK(broken_checks() > 0);
	/* table 2: a signed number is the 本年增/减 cell */
	read_tables("第二十条第（五）项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n"
				"行政许可 -1 6\n其他对外管理服务事项 12 +2\n");
	CHECK_STR(value_of("licensing", "change"), "-1");
	CHECK_STR(value_of("licensing", "decisions"), "6");
	CHECK_STR(value_of("other_services", "prior_items"), "12");
	CHECK_STR(value_of("other_services", "change"), "2");
	/* table 4 under its heading, header one character per line, zeros blank */
	read_tables("四、政府信息公开行政复议、行政诉讼情况\n行 行\n政 政\n复 诉\n议 讼\n"
				"未经复议直接起诉 复议后起诉\n结 结 其 尚 总 结 结 其 尚 总\n"
				" 2 6 6 14 4 4 1 1\n五、存在的主要问题及改进情况\n");
	CHECK_INT(cell_count, 8);
	CHECK_STR(value_of("review", "total"), "14");
	CHECK_STR(value_of("litigation_direct", "total"), "4");
	CHECK_STR(value_of("litigation_after_review", "total"), "1");
	CHECK_INT(broken_checks(), 0);
}

UNIT_SUITE(tables_table4_layouts)
{
	/* one row per group, 行政诉讼 between the rows */
	read_tables("四、政府信息公开行政复议、行政诉讼情况\n"
				" | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
				"行政复议 | 1 | 0 | 0 | 0 | 1\n"
				"行政诉讼 | 未经复议直接起诉 | 0 | 2 | 0 | 0 | 2\n"
				"复议后起诉 | 0 | 0 | 0 | 3 | 3\n五、存在的主要问题及改进情况\n");
	CHECK_INT(cell_count, 15);
	CHECK_STR(value_of("litigation_direct", "corrected"), "2");
	CHECK_STR(value_of("litigation_after_review", "pending"), "3");
	CHECK_INT(broken_checks(), 0);
	/* empty cells dropped: cut at each group's total */
	read_tables("行政复议 | 行政诉讼\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
				"5 | 2 | 7 | 8 | 1 | 9 |\n五、存在的主要问题及改进情况\n");
	CHECK_STR(value_of("review", "total"), "7");
	CHECK_STR(value_of("litigation_direct", "upheld"), "8");
	CHECK_STR(value_of("litigation_direct", "total"), "9");
	CHECK_INT(cell_count, 6);
	/* a table cut after two whole groups stays as printed */
	read_tables("行政复议 | 行政诉讼\n结果维持 | 结果纠正\n0 0 0 0 0 0 0 0 0 0\n");
	CHECK_STR(value_of("litigation_direct", "total"), "0");
	CHECK_INT(cell_count, 10);
}

UNIT_SUITE(tables_headers_all_one_char_per_line)
{
	/* block labels and headers one character per line: rows and numbers only */
	read_tables("二、主动公开政府信息情况\n第\n二\n十\n条\n第\n（\n一\n）\n项\n"
				"信\n息\n内\n容\n本\n年\n制\n发\n件\n数\n"
				"规章 1 0 2\n行政规范性文件 3 0 4\n"
				"四、政府信息公开行政复议、行政诉讼情况\n行\n政\n复\n议\n结\n果\n维\n持\n"
				"0 1 0 0 1 0 0 0 0 0 2 0 0 0 2\n五、存在的主要问题及改进情况\n");
	CHECK_STR(value_of("rules", "in_force"), "2");
	CHECK_STR(value_of("normative_documents", "issued"), "3");
	CHECK_STR(value_of("review", "corrected"), "1");
	CHECK_STR(value_of("litigation_after_review", "upheld"), "2");
	CHECK_INT(cell_count, 21);
	CHECK_INT(broken_checks(), 0);
}

UNIT_SUITE(tables_shifted_cells)
{
	/* empty cells dropped: the total goes last, the rest from the left */
	read_tables(TABLE3_HEADER
				"一、本年新收政府信息公开申请数量 | 5 | 2 | 7\n"
				"二、上年结转政府信息公开申请数量 | 1\n");
	CHECK_STR(value_of("new", "natural_person"), "5");
	CHECK_STR(value_of("new", "business"), "2");
	CHECK_STR(value_of("new", "total"), "7");
	CHECK_STR(value_of("carried_in", "total"), "1");

	/* an empty cell under a label spanning two columns */
	read_tables(TABLE3_HEADER
				"一、本年新收政府信息公开申请数量 |  | 3 | 0 | 0 | 0 | 0 | 0 | 3\n");
	CHECK_STR(value_of("new", "natural_person"), "3");
	CHECK_STR(value_of("new", "total"), "3");

	/* the 总计 row is complete: the checks place the shifted rows */
	read_tables(TABLE3_HEADER
				"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 87 | 60 | 30 | 177\n"
				"二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"
				"三、本年度办理结果 | （一）予以公开 | 7 | 6 | 13 | 26\n"
				"（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 10 | 10\n"
				"（三）不予公开 | 1.属于国家秘密 | 34 | 34\n"
				"（四）无法提供 | 1.本机关不掌握相关政府信息 | 20 | 20 | 3 | 43\n"
				"2.没有现成信息需要另行制作 | 23 | 23\n"
				"（五）不予处理 | 1.信访举报投诉类申请 | 26 | 11 | 37\n"
				"（七）总计 | 0 | 0 | 0 | 87 | 60 | 26 | 173\n"
				"四、结转下年度继续办理 | 4 | 4\n");
	CHECK_STR(value_of("granted", "social_org"), "7");
	CHECK_STR(value_of("granted", "other_org"), "13");
	CHECK_STR(value_of("withheld.state_secret", "social_org"), "34");
	CHECK_STR(value_of("unavailable.needs_creation", "legal_service"), "23");
	CHECK_STR(value_of("partly_granted", "other_org"), "10");
	CHECK_STR(value_of("carried_out", "other_org"), "4");
	CHECK_INT(broken_checks(), 0);
}

UNIT_SUITE(tables_groups_2021)
{
	/* （六）其他处理 heads three rows in 2021; group labels once */
	read_tables(TABLE3_HEADER
				"一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2\n"
				"（五）不予处理 | 1.信访举报投诉类申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n"
				"2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"
				"（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"
				"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"
				"3.其他 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n"
				"（七）总计 | 2 | 0 | 0 | 0 | 0 | 0 | 2\n");
	CHECK_STR(value_of("not_processed.repeated", "total"), "0");
	CHECK_STR(cell_by_key("not_processed.repeated", "total")->row_label,
			  "（五）不予处理 / 2.重复申请");
	CHECK_STR(value_of("other.other", "natural_person"), "1");
	CHECK_STR(cell_by_key("other.other", "total")->row_label, "（六）其他处理 / 3.其他");
	CHECK(cell_by_key("other.no_correction", "total") != NULL);
	CHECK(cell_by_key("other", "total") == NULL);
	CHECK_INT(cell_by_key("other.other", "total")->form, 2021);
	CHECK_INT(broken_checks(), 0);
}

UNIT_SUITE(tables_checks_broken)
{
	read_tables(TABLE3_HEADER
				"一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3\n"
				"二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"
				"（一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3\n"
				"（七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 4\n"
				"四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n");
	/* total column: 3 + 0 != 4 + 0; 3 != 4 results; row total 3 != 4 */
	CHECK_INT(broken_checks(), 3);
}

UNIT_SUITE(tables_images_and_prose)
{
	/* a heading whose table was an image gives nothing */
	read_tables("三、收到和处理政府信息公开申请情况\n（图片）\n"
				"四、政府信息公开行政复议、行政诉讼情况\n"
				"本年度本单位共收到政府信息公开申请12件，未发生行政复议、行政诉讼。\n"
				"五、存在的主要问题及改进情况\n一是公开不够全面。\n");
	CHECK_INT(cell_count, 0);
	read_tables("");
	CHECK_INT(cell_count, 0);
}

/*
 * Read the tables of test/data/tables/NAME.txt (into a static buffer, which
 * current_text points to) and open its truth, NAME.SUFFIX; NULL (and a
 * failed check) when either file is missing.
 */
static FILE *
read_fixture(const char *name, const char *suffix)
{
	static char text[1 << 20];
	char		path[512];
	FILE	   *file;
	size_t		length;

	snprintf(path, sizeof(path), "%s/tables/%s.txt", unit_data_dir(), name);
	file = fopen(path, "rb");
	CHECK(file != NULL);
	if (file == NULL)
		return NULL;
	length = fread(text, 1, sizeof(text) - 1, file);
	text[length] = '\0';
	fclose(file);
	read_tables(text);
	snprintf(path, sizeof(path), "%s/tables/%s.%s", unit_data_dir(), name, suffix);
	file = fopen(path, "r");
	CHECK(file != NULL);
	return file;
}

/*
 * Compare a fixture with its known cells (0-based code-point offsets):
 * every cell found with its value, want_keys of them (-1: all) with both
 * keys right too.
 */
static void
check_fixture_keys(const char *name, int want_keys)
{
	FILE	   *file = read_fixture(name, "cells.tsv");
	char		line[512];
	int			want_broken = -1;
	int			matched = 0;
	int			found = 0;
	int			gold = 0;

	if (file == NULL)
		return;
	while (fgets(line, sizeof(line), file))
	{
		long		start,
					end;
		char		value[64],
					row_key[64],
					col_key[64];
		size_t		i;

		if (sscanf(line, "# broken %d", &want_broken) == 1)
			continue;
		if (sscanf(line, "%ld %ld %63s %63s %63s", &start, &end, value, row_key, col_key) != 5)
			continue;
		gold++;
		for (i = 0; i < cell_count; i++)
			if ((long) gr_char_count(current_text, cells[i].start) == start &&
				(long) gr_char_count(current_text, cells[i].end) == end &&
				strcmp(cells[i].value, value) == 0)
			{
				found++;
				if (cells[i].row_key && cells[i].col_key &&
					strcmp(cells[i].row_key, row_key) == 0 &&
					strcmp(cells[i].col_key, col_key) == 0)
					matched++;
				break;
			}
	}
	fclose(file);
	CHECK_INT(found, gold);
	CHECK_INT(matched, want_keys < 0 ? gold : want_keys);
	CHECK_INT((long) cell_count, gold);
	CHECK_INT(broken_checks() > 0, want_broken > 0);
}

static void
check_fixture(const char *name)
{
	check_fixture_keys(name, -1);
}

UNIT_SUITE(tables_fixtures)
{
	check_fixture("report000_2019_pipes");
	check_fixture("report001_2021_cells");
	check_fixture("report002_2021_tabs");
	check_fixture("report005_2021_tabs");
	/* the same reports in layouts the generated set lacks
	 * (tools/relayout_tables.py, PDF label columns 10 characters wide) */
	check_fixture("report000_2019_pipes-markdown");
	check_fixture("report000_2019_pipes-pdf");
	check_fixture("report005_2021_tabs-markdown");
	check_fixture("report005_2021_tabs-pdf");

	/*
	 * PDF text of reports that left every zero blank: the zeros vanish and
	 * later cells shift left.  Every cell is found and the checks come out
	 * as printed (report003's tampered total flagged); the keys are right
	 * where the format pins them down.  report006: table 3 right in full
	 * (its 总计 row anchors the search), seven table 2 cells whose blank
	 * neighbours no check places (规章 1 274: 对外公开总数量 274 read as
	 * 本年新公开); report008: table 4 groups 2 6 6 14 and 4 4 whose parts
	 * go leftmost (5 cells); report003: table 3's used columns are
	 * social_org and other_org, read as the two leftmost (no check tells
	 * which columns a fully shifted table uses).
	 */
	check_fixture_keys("report006_2019_pipes-pdf-blank", 36);
	check_fixture_keys("report008_2021_tabs-pdf-blank", 22);
	check_fixture_keys("report003_2019_pipes-pdf-blank", 23);
	arena_free_all();
}

/* Random documents from table fragments: no crash, spans inside the text. */
UNIT_SUITE(tables_random)
{
	static const char *const fragments[] = {
		"|", " | ", "\t", "\n", "0", "12", "-1", "+2", "/", "－", " ", "\r\n",
		"\xE3\x80\x80", "\xFF", "||||", "一、本年新收政府信息公开申请数量",
		"二、上年结转政府信息公开申请数量", "（七）总计", "四、结转下年度继续办理",
		"第二十条第（一）项", "第二十条第（八）项", "规章", "行政许可", "信息内容",
		"行政复议", "行政诉讼", "未经复议直接起诉", "总计", "（六）其他处理", "3.其他",
		"（三）不予公开", "1.属于国家秘密", "申请人情况", "其他", "160.5万元", "。",
		"序号", "计量单位", "条", "一", "三、本年度办理结果", "结 果",
		"四、政府信息公开行政复议、行政诉讼情况", "信息内容", "0 0 0 0 0", "行政许可 5",
		"五、存在的主要问题及改进情况", "結轉下年度", "第二十條第（五）項", "1 2 3\n"
	};
	const int	fragment_count = (int) (sizeof(fragments) / sizeof(fragments[0]));
	static char text[1 << 16];
	unsigned	seed = 12345;
	int			round;
	bool		ok = true;

	for (round = 0; round < 6000 && ok; round++)
	{
		size_t		len = 0;
		int			pieces = (int) ((seed = seed * 1103515245u + 12345u) >> 16) % 400;
		int			p;
		size_t		i;
		GrTableCheck *checks;
		size_t		check_count;

		for (p = 0; p < pieces; p++)
		{
			const char *f;

			seed = seed * 1103515245u + 12345u;
			f = fragments[(seed >> 16) % (unsigned) fragment_count];
			if (len + strlen(f) >= sizeof(text))
				break;
			memcpy(text + len, f, strlen(f));
			len += strlen(f);
		}
		arena_free_all();
		if (gr_tables_find(&arena_env, text, len, &cells, &cell_count) != GR_OK)
			ok = false;
		for (i = 0; ok && i < cell_count; i++)
			if (cells[i].start >= cells[i].end || cells[i].end > len ||
				cells[i].value == NULL || cells[i].table_no < 1)
				ok = false;
		if (ok && gr_table_checks(&arena_env, cells, cell_count, &checks,
								  &check_count) != GR_OK)
			ok = false;
	}
	CHECK(ok);
	arena_free_all();
}

/* Long runs of one thing stay linear and bounded. */
UNIT_SUITE(tables_long_runs)
{
	static char text[1 << 20];
	size_t		i;

	for (i = 0; i + 1 < sizeof(text); i++)
		text[i] = '|';
	read_tables_len(text, sizeof(text) - 1);
	CHECK_INT(cell_count, 0);
	for (i = 0; i + 2 < sizeof(text); i += 2)
	{
		text[i] = '0';
		text[i + 1] = ' ';
	}
	read_tables_len(text, i);
	CHECK_INT(cell_count, 0);
	memcpy(text, "申请人情况\n一、本年新收政府信息公开申请数量", strlen("申请人情况\n一、本年新收政府信息公开申请数量"));
	for (i = 0; i + 4 < sizeof(text); i += 4)
	{
		if (i < 80)
			continue;
		memcpy(text + i, "0 |\n", 4);
	}
	read_tables_len(text, i);
	CHECK(cell_count >= 7 && cell_count < 20);
	/* a table 3 of many shifted rows and a complete total row */
	{
		static const char head[] = "申请人情况\n一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n";
		static const char row[] = "1.属于国家秘密 | 1 | 2 | 3\n";
		static const char tail[] = "（七）总计 | 1 | 0 | 0 | 0 | 0 | 0 | 9\n";
		size_t		len = 0;

		memcpy(text, head, strlen(head));
		len = strlen(head);
		while (len + strlen(row) + strlen(tail) < sizeof(text))
		{
			memcpy(text + len, row, strlen(row));
			len += strlen(row);
		}
		memcpy(text + len, tail, strlen(tail));
		len += strlen(tail);
		read_tables_len(text, len);
		CHECK(cell_count > 50000);
	}
	arena_free_all();
}

/*
 * Lines of more separators than split_separated keeps from its survey
 * (128): the cells past those are found again, and read the same as the
 * first ones; plain digits 0..999 and longer ones read alike.
 */
UNIT_SUITE(tables_wide_lines)
{
	static char text[8192];
	size_t		len = 0;
	int			column;
	int			row;

	len += (size_t) snprintf(text + len, sizeof(text) - len, "指标名称");
	for (column = 0; column < 200; column++)
		len += (size_t) snprintf(text + len, sizeof(text) - len, " | 列%d", column);
	for (row = 0; row < 2; row++)
	{
		len += (size_t) snprintf(text + len, sizeof(text) - len, "\n项目%d", row);
		for (column = 0; column < 200; column++)
			len += (size_t) snprintf(text + len, sizeof(text) - len, " | %d",
									 row * 10000 + column * 7);
	}
	len += (size_t) snprintf(text + len, sizeof(text) - len, " |\n");
	CHECK(len < sizeof(text) - 1);
	read_tables(text);
	CHECK_INT(cell_count, 400);
	if (cell_count == 400)
	{
		CHECK_STR(cells[0].value, "0");
		CHECK_STR(cells[0].col_label, "列0");
		CHECK_STR(cells[127].value, "889");
		CHECK_STR(cells[128].value, "896");
		CHECK_STR(cells[128].col_label, "列128");
		CHECK_STR(cells[199].value, "1393");
		CHECK_STR(cells[199].col_label, "列199");
		CHECK_STR(raw_of(&cells[199]), "1393");
		CHECK_STR(cells[399].value, "11393");
		CHECK_STR(cells[399].row_label, "项目1");
		CHECK_INT(cells[399].col_no, 201);
	}
	arena_free_all();
}

static size_t growth_polls;

static void
count_poll(void *opaque)
{
	(void) opaque;
	growth_polls++;
}

/*
 * Token arrays that outgrow the room reserved for them (a token per sixteen
 * bytes below a megabyte): one row of 150 000 cells grows the array past
 * GROW_COPY_PIECE, copied a piece at a time between polls, and reads the
 * same as a short row; a line of text and 200 000 empty cells is a row of
 * empty cells, and the table after it is read as usual.
 */
UNIT_SUITE(tables_token_growth)
{
	static const GrEnv polled_env = {arena_alloc, arena_grow, arena_release, count_poll, NULL};
	static char text[1 << 20];
	size_t		len = 0;
	size_t		i;

	len += (size_t) snprintf(text, sizeof(text), "合计");
	for (i = 0; i < 150000; i++)
	{
		memcpy(text + len, i == 149999 ? " | 8" : " | 7", 4);
		len += 4;
	}
	text[len] = '\0';
	arena_free_all();
	current_text = text;
	growth_polls = 0;
	CHECK_INT(gr_tables_find(&polled_env, text, len, &cells, &cell_count), GR_OK);
	CHECK_INT(cell_count, 150000);
	CHECK(growth_polls > 100);
	if (cell_count == 150000)
	{
		CHECK_STR(cells[0].value, "7");
		CHECK_STR(cells[0].row_label, "合计");
		CHECK_INT(cells[149999].col_no, 150001);
		CHECK_STR(cells[149999].value, "8");
		CHECK_STR(raw_of(&cells[149999]), "8");
	}

	/* offsets are 32-bit: a text of 4 GB or more is refused, unread */
	CHECK_INT(gr_tables_find(&polled_env, text, (size_t) UINT32_MAX + 1, &cells, &cell_count),
			  GR_TOO_LARGE);

	len = (size_t) snprintf(text, sizeof(text), "a");
	for (i = 0; i < 200000; i++)
	{
		memcpy(text + len, " |", 2);
		len += 2;
	}
	len += (size_t) snprintf(text + len, sizeof(text) - len,
							 "\n\n指标名称 | 计量单位 | 本年度\n收到申请数 | 件 | 12\n");
	read_tables_len(text, len);
	CHECK_INT(cell_count, 1);
	if (cell_count == 1)
	{
		CHECK_STR(cells[0].row_label, "收到申请数");
		CHECK_STR(cells[0].col_label, "本年度");
		CHECK_STR(cells[0].unit, "件");
		CHECK_STR(cells[0].value, "12");
	}
	arena_free_all();
}

static size_t largest_request;

static void *
measured_alloc(void *opaque, size_t size)
{
	if (size > largest_request)
		largest_request = size;
	return arena_alloc(opaque, size);
}

/*
 * The room reserved for tokens of a text of a megabyte or more counts the
 * marks that can start a token: 2 MB of blank lines or of `||||` residue
 * asks for little (it asked for 72 bytes per byte before), and a row of
 * text with 300 000 empty cells still reads whole, its array grown past
 * the room.
 */
UNIT_SUITE(tables_token_room)
{
	static const GrEnv measured_env = {measured_alloc, arena_grow, arena_release, NULL, NULL};
	static char text[2 << 20];
	size_t		len;
	size_t		i;

	memset(text, '\n', sizeof(text) - 1);
	text[sizeof(text) - 1] = '\0';
	arena_free_all();
	largest_request = 0;
	CHECK_INT(gr_tables_find(&measured_env, text, sizeof(text) - 1, &cells, &cell_count), GR_OK);
	CHECK_INT(cell_count, 0);
	CHECK(largest_request < (1 << 20));
	for (i = 0; i + 1 < sizeof(text); i++)
		text[i] = (i % 5 == 4) ? '\n' : '|';
	arena_free_all();
	largest_request = 0;
	CHECK_INT(gr_tables_find(&measured_env, text, sizeof(text) - 1, &cells, &cell_count), GR_OK);
	CHECK_INT(cell_count, 0);
	CHECK(largest_request < (4 << 20));
	/* 合计 then 300 000 empty cells and a 7: one row, its one cell */
	len = (size_t) snprintf(text, sizeof(text), "合计");
	for (i = 0; i < 300000; i++)
	{
		memcpy(text + len, "| ", 2);
		len += 2;
	}
	memcpy(text + len, "| 7\n", 5);
	len += 4;
	arena_free_all();
	current_text = text;
	CHECK_INT(gr_tables_find(&measured_env, text, len, &cells, &cell_count), GR_OK);
	CHECK_INT(cell_count, 1);
	if (cell_count == 1)
	{
		CHECK_STR(cells[0].value, "7");
		CHECK_STR(cells[0].row_label, "合计");
	}
	arena_free_all();
}

/*
 * A report with tables that are not national (test/data/tables/other*):
 * every cell of its .other.tsv found at its span, with its value, NULL
 * keys, its unit and row label; column labels exactly, or, in PDF text
 * whose header was printed one character per line, the part of the label
 * that can be read (the truth begins with it: 历年累 for 历年累计, the
 * columns below where every column had a character are not known).
 */
static void
check_other_fixture(const char *name, bool pdf)
{
	FILE	   *file = read_fixture(name, "other.tsv");
	char		line[1024];
	int			gold = 0;

	if (file == NULL)
		return;
	while (fgets(line, sizeof(line), file))
	{
		char	   *field[6];
		char	   *save = NULL;
		int			f;
		size_t		i;
		const GrTableCell *cell = NULL;

		if (line[0] == '#')
			continue;
		line[strcspn(line, "\n")] = '\0';
		for (f = 0; f < 6; f++)
			field[f] = strtok_r(f == 0 ? line : NULL, "\t", &save);
		if (field[5] == NULL)
			continue;
		gold++;
		for (i = 0; i < cell_count; i++)
			if ((long) gr_char_count(current_text, cells[i].start) == atol(field[0]) &&
				(long) gr_char_count(current_text, cells[i].end) == atol(field[1]))
				cell = &cells[i];
		CHECK(cell != NULL);
		if (cell == NULL)
		{
			printf("  %s: no cell at %s (%s / %s)\n", name, field[0], field[3], field[4]);
			continue;
		}
		CHECK_STR(cell->value, field[2]);
		CHECK(cell->row_key == NULL && cell->col_key == NULL);
		CHECK_STR(cell->unit ? cell->unit : "-", field[5]);
		CHECK_STR(cell->row_label, field[3]);
		if (!pdf)
			CHECK_STR(cell->col_label, field[4]);
		else
		{
			CHECK(cell->col_label != NULL &&
				  strncmp(field[4], cell->col_label, strlen(cell->col_label)) == 0);
		}
	}
	fclose(file);
	CHECK_INT(cell_count, gold);
}

/*
 * Tables that are not national, in every layout: one cell per line with
 * `||||` after each row, PDF text (a label then its numbers; headers one
 * character per line; a label that wrapped in its column; a unit word
 * before the numbers; a serial number), markdown with its rule row; and
 * the traps: prose whose lines end in numbers, a table of contents, old
 * sheets whose rows look like national ones.
 */
UNIT_SUITE(tables_other_layouts)
{
	/* one cell per line, rows ended by |||| */
	read_tables("情况统计表\n指标名称 |\n计量单位 |\n本年度 |\n历年累计 |\n||||\n"
				"主动公开政府信息数 |\n条 |\n14 |\n52 |\n||||\n"
				"行政复议数 |\n件 |\n0 |\n1 |\n||||\n\n下一步，我们将继续努力。");
	CHECK_INT(cell_count, 4);
	if (cell_count == 4)
	{
		CHECK_STR(cells[0].row_label, "主动公开政府信息数");
		CHECK_STR(cells[0].col_label, "本年度");
		CHECK_STR(cells[0].unit, "条");
		CHECK_STR(cells[1].col_label, "历年累计");
		CHECK_STR(cells[1].value, "52");
		/* 行政复议数 of an old sheet: no table 4, a row of this one */
		CHECK_STR(cells[3].row_label, "行政复议数");
		CHECK_STR(cells[3].col_label, "历年累计");
		CHECK(cells[3].row_key == NULL && cells[3].col_key == NULL);
		CHECK_INT(cells[3].table_no, 1);
	}
	/*
	 * without ||||: rows as wide as the header of labels that starts the
	 * run, each labels then numbers (a serial number first, empty cells)
	 */
	read_tables("指标名称 |\n本年度 |\n主动公开政府信息数 |\n14 |\n机构职能类 |\n6 |\n");
	CHECK_INT(cell_count, 2);
	if (cell_count == 2)
	{
		CHECK_STR(cells[1].row_label, "机构职能类");
		CHECK_STR(cells[1].col_label, "本年度");
		CHECK_STR(cells[1].value, "6");
	}
	read_tables("支出情况\n序号 |\n支出项目 |\n金额（万元） |\n备注 |\n"
				"1 |\n网站建设维护 |\n18.6 |\n— |\n2 |\n人员培训 |\n2.5 |\n— |\n\n以上。");
	CHECK_INT(cell_count, 2);
	if (cell_count == 2)
	{
		CHECK_STR(cells[0].row_label, "网站建设维护");
		CHECK_STR(cells[0].col_label, "金额（万元）");
		CHECK_STR(cells[0].unit, "万元");
		CHECK_INT(cells[1].row_no, 2);
	}
	/* ... but a run that no width cuts into such rows is nothing */
	read_tables("指标名称 |\n本年度 |\n主动公开政府信息数 |\n14 |\n机构职能类 |\n");
	CHECK_INT(cell_count, 0);
	read_tables("一、概况 |\n全年发布信息 |\n1250 |\n条 |\n其中网站 |\n980 |\n");
	CHECK_INT(cell_count, 0);	/* a label after the numbers */

	/* PDF text: header one character per line, unit words, a wrapped label */
	read_tables("政府信息公开情况统计表\n统 单 统\n计 位 计\n指 数\n标\n"
				"一、主动公开情况 — —\n"
				"（一）主动公开政府信息数 条 1568\n"
				"其中：主动公开规范性文件 条 23\n数\n"
				"（二）召开新闻发布会次数 次 8\n"
				"五、政府信息公开专项经费 万元 12.5\n"
				"四、存在的主要问题\n");
	CHECK_INT(cell_count, 4);
	if (cell_count == 4)
	{
		CHECK_STR(cells[0].row_label, "（一）主动公开政府信息数");
		CHECK_STR(cells[0].unit, "条");
		/* 统计数: on the line 指 数 one column of three ended, 单位 (位 ends a header) */
		CHECK_STR(cells[0].col_label, "统计数");
		CHECK_STR(cells[1].row_label, "其中：主动公开规范性文件数");
		CHECK_STR(cells[1].value, "23");
		CHECK_STR(cells[2].unit, "次");
		CHECK_STR(cells[3].value, "12.5");
		CHECK_STR(cells[3].unit, "万元");
		CHECK(cells[3].row_key == NULL);
	}
	/*
	 * a header one character per line whose columns end on different
	 * lines: 序号 ends (号 ends a header), 金额（ goes on to its ）, so
	 * its unit is known; where the characters cannot tell which column
	 * ended (指标 本年 both end or 计量 历年 go on) reading stops there
	 */
	read_tables("经费使用情况\n序 支 金\n号 出 额\n项 （\n目 万\n元\n）\n"
				"1 网站建设维护 18.6\n2 人员培训 2.5\n");
	CHECK_INT(cell_count, 2);
	if (cell_count == 2)
	{
		CHECK_STR(cells[0].col_label, "金额（万元）");
		CHECK_STR(cells[0].unit, "万元");
		CHECK_STR(cells[1].row_label, "人员培训");
	}
	read_tables("基本情况\n指 计 本 历\n标 量 年 年\n单 累\n位 计\n"
				"主动公开文件 件 87 642\n举办新闻发布会 场 5 31\n");
	CHECK_INT(cell_count, 4);
	if (cell_count == 4)
	{
		CHECK_STR(cells[0].col_label, "本年");
		CHECK_STR(cells[1].col_label, "历年");
	}

	/* a header of words on one line; a serial number; percentages */
	read_tables("主动公开政府信息分类情况\n序号 信息类别 数量 占比\n"
				"1 机构职能 6 42.9%\n2 政策法规 3 21.4%\n");
	CHECK_INT(cell_count, 4);
	if (cell_count == 4)
	{
		CHECK_STR(cells[0].row_label, "机构职能");
		CHECK_STR(cells[0].col_label, "数量");
		CHECK_STR(cells[1].col_label, "占比");
		CHECK_STR(cells[1].value, "42.9");
		CHECK_STR(cells[1].unit, "%");
		CHECK_STR(raw_of(&cells[1]), "42.9%");
	}

	/* a header of words naming a unit */
	read_tables("项目 件数 金额（万元）\n检索费 3 0.15\n复制费 5 0.32\n");
	CHECK_INT(cell_count, 4);
	if (cell_count == 4)
	{
		CHECK(cells[0].unit == NULL);
		CHECK_STR(cells[1].unit, "万元");
		CHECK_STR(cells[1].col_label, "金额（万元）");
	}
	/* label cells side by side are joined as in pipes; 2019 年 stays whole */
	read_tables("类别 指标 完成数 目标数\n信息发布 政府网站发布信息 2,356 2,000\n"
				"互动交流 在线访谈 12 /\n2019 年 7 9\n");
	CHECK_INT(cell_count, 5);
	if (cell_count == 5)
	{
		CHECK_STR(cells[0].row_label, "信息发布 / 政府网站发布信息");
		CHECK_STR(cells[0].value, "2356");
		CHECK_STR(cells[1].col_label, "目标数");
		CHECK_STR(cells[2].col_label, "完成数");	/* 12, then an empty cell */
		CHECK_STR(cells[3].row_label, "2019 年");
	}

	/* prose wrapped in PDF text: numbers at line ends are no table */
	read_tables("三、依申请公开情况\n本年度共收到政府信息公开申请 9\n件，其中当面申请 3\n"
				"件，网络申请 6\n件。\n");
	CHECK_INT(cell_count, 0);
	/* a table of contents: its numbers are pages */
	read_tables("P. 2\n目录\n一、总体情况.................... 1\n"
				"二、主动公开政府信息情况 .......... 10\n三、收到和处理政府信息公开申请情况 …… 11\n");
	CHECK_INT(cell_count, 0);
	/* one row is no table */
	read_tables("联系电话 0591 22982541\n地址：某县某路2号\n");
	CHECK_INT(cell_count, 0);
	read_tables("地址 某县某路\n联系电话 0591 22982541\n");
	CHECK_INT(cell_count, 0);
	/* ... except under a header with a column for each of its words and numbers */
	read_tables("2015年主动公开政府信息总量\n项目 本年度 上年度 增减\n"
				"主动公开政府信息 1,235 1,107 +128\n\n三、依申请公开情况\n");
	CHECK_INT(cell_count, 3);
	if (cell_count == 3)
	{
		CHECK_STR(cells[0].row_label, "主动公开政府信息");
		CHECK_STR(cells[0].col_label, "本年度");
		CHECK_STR(cells[2].col_label, "增减");
		CHECK_STR(cells[2].value, "128");
	}
	read_tables("受理申请情况\n统 单 统\n计 位 计\n指 数\n标\n受理政府信息公开申请 件 23\n");
	CHECK_INT(cell_count, 1);
	if (cell_count == 1)
	{
		CHECK_STR(cells[0].unit, "件");
		CHECK_STR(cells[0].row_label, "受理政府信息公开申请");
	}

	/* PDF text with each row's numbers on the line after its label */
	read_tables("政府信息公开基本情况\n指标 计量单位 本年 历年累计\n主动公开文件 件\n87 642\n"
				"复制费\n6 128\n邮寄费\n3 45\n\n四、存在的主要问题\n");
	CHECK_INT(cell_count, 6);
	if (cell_count == 6)
	{
		CHECK_STR(cells[0].row_label, "主动公开文件");
		CHECK_STR(cells[0].unit, "件");
		CHECK_STR(cells[1].col_label, "历年累计");
		CHECK_STR(cells[1].value, "642");
		CHECK_STR(cells[2].row_label, "复制费");	/* not the tail of a label */
		CHECK_STR(cells[5].row_label, "邮寄费");
		CHECK_STR(cells[5].value, "45");
	}
	/* ... not without a header (a list), nor one cell per line without | */
	read_tables("联系电话\n12345678\n传真\n87654321\n");
	CHECK_INT(cell_count, 0);
	read_tables("经费使用情况\n序号\n支出项目\n金额（万元）\n1\n网站建设维护\n18.6\n"
				"2\n人员培训\n2.5\n3\n宣传资料印制\n1.9\n");
	CHECK_INT(cell_count, 0);
	/* ... and the trap: prose wrapped around a number alone on its line */
	read_tables("2015年，我局认真贯彻落实各项工作要求，全年主动公开政府信息\n195\n"
				"条，受理依申请公开9件。\n全年主动公开政府信息\n195\n条，受理依申请公开9件。\n");
	CHECK_INT(cell_count, 0);

	/* an old table of results: 部分公开 | 3 starts no national table 3 */
	read_tables("办理结果 | 件数\n同意公开 | 18\n部分公开 | 3\n不予公开 | 2\n");
	CHECK_INT(cell_count, 3);
	if (cell_count == 3)
	{
		CHECK_STR(cells[1].row_label, "部分公开");
		CHECK_STR(cells[1].col_label, "件数");
		CHECK(cells[1].row_key == NULL && cells[1].col_key == NULL);
		CHECK_INT(cells[2].table_no, 1);
	}
	/* markdown: the header row above the rule row names the columns */
	read_tables("| 项目 | 2022年 | 2023年 |\n|---|---|---|\n| 门户网站发布信息 | 1250 | 1386 |\n");
	CHECK_INT(cell_count, 2);
	if (cell_count == 2)
		CHECK_STR(cells[1].col_label, "2023年");

	check_other_fixture("other000_2010_pipes-cells", false);
	check_other_fixture("other001_2015_pipes-pdf", true);
	check_other_fixture("other004_2011_pipes-pdf", true);
	/* written after these rules: two label cells (信息发布 / 政府网站发布信息),
	 * 2,356, an empty cell / */
	check_other_fixture("otherb002_2013_pipes-pdf", true);
	/* written before the rules that read them (batch C): one cell per line
	 * without ||||, numbers on the line after their label, one-row tables */
	check_other_fixture("otherc001_2017_pipes-cellsbare", false);
	check_other_fixture("otherc001_2017_pipes-pdfsplit", true);
	/* tables of one row; 金额（元）, 金额（万元） printed one character per line */
	check_other_fixture("otherc002_2015_pipes-pdf", true);
	arena_free_all();
}
