/*
 * gr_facts.c
 *		The numeric facts of a report.
 *
 * One pass over the text.  Dates are found first (gr_dates_find) and
 * skipped.  At every place where a number may begin, gr_number_scan reads
 * the longest number; around it this file reads what the number reader
 * does not: qualifiers before (约 近 超过 不足 …) and after (余 多 以上 左右 …,
 * also 500余万 where the multiplier follows the qualifier), ranges (10-20,
 * 三至五, 三四十万, 十五六, 6%－6.5%), and the unit from a table of measure
 * words and units, which also gives the kind.  A number with no unit is not
 * a fact: that alone rules out hotlines, postcodes, IDs and labels; the
 * rest (ordinals after 第, numerals inside names and idioms, phone numbers
 * followed by a measure word) are ruled out by context.
 *
 * The subject is the shortest noun phrase of the clause that names what is
 * counted: the noun after the measure word (191场市政府新闻发布活动), else
 * the object of the clause's verb before the number (我局主动公开政府信息
 * 52条), else the clause before the number with its adverbs trimmed.  A
 * percent "of" something (占42.9%) takes the subject of the fact before it.
 *
 * A breakdown (其中, 含, 包括, 在…中) makes the facts that follow, up to the
 * end of the sentence or of the bracket that opened it, children of the
 * total they break down: the last fact before the marker with the same
 * unit, else the last count in the same sentence.
 */
#include "gr_facts.h"

#include <stdio.h>

#include "gr_facts_util.h"
#include "gr_number.h"

/* The longest subject we return, in bytes (about 30 characters). */
#define SUBJECT_LIMIT 96
/* How far back a clause is read for a subject, in code points. */
#define CLAUSE_LIMIT 40
/* How many sentences back a breakdown looks for its total. */
#define PARENT_SENTENCES 2
/* The longest run of numeral characters read as one number. */
#define NUMBER_RUN_LIMIT 64
/* How many facts back a breakdown looks for its total. */
#define PARENT_FACTS 64

/* ---- tables ---- */

typedef struct UnitEntry
{
	const char *text;			/* as written */
	GrFactKind	kind;
	const char *unit;			/* the unit to report, NULL for text */
	const char *not_followed_by;	/* characters that make it another word */
} UnitEntry;

/*
 * Measure words and units.  Units that are mostly something else are left
 * out: 号 (addresses, document numbers), 届 (ordinals), 分 (scores and
 * minutes), 方 (千方百计), 道, 把, 只, 首, 本.
 */
static const UnitEntry units[] = {
	/* points and durations with 个 come first: they are longer */
	{"个百分点", GR_KIND_POINTS, "百分点", NULL},
	{"百分点", GR_KIND_POINTS, NULL, NULL},
	{"个工作日", GR_KIND_DURATION, NULL, NULL},
	{"工作日", GR_KIND_DURATION, NULL, NULL},
	{"个自然日", GR_KIND_DURATION, NULL, NULL},
	{"自然日", GR_KIND_DURATION, NULL, NULL},
	{"个月", GR_KIND_DURATION, NULL, NULL},
	{"个多月", GR_KIND_DURATION, NULL, NULL},
	{"个小时", GR_KIND_DURATION, NULL, NULL},
	{"小时", GR_KIND_DURATION, NULL, NULL},
	{"分钟", GR_KIND_DURATION, NULL, NULL},
	{"秒钟", GR_KIND_DURATION, NULL, NULL},
	{"个季度", GR_KIND_DURATION, NULL, NULL},
	{"季度", GR_KIND_DURATION, NULL, NULL},
	{"个星期", GR_KIND_DURATION, NULL, NULL},
	{"星期", GR_KIND_DURATION, NULL, NULL},
	{"周年", GR_KIND_DURATION, NULL, NULL},
	{"周", GR_KIND_DURATION, NULL, "边末报刊岁"},
	{"天", GR_KIND_DURATION, NULL, "然津地下空"},
	{"年", GR_KIND_DURATION, NULL, "来來度级級龄齡轻輕终終底初末中代"},
	{"学时", GR_KIND_DURATION, NULL, NULL},
	{"课时", GR_KIND_DURATION, NULL, NULL},
	/* money */
	{"元人民币", GR_KIND_MONEY, "元", NULL},
	{"元", GR_KIND_MONEY, NULL, "旦素件首宵"},
	{"圆", GR_KIND_MONEY, NULL, "满"},
	{"美元", GR_KIND_MONEY, NULL, NULL},
	{"欧元", GR_KIND_MONEY, NULL, NULL},
	{"日元", GR_KIND_MONEY, NULL, NULL},
	{"英镑", GR_KIND_MONEY, NULL, NULL},
	{"港元", GR_KIND_MONEY, NULL, NULL},
	{"港币", GR_KIND_MONEY, NULL, NULL},
	{"澳元", GR_KIND_MONEY, NULL, NULL},
	{"韩元", GR_KIND_MONEY, NULL, NULL},
	{"人民币", GR_KIND_MONEY, "元", NULL},
	/* measures */
	{"平方公里", GR_KIND_MEASURE, NULL, NULL},
	{"平方千米", GR_KIND_MEASURE, NULL, NULL},
	{"平方米", GR_KIND_MEASURE, NULL, NULL},
	{"平米", GR_KIND_MEASURE, NULL, NULL},
	{"立方米", GR_KIND_MEASURE, NULL, NULL},
	{"公里", GR_KIND_MEASURE, NULL, NULL},
	{"千米", GR_KIND_MEASURE, NULL, NULL},
	{"厘米", GR_KIND_MEASURE, NULL, NULL},
	{"毫米", GR_KIND_MEASURE, NULL, NULL},
	{"米", GR_KIND_MEASURE, NULL, "饭粮面"},
	{"公顷", GR_KIND_MEASURE, NULL, NULL},
	{"亩", GR_KIND_MEASURE, NULL, NULL},
	{"吨", GR_KIND_MEASURE, NULL, NULL},
	{"千克", GR_KIND_MEASURE, NULL, NULL},
	{"克", GR_KIND_MEASURE, NULL, "服隆"},
	{"公斤", GR_KIND_MEASURE, NULL, NULL},
	{"斤", GR_KIND_MEASURE, NULL, NULL},
	{"毫升", GR_KIND_MEASURE, NULL, NULL},
	{"升", GR_KIND_MEASURE, NULL, "级高温值学职"},
	{"千瓦时", GR_KIND_MEASURE, NULL, NULL},
	{"千瓦", GR_KIND_MEASURE, NULL, NULL},
	{"兆瓦", GR_KIND_MEASURE, NULL, NULL},
	{"度电", GR_KIND_MEASURE, "度", NULL},
	{"摄氏度", GR_KIND_MEASURE, NULL, NULL},
	{"℃", GR_KIND_MEASURE, NULL, NULL},
	{"㎡", GR_KIND_MEASURE, NULL, NULL},
	{"GB", GR_KIND_MEASURE, NULL, NULL},
	{"TB", GR_KIND_MEASURE, NULL, NULL},
	{"MB", GR_KIND_MEASURE, NULL, NULL},
	{"km", GR_KIND_MEASURE, NULL, NULL},
	{"kg", GR_KIND_MEASURE, NULL, NULL},
	{"岁", GR_KIND_MEASURE, NULL, NULL},
	{"周岁", GR_KIND_MEASURE, NULL, NULL},
	{"倍", GR_KIND_MEASURE, NULL, NULL},
	/* counts */
	{"人次", GR_KIND_COUNT, NULL, NULL},
	{"件次", GR_KIND_COUNT, NULL, NULL},
	{"户次", GR_KIND_COUNT, NULL, NULL},
	{"家次", GR_KIND_COUNT, NULL, NULL},
	{"条次", GR_KIND_COUNT, NULL, NULL},
	{"场次", GR_KIND_COUNT, NULL, NULL},
	{"批次", GR_KIND_COUNT, NULL, NULL},
	{"架次", GR_KIND_COUNT, NULL, NULL},
	{"台次", GR_KIND_COUNT, NULL, NULL},
	{"车次", GR_KIND_COUNT, NULL, NULL},
	{"辆次", GR_KIND_COUNT, NULL, NULL},
	{"个次", GR_KIND_COUNT, NULL, NULL},
	{"期次", GR_KIND_COUNT, NULL, NULL},
	{"部分", GR_KIND_COUNT, NULL, NULL},
	{"个部分", GR_KIND_COUNT, NULL, NULL},
	{"大部分", GR_KIND_COUNT, NULL, NULL},
	{"次", GR_KIND_COUNT, NULL, "性要级日年"},
	{"个", GR_KIND_COUNT, NULL, "别体性人案"},
	{"件", GR_KIND_COUNT, NULL, NULL},	/* 三件事 (一件事 is an idiom: one_idioms) */
	{"条", GR_KIND_COUNT, NULL, "例款龙件"},
	{"人", GR_KIND_COUNT, NULL, "民大士员口工才文"},
	{"名", GR_KIND_COUNT, NULL, "单称义字录牌"},
	{"位", GR_KIND_COUNT, NULL, "置于一"},
	{"项", GR_KIND_COUNT, NULL, "目"},
	{"种", GR_KIND_COUNT, NULL, "类子植"},
	{"家", GR_KIND_COUNT, NULL, "庭长属乡园"},
	{"户", GR_KIND_COUNT, NULL, "籍口型"},
	{"篇", GR_KIND_COUNT, NULL, "章幅"},
	{"份", GR_KIND_COUNT, NULL, "额子"},
	{"场", GR_KIND_COUNT, NULL, "所地景馆合面"},
	{"期", GR_KIND_COUNT, NULL, "间限待望末中满刊货"},
	{"册", GR_KIND_COUNT, NULL, NULL},
	{"部", GR_KIND_COUNT, NULL, "门署长委队位分署署"},
	{"批", GR_KIND_COUNT, NULL, "复准示评转办"},
	{"类", GR_KIND_COUNT, NULL, "别型似"},
	{"起", GR_KIND_COUNT, NULL, "诉草来步点到始"},
	{"宗", GR_KIND_COUNT, NULL, "旨教"},
	{"例", GR_KIND_COUNT, NULL, "如会行外"},
	{"台", GR_KIND_COUNT, NULL, "账阶湾风上"},
	{"辆", GR_KIND_COUNT, NULL, NULL},
	{"张", GR_KIND_COUNT, NULL, "网贴"},
	{"套", GR_KIND_COUNT, NULL, "餐"},
	{"所", GR_KIND_COUNT, NULL, "有以在属得谓长"},
	{"座", GR_KIND_COUNT, NULL, "谈位右"},
	{"处", GR_KIND_COUNT, NULL, "理罚室长置于分级"},
	{"栋", GR_KIND_COUNT, NULL, NULL},
	{"幢", GR_KIND_COUNT, NULL, NULL},
	{"支", GR_KIND_COUNT, NULL, "持付出援部队撑"},
	{"块", GR_KIND_COUNT, NULL, "钱"},
	{"页", GR_KIND_COUNT, NULL, "面"},
	{"档", GR_KIND_COUNT, NULL, "案次位期"},
	{"封", GR_KIND_COUNT, NULL, "闭面存建"},
	{"轮", GR_KIND_COUNT, NULL, "流换岗"},
	{"笔", GR_KIND_COUNT, NULL, "记试者"},
	{"幅", GR_KIND_COUNT, NULL, "度员"},
	{"组", GR_KIND_COUNT, NULL, "织成建长"},
	{"队", GR_KIND_COUNT, NULL, "伍员长"},
	{"间", GR_KIND_COUNT, NULL, "接隔断"},
	{"颗", GR_KIND_COUNT, NULL, NULL},
	{"棵", GR_KIND_COUNT, NULL, NULL},
	{"株", GR_KIND_COUNT, NULL, NULL},
	{"匹", GR_KIND_COUNT, NULL, "配"},
	{"艘", GR_KIND_COUNT, NULL, NULL},
	{"架", GR_KIND_COUNT, NULL, "构设"},
	{"节", GR_KIND_COUNT, NULL, "约能日点假目"},
	{"堂", GR_KIND_COUNT, NULL, NULL},
	{"卷", GR_KIND_COUNT, NULL, "宗入"},
	{"盒", GR_KIND_COUNT, NULL, NULL},
	{"重量箱", GR_KIND_MEASURE, NULL, NULL},	/* flat glass */
	{"箱", GR_KIND_COUNT, NULL, NULL},
	{"袋", GR_KIND_COUNT, NULL, NULL},
	{"瓶", GR_KIND_COUNT, NULL, NULL},
	{"字", GR_KIND_COUNT, NULL, "号样段"},
	{"门", GR_KIND_COUNT, NULL, "户口类槛式诊户"},
	/* traditional forms, for text that was not repaired */
	{"條", GR_KIND_COUNT, "條", "例款"},
	{"個", GR_KIND_COUNT, NULL, "別體性人案"},
	{"種", GR_KIND_COUNT, NULL, "類子"},
	{"項", GR_KIND_COUNT, NULL, "目"},
	{"場", GR_KIND_COUNT, NULL, "所地"},
	{"戶", GR_KIND_COUNT, NULL, "籍口"},
	{"張", GR_KIND_COUNT, NULL, "網"},
	{"輛", GR_KIND_COUNT, NULL, NULL},
	{"處", GR_KIND_COUNT, NULL, "理罰室長置"},
	{"萬元", GR_KIND_MONEY, NULL, NULL},
	{NULL, GR_KIND_COUNT, NULL, NULL}
};

/*
 * Nouns counted without a measure word after a big number (近14亿人口), and
 * the heads of such nouns (1000多万失业人员, 近1400万农业转移人口).
 */
static const char *const counted_nouns[] = {
	"人口", "常住人口", "户籍人口", "居民", "群众", "用户", "网民", "农民",
	"职工", "党员", "市场主体", "企业", "农户", "学生", "游客", "观众",
	"人民", "个体工商户", "人员", "工人", "农民工", "毕业生", "儿童", "老人",
	"患者", "家庭", "劳动力", "贫困人口", NULL
};

/* How far a counted noun may run before its head: 农业转移|人口. */
#define COUNTED_NOUN_CHARS 6

/* Qualifiers written before the number. */
static const char *const qualifiers_before[] = {
	"约", "近", "接近", "大约", "将近", "约为", "大概",
	"超过", "逾", "超", "突破", "跨越", "迈过", "多于", "高于",
	"不低于", "不少于",
	"不足", "不到", "未满", "不超过", "不满", "少于", "低于",
	"不高于", "不多于", NULL
};
static const GrQualifier qualifiers_before_kind[] = {
	GR_QUALIFIER_APPROX, GR_QUALIFIER_APPROX, GR_QUALIFIER_APPROX,
	GR_QUALIFIER_APPROX, GR_QUALIFIER_APPROX, GR_QUALIFIER_APPROX,
	GR_QUALIFIER_APPROX,
	GR_QUALIFIER_OVER, GR_QUALIFIER_OVER, GR_QUALIFIER_OVER, GR_QUALIFIER_OVER,
	GR_QUALIFIER_OVER, GR_QUALIFIER_OVER, GR_QUALIFIER_OVER, GR_QUALIFIER_OVER,
	GR_QUALIFIER_OVER, GR_QUALIFIER_OVER,
	GR_QUALIFIER_UNDER, GR_QUALIFIER_UNDER, GR_QUALIFIER_UNDER,
	GR_QUALIFIER_UNDER, GR_QUALIFIER_UNDER, GR_QUALIFIER_UNDER,
	GR_QUALIFIER_UNDER, GR_QUALIFIER_UNDER, GR_QUALIFIER_UNDER
};

/* Qualifiers written after the unit. */
static const char *const qualifiers_after[] = {
	"以上", "之多", "多", "余", "有余", "左右", "上下", "许",
	"以下", "以内", "之内", NULL
};
static const GrQualifier qualifiers_after_kind[] = {
	GR_QUALIFIER_OVER, GR_QUALIFIER_OVER, GR_QUALIFIER_OVER,
	GR_QUALIFIER_OVER, GR_QUALIFIER_OVER, GR_QUALIFIER_APPROX,
	GR_QUALIFIER_APPROX, GR_QUALIFIER_APPROX,
	GR_QUALIFIER_UNDER, GR_QUALIFIER_UNDER, GR_QUALIFIER_UNDER
};

/* Words of change right before the number. */
static const char *const direction_words[] = {
	"增长", "增加", "提高", "上升", "提升", "增", "上涨", "多", "延长", "上调",
	"扩大", "增产",
	"下降", "减少", "降低", "下滑", "回落", "减", "降", "压减", "压缩", "少",
	"缩短", "缩减", "下调", "减产", NULL
};
#define FIRST_DOWN_WORD 12

/* What links a range: 10-20人, 三至五年. */
static const char *const range_joiners[] = {
	"-", "~", "\xe2\x80\x94", "\xe2\x80\x93", "\xef\xbd\x9e", "\xef\xbc\x8d",
	"至", "到", NULL
};

/* Whether the bytes at p are 对 (E5 AF B9; the caller knows three are there) */
static inline bool
starts_with_dui(const char *text, size_t p)
{
	return (unsigned char) text[p] == 0xE5 && (unsigned char) text[p + 1] == 0xAF &&
		(unsigned char) text[p + 2] == 0xB9;
}

/* Whether cp opens one of range_joiners (a cheap test before the list). */
static inline bool
is_range_joiner(uint32_t cp)
{
	return cp == '-' || cp == '~' || cp == 0x2014 || cp == 0x2013 || cp == 0xFF5E ||
		cp == 0xFF0D || cp == 0x81F3 || cp == 0x5230;
}

/* Characters after which a Chinese numeral belongs to a word (统一, 数十). */
static const char block_before_chinese[] =
	"统唯之进同逐划专单整均第每这那哪某任另又再其无成作合归于如数几上若"
	"星礼周初期万亿千百十廿卅";

/* Characters after which 一 is an article, not a count (是一项, 的一个). */
static const char block_before_one[] = "的是为在这那此即乃系属像如做当新比跑样";

/* What follows 一+unit in idioms and names (一次性, 一件事, 一张网). */
static const char *const one_idioms[] = {
	"次性", "件事", "张网", "张图", "网通", "条龙", "门式", "站式", "体化",
	"批", "起", "些", "系列", "道", "部分", "种", "类", "场", "项目", "盘棋",
	"把手", "线", "体", "个样", "个时期", "个中国", "个阶段", "个脚印", "家亲", "年比", "次办",
	"个窗口", NULL
};

/* Slogans and names built on a count (四个意识, 两个维护, 八项规定). */
static const char *const slogan_tails[] = {
	"个意识", "个自信", "个维护", "个确立", "个全面", "个代表", "个务必",
	"项规定", "位一体", "个一百年", "个坚持", "个统筹", "个大局", "个积极性", "个市场", "种资源", "个没有", "个必须",
	"个字", "项制度", "个文明", "次全会", "中全会", "次党代会", "次代表大会", "个一", NULL
};

/* Words before 一年 that make it a time, not a duration (关键一年, 过去一年). */
static const char *const year_idiom_before[] = {
	"关键", "重要", "平凡", "难忘", "决胜", "开局", "收官", "攻坚", "奋进",
	"丰收", "转折", "關鍵", "重要", NULL
};

/* Words before a number that make it a phone number or an identifier. */
static const char *const phone_words[] = {
	"电话", "热线", "专线", "传真", "拨打", "号码", "手机", "邮编", "编号",
	"代码", "账号", "QQ", "电话：", "电话:", NULL
};

/* Leading words trimmed from a subject. */
static const char *const subject_leading[] = {
	"其中", "含", "包括", "包含", "另有", "此外", "另外", "同时", "全年",
	"今年", "本年度", "当年", "年内", "共", "总共", "一共", "合计", "累计", "我局", "本局",
	"本机关", "本单位", "本部门", "我委", "我办", "我厅", "我中心", "我们",
	"均", "都", "又", "还", "并", "已", "、", "和", "及", "与", "或", "，",
	"再", "另", "也", "将", "共有", "现有", "拥有", "设有", "配有", "配备",
	"但", "但是", "而", "去年", "目前", "把", "的", "预计今年", "预计全年", "去年末", "去年底", "年末", "年底", "现在",
	"届时", "减少", "坚决", "要", NULL
};

/* Trailing words trimmed from a subject. */
static const char *const subject_trailing[] = {
	"共计", "总计", "合计", "累计", "共有", "一共", "总共", "共", "计",
	"达到", "已达", "达", "为", "有", "是", "历年", "全年", "总数", "总量",
	"数量", "分别", "各", "仅", "只", "已", "同比", "环比", "比上年",
	"较上年", "比去年", "较去年", "增长了", "增长", "下降了", "下降",
	"增加了", "增加", "减少了", "减少", "提高了", "提高", "降低了", "降低",
	"上升了", "上升", "占", "了", "的比例为", "比例为", "比例", "比重为",
	"比重", "占比为", "占比", "人数为", "累计达", "已经", "年内", "等",
	"举行", "举办", "开展", "受理", "完成", "共发布",
	"收到", "接到", "约", "近", "超", "逾", "达到了", "达了",
	"合计为", "共计为", "在", "要", "再", "拟", "将",
	"按", "拟按", "保持在", "稳定在", "控制在", "提高到", "提高至", "降至", "降到",
	"下降到", "增至", "扩大到", "由", "从", "继续", "可", "每", "每月", "每年",
	"压减", "压缩", "上涨", "提升", "下滑", "回落", "以", "不", "已达到", "仍",
	"连续", "先后", "相继", "新一轮", "新一批", "新一代", "即达", "即", "一律",
	"增加到", "增加至", "上升到", "上升至", "减少到", "减少至", "调整为", "调整到",
	"人均", "户均", "每人", "年均", "平均为", "缩减", "缩短", "力争", "争取", "开工",
	"低于", "高于", "精简",
	"实际", "名义", "惠及", "新建", "新增", "和", "以及",
	"回落到", "回落至", "提升到", "提升至", "下降至", "定为", "定在", "拟定为", "拟定在",
	"基本建成", "新开工", "一直", "不动摇", "均", "预期增长", "高达", "又", "去年", "今年", "保持", "新开工建设", "每天", "净", "延长",
	"平均", "日均", "月均", "为此", "至少", "最多", "简并", "简并至", "简并为", NULL
};

/* Verbs whose object is what is counted (公开 政府信息 52条). */
static const char *const object_verbs[] = {
	"公开", "发布", "受理", "收到", "接收", "接受", "接到", "答复", "寄送",
	"举办", "举行", "召开", "查阅", "利用", "编辑", "整理", "推出", "配备",
	"新增", "收集", "开展", "参加", "培训", "处理", "办结", "提供",
	"印发", "制定", "出台", "修订", "清理", "报送", "上报", "审核", "审查",
	"转办", "回复", "走访", "检查", "开设", "设立", "建立", "更新", "上传",
	"录入", "发放", "印制", "发送", "公布", "推送", "转载", "从事", "涉及",
	"投资", "购置", "支出", "收取", "产生", "完成", "制作", "编制", "梳理",
	"刊登", "刊发", "播出", "解答", "接听", "接待", "获得", "征集", "收录",
	"汇编", "发表", "撰写", "拨付", "派出", "主动公开", "累计公开", "废止",
	"制发", "起草", "审议", "通报", "办理了", "公示", "解读", "回应", "提出",
	"实施", "启动", "实现", "安排", "拿出", "用于", "推广", "淘汰", "关停",
	"新建", "覆盖", "资助", "解决", "扩招", "减轻", "取消", "拟安排", "拟投入",
	"投入", "下达", "建成", "改造", "支持", "得到", "投放", "经历", "增发", "发行", "推进",
	"治理", "改建", "改扩建", "关闭", "抢救", "退出", "严守", "代发", "降低", "拥有", "安置", "压减", "削减", "下放", "保持", "开工建设", "新开工",
	"守住", "停建", "缓建", "带动", "免征", NULL
};

/* Words that lead to the level a noun reaches (四档税率|简并至三档). */
static const char *const level_before_number[] = {
	"简并至", "简并为", "降至", "降到", "降为", "增至", "减至", "升至", "提高到", "提高至", NULL
};

/* Heads of a noun that names money (中央财政安排423亿元|资金). */
static const char *const money_heads[] = {
	"资金", "款", "债券", "补贴", "经费", "基金", "贷款", "投资", "奖金", "补助", NULL
};

/* Prepositions whose phrase runs to the next verb (通过 门户网站 公开 …). */
static const char *const prepositions[] = {
	"通过", "向", "在", "对", "从", "经", "依托", "借助", "依据", "根据",
	"按照", "围绕", "针对", "为", NULL
};

/*
 * Heads too general to name what is counted alone: a verb or a 的 right
 * before one belongs to the noun (政务服务转办事项, 申请公开政府信息的要求).
 */
static const char *const generic_heads[] = {
	"事项", "事件", "案件", "问题", "情况", "要求", "任务", "内容", "规模", "总额",
	"总量", "项目", NULL
};

/*
 * Heads of an amount that name nothing without their 的 modifier: 中央财政用于
 * “三农”的支出 is not just 支出.
 */
static const char *const amount_heads[] = {"支出", "投入", "收入", NULL};

/* Prepositions of two characters, which end a noun phrase (申请|按照…). */
static const char *const long_prepositions[] = {
	"按照", "根据", "依据", "依照", "通过", "针对", "围绕", "对照", "经过", "作为", NULL
};

/*
 * Bodies (places, offices, organisations): N个X的Y counts X, the owner
 * (五个试点区的经验做法, 八个领域的工作), not Y.
 */
static const char body_suffixes[] = "区县市省镇乡村局委厅处站校院";

/* Places named by one character after a count (其他十一个区, 16个县). */
static bool
is_lone_place(uint32_t cp)
{
	return cp == 0x533A || cp == 0x53BF || cp == 0x5E02 || cp == 0x7701 ||	/* 区县市省 */
		cp == 0x9547 || cp == 0x4E61 || cp == 0x6751;	/* 镇乡村 */
}
static const char *const body_nouns[] = {
	"部门", "单位", "企业", "机构", "国家", "地区", "城市", "社区", "领域", "行业",
	"街道", "乡镇", NULL
};

/* Adverbs between a count and what it counts (两次全面降准). */
static const char *const adverbs_after[] = {
	"全面", "大幅", "集中", "专门", "累计", "先后", "分别", "连续", "共", NULL
};

/* Characters that end a clause, for subjects. */
static bool
is_clause_boundary(uint32_t cp)
{
	switch (cp)
	{
		case 0xFF0C:			/* ， */
		case ',':
		case 0x3002:			/* 。 */
		case 0xFF1B:			/* ； */
		case ';':
		case 0xFF1A:			/* ： */
		case ':':
		case 0xFF01:			/* ！ */
		case '!':
		case 0xFF1F:			/* ？ */
		case '?':
		case '\n':
		case '\r':
		case '|':
		case '(':
		case ')':
		case 0xFF08:			/* （ */
		case 0xFF09:			/* ） */
		case '[':
		case ']':
		case 0x3010:			/* 【 */
		case 0x3011:			/* 】 */
		case 0x3014:			/* 〔 */
		case 0x3015:			/* 〕 */
			return true;
		default:
			return false;
	}
}

static bool
is_open_bracket(uint32_t cp)
{
	return cp == '(' || cp == 0xFF08 || cp == '[' || cp == 0x3010;
}

static bool
is_close_bracket(uint32_t cp)
{
	return cp == ')' || cp == 0xFF09 || cp == ']' || cp == 0x3011;
}

static bool
is_sentence_end(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '\n' ||
		cp == '!' || cp == '?';
}

/*
 * Whether the line break at pos only splits a sentence before its number, as
 * text copied from a PDF or a forum does (累计主动公开政府信息\n5928\n条): the
 * line before ends in a Han character, ， or 、 and the next starts with a
 * digit.
 */
static bool
soft_newline(const char *text, size_t len, size_t pos)
{
	size_t		after = fu_skip_blanks(text, len, pos + 1);
	size_t		before;
	uint32_t	last;

	/* the digit after it first: most line breaks fail there */
	if (fu_arabic_digit(fu_peek(text, len, after, NULL)) < 0)
		return false;
	before = fu_skip_blanks_back(text, len, pos);
	last = fu_prev(text, len, before);
	return before > 0 && (gr_is_han(last) || last == 0xFF0C || last == 0x3001);
}

/*
 * Whether cp is one of the characters of the UTF-8 string set: its encoding
 * occurs in set (UTF-8 never matches across character boundaries).
 */
static inline bool
in_set(const char *set, uint32_t cp)
{
	char		encoded[5];
	int			n;

	if (cp == GR_INVALID_CP || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return false;
	n = gr_utf8_encode(cp, encoded);
	encoded[n] = '\0';
	return strstr(set, encoded) != NULL;
}

const char *
gr_fact_kind_name(GrFactKind kind)
{
	static const char *const names[] = {
		"count", "money", "percent", "points", "duration", "measure", "number"
	};

	return (unsigned) kind <= GR_KIND_NUMBER ? names[kind] : NULL;
}

const char *
gr_qualifier_name(GrQualifier qualifier)
{
	switch (qualifier)
	{
		case GR_QUALIFIER_APPROX:
			return "approx";
		case GR_QUALIFIER_OVER:
			return "over";
		case GR_QUALIFIER_UNDER:
			return "under";
		default:
			return NULL;
	}
}

const char *
gr_direction_name(GrDirection direction)
{
	switch (direction)
	{
		case GR_DIRECTION_UP:
			return "up";
		case GR_DIRECTION_DOWN:
			return "down";
		default:
			return NULL;
	}
}

/* ---- the scanner's state ---- */

typedef enum BreakdownMarker
{
	MARKER_NONE,
	MARKER_OF_WHICH,			/* 其中, 含: the total may have another unit */
	MARKER_AMONG				/* 包括, 在…中: the total has the same unit */
} BreakdownMarker;

typedef struct Scanner
{
	const GrEnv *env;
	const char *text;
	size_t		len;
	GrStatus	status;

	GrDate	   *dates;
	size_t		ndates;
	size_t		next_date;		/* first date not yet passed */

	GrFact	   *facts;
	size_t		nfacts;
	size_t		cap;

	int			depth;			/* bracket depth */
	int			sentence;		/* sentences seen so far */
	size_t		clause_start;	/* offset after the last clause boundary */
	int			clause_first_fact;	/* index of the first fact of this clause */

	/* the breakdown in force, if any */
	BreakdownMarker marker;
	size_t		marker_pos;
	int			marker_depth;
	int			marker_sentence;
	int			marker_parent;	/* index of the total, -1 unresolved */
	bool		marker_resolved;
	const char *child_unit;		/* the unit of the first item */
	size_t		child_unit_len;
	int			items;			/* items linked so far */
	bool		comma_items;	/* items apart by ， or 、: a ； ends the list */
	/* the breakdown a bracketed one interrupted: A 4条(含…), B 5条 */
	struct Breakdown
	{
		BreakdownMarker marker;
		size_t		marker_pos;
		int			marker_depth;
		int			marker_sentence;
		int			marker_parent;
		bool		marker_resolved;
		const char *child_unit;
		size_t		child_unit_len;
		int			items;
		bool		comma_items;
	}			outer;

	/* title marks 《 》 before title_scan, found as the pass goes (1-based, 0 none) */
	size_t		title_scan;
	size_t		last_title_open;
	size_t		last_title_close;

	/* A、B分别增长x和y: the list of nouns the values go to, one each */
	size_t		list_start;
	size_t		list_end;		/* 0: no list in force */
	int			list_index;		/* the part the last fact took */
	size_t		list_fact;		/* the index of that fact + 1 */
} Scanner;

/* ---- exact decimal strings ---- */

/* A copy of a decimal string times 10^shift (shift >= 0), from env. */
static char *
decimal_shift(Scanner *s, const char *value, int shift)
{
	size_t		n = strlen(value);
	char	   *out = gr_alloc(s->env, n + (size_t) shift + 2);
	const char *point = strchr(value, '.');
	size_t		o = 0;

	if (!out)
	{
		s->status = GR_NOMEM;
		return NULL;
	}
	if (!point)
	{
		memcpy(out, value, n);
		o = n;
		for (int i = 0; i < shift; i++)
			out[o++] = '0';
		out[o] = '\0';
		return out;
	}
	else
	{
		size_t		ip = (size_t) (point - value);
		const char *frac = point + 1;
		size_t		fn = strlen(frac);
		size_t		skip;

		memcpy(out, value, ip);
		o = ip;
		for (int i = 0; i < shift; i++)
			out[o++] = (size_t) i < fn ? frac[i] : '0';
		if ((size_t) shift < fn)
		{
			out[o++] = '.';
			memcpy(out + o, frac + shift, fn - shift);
			o += fn - shift;
		}
		out[o] = '\0';
		/* drop leading zeros of the integer part ("0.5" * 10 = "05") */
		skip = 0;
		while (out[skip] == '0' && out[skip + 1] != '\0' && out[skip + 1] != '.')
			skip++;
		if (out[0] == '-')
			return out;
		if (skip)
			memmove(out, out + skip, strlen(out + skip) + 1);
		return out;
	}
}

/* A NUL-terminated copy of a GrNumber's value, from env. */
static char *
number_value(Scanner *s, const GrNumber *n)
{
	char	   *out = gr_alloc(s->env, n->value_len + 1);

	if (!out)
	{
		s->status = GR_NOMEM;
		return NULL;
	}
	memcpy(out, n->value, n->value_len);
	out[n->value_len] = '\0';
	return out;
}

/* Read a number at pos; false (and nothing allocated) when none starts there. */
static bool
scan_number(Scanner *s, size_t pos, GrNumber *n, char **value)
{
	GrStatus	status = gr_number_scan(s->env, s->text, s->len, pos, n);

	*value = NULL;
	if (status != GR_OK)
	{
		if (status == GR_NOMEM)
			s->status = GR_NOMEM;
		return false;
	}
	*value = number_value(s, n);
	gr_release(s->env, n->value);
	n->value = NULL;
	return *value != NULL;
}

/* ---- facts ---- */

static GrFact *
add_fact(Scanner *s)
{
	if (s->nfacts == s->cap)
	{
		size_t		cap = s->cap ? s->cap * 2 : 32;
		GrFact	   *grown;

		if (cap * sizeof(GrFact) > GR_MAX_ALLOC)
		{
			s->status = GR_TOO_LARGE;
			return NULL;
		}
		grown = gr_grow(s->env, s->facts, cap * sizeof(GrFact));
		if (!grown)
		{
			s->status = GR_NOMEM;
			return NULL;
		}
		s->facts = grown;
		s->cap = cap;
	}
	memset(&s->facts[s->nfacts], 0, sizeof(GrFact));
	return &s->facts[s->nfacts++];
}

#define NUNITS (sizeof(units) / sizeof(units[0]))

/* The byte lengths of the units, and the filter unit_may_start reads. */
static uint8_t unit_lengths[NUNITS];
static uint8_t unit_first_pair[512];
static uint8_t unit_first_single[32];
static bool unit_index_ready;
static FuBuckets unit_buckets;
static unsigned char unit_a[NUNITS];
static unsigned char unit_b[NUNITS];
static bool unit_single[NUNITS];

/*
 * Whether a unit may start at p: one of one byte starts with text[p], or
 * one of more bytes with text[p], text[p + 1] (by their hash).
 */
FU_INLINE bool
unit_may_start(const char *text, size_t len, size_t p)
{
	if (!unit_index_ready)
	{
		for (size_t i = 0; units[i].text; i++)
		{
			const unsigned char *w = (const unsigned char *) units[i].text;
			size_t		n = strlen(units[i].text);

			unit_lengths[i] = (uint8_t) n;
			unit_single[i] = n == 1;
			unit_a[i] = w[0];
			unit_b[i] = n > 1 ? w[1] : 0;
			if (n == 1)
				FU_BIT_SET(unit_first_single, w[0]);
			else if (n > 1)
				FU_BIT_SET(unit_first_pair, fu_pair_hash(w[0], w[1]));
		}
		fu_buckets_build(&unit_buckets, (int) NUNITS - 1, unit_a, unit_b, unit_single, false);
		unit_index_ready = true;
	}
	if (FU_BIT_TEST(unit_first_single, (unsigned char) text[p]))
		return true;
	return p + 1 < len &&
		FU_BIT_TEST(unit_first_pair, fu_pair_hash((unsigned char) text[p],
												  (unsigned char) text[p + 1]));
}

/*
 * Where match_unit looks for a unit after pos: past blanks and at most one
 * line break (a number split from its unit by a line break).
 */
FU_INLINE size_t
unit_search_start(const char *text, size_t len, size_t pos)
{
	size_t		p = fu_skip_blanks(text, len, pos);
	size_t		next;

	if (fu_peek(text, len, p, &next) == '\r')
		p = next;
	if (fu_peek(text, len, p, &next) == '\n')
		p = fu_skip_blanks(text, len, next);
	return p;
}

/* The unit at pos (after blanks and at most one line break), or NULL. */
static const UnitEntry *
match_unit(const Scanner *s, size_t pos, size_t *unit_start, size_t *unit_end)
{
	const UnitEntry *best = NULL;
	size_t		best_len = 0;
	size_t		p = unit_search_start(s->text, s->len, pos);

	if (p >= s->len)
		return NULL;
	if (!unit_may_start(s->text, s->len, p))
		return NULL;
	for (unsigned e = 0;; e++)
	{
		size_t		n;
		int			i;

		/* the units of the bucket of the next two bytes, else all */
		if (p + 1 < s->len && unit_buckets.usable)
		{
			unsigned	h = fu_bucket_hash((unsigned char) s->text[p],
										   (unsigned char) s->text[p + 1]);

			if (unit_buckets.off[h] + e >= unit_buckets.off[h + 1])
				break;
			i = unit_buckets.idx[unit_buckets.off[h] + e];
		}
		else if (units[e].text)
			i = (int) e;
		else
			break;
		if (units[i].text[0] != s->text[p])
			continue;
		n = unit_lengths[i];
		if (n > best_len && fu_at(s->text, s->len, p, units[i].text))
		{
			uint32_t	after = fu_peek(s->text, s->len, p + n, NULL);

			if (units[i].not_followed_by && in_set(units[i].not_followed_by, after))
				continue;
			/* ASCII units must end there (5G, 3M are names) */
			if ((unsigned char) units[i].text[0] < 0x7F && after < 128 && fu_is_ascii_alnum(after))
				continue;
			best = &units[i];
			best_len = n;
		}
	}
	if (best)
	{
		*unit_start = p;
		*unit_end = p + best_len;
	}
	return best;
}

/*
 * 小微企业、“三农”贷款增速分别高4.2和0.7个百分点: a number of digits
 * [pos, p) with no unit, joined by 和/与/、 to a number of digits with one,
 * in a 分别 statement (分别 at most four characters before it), takes that
 * unit.  The unit (its span in *unit_start, *unit_end), or NULL.
 */
static const UnitEntry *
shared_unit(Scanner *s, size_t pos, size_t p, size_t *unit_start, size_t *unit_end)
{
	const char *text = s->text;
	size_t		q = pos;
	size_t		k;
	GrNumber	next;
	char	   *next_value;
	const UnitEntry *unit = NULL;
	bool		each = false;

	if (fu_at(text, s->len, p, "和") || fu_at(text, s->len, p, "与"))
		k = strlen("和");
	else if (fu_peek(text, s->len, p, NULL) == 0x3001)
		k = strlen("、");
	else
		return NULL;
	if (fu_arabic_digit(fu_peek(text, s->len, p + k, NULL)) < 0)
		return NULL;
	for (int chars = 0; chars < 4 && q > 0 && !each; chars++)
	{
		q = fu_back(text, q);
		each = fu_at(text, pos, q, "分别");
	}
	if (!each || !scan_number(s, p + k, &next, &next_value))
		return NULL;
	if (!(next.flags & (GR_NUM_SIGNED | GR_NUM_PERCENT)))
		unit = match_unit(s, next.end, unit_start, unit_end);
	gr_release(s->env, next_value);
	return unit;
}

/* Whether the number at [start, end) sits in a phone or identifier context. */
static bool
looks_like_identifier(const Scanner *s, size_t start, size_t end, const GrNumber *n)
{
	const char *text = s->text;
	size_t		p = start;
	int			chars = 0;
	uint32_t	first = fu_peek(text, s->len, start, NULL);
	uint32_t	after = fu_peek(text, s->len, end, NULL);

	if (!(n->flags & GR_NUM_ARABIC) || (n->flags & (GR_NUM_DECIMAL | GR_NUM_GROUPED)))
		return false;
	/* a leading zero (0797, 010) or a very long digit run (ID numbers) */
	if (fu_arabic_digit(first) == 0 && n->integer_digits > 1)
		return true;
	if (n->integer_digits >= 11)
		return true;
	/* 0797-5703718, 400-123-4567 */
	if ((after == '-' || after == 0xFF0D) && n->integer_digits >= 3 &&
		fu_arabic_digit(fu_peek(text, s->len, end + 1, NULL)) >= 0)
		return true;
	if (fu_prev(text, s->len, start) == '-' && n->integer_digits >= 5)
		return true;
	if (n->integer_digits < 5)
		return false;
	/* 电话：12345, 拨打12345 */
	while (p > 0 && chars < 8)
	{
		int			which;

		if (fu_before_any(text, p, phone_words, &which) > 0)
			return true;
		p = fu_back(text, p);
		if (is_clause_boundary(fu_peek(text, s->len, p, NULL)))
			break;
		chars++;
	}
	return false;
}

/*
 * Whether the number at pos is the total of a page marker: 共 right before
 * it and 第N页 before that (第1页共18页, 第 2 页 / 共 18 页), as documents
 * copied from viewers and PDFs carry them.
 */
static bool
page_marker_total(const char *text, size_t len, size_t pos)
{
	size_t		q = fu_skip_blanks_back(text, len, pos);

	if (!fu_before(text, q, "共"))
		return false;
	q = fu_skip_blanks_back(text, len, q - strlen("共"));
	if (fu_prev(text, len, q) == '/' || fu_prev(text, len, q) == 0xFF0F)
		q = fu_skip_blanks_back(text, len, fu_back(text, q));
	if (!fu_before(text, q, "页"))
		return false;
	q = fu_skip_blanks_back(text, len, q - strlen("页"));
	/* the page number itself, after 第 */
	for (int digits = 0; digits < 6 && fu_arabic_digit(fu_prev(text, len, q)) >= 0; digits++)
	{
		q = fu_back(text, q);
		if (fu_before(text, fu_skip_blanks_back(text, len, q), "第"))
			return true;
	}
	return false;
}

/* ---- subjects ---- */

/*
 * Words whose last character is also a trailing word of subjects (共, 计, 为,
 * 可, 近): 公共, 审计, 行为, 行政许可 stay whole.
 */
static const char *const whole_words[] = {
	"公共", "统计", "会计", "审计", "设计", "行为", "许可", "认可", "附近", "平均", "下达", "送达", NULL
};

/* Words whose first character is also a leading word (均衡性转移支付, 共享单车). */
static const char *const whole_leading[] = {
	"均衡", "均等", "共享", "共建", "共同", "和平", "再生", "再就业", "再贷款", "还款",
	"并购", "及时", "另类", "与会", "已婚", "要素", "要求", "要点", "要件", "要闻", "要案",
	"要害", "要地", "要务", NULL
};

/* Trim the listed words from both ends of [*start, *end). */
static void
trim_words(const char *text, size_t *start, size_t *end,
		   const char *const *leading, const char *const *trailing)
{
	bool		changed = true;

	while (changed && *start < *end)
	{
		size_t		n;
		int			which;

		changed = false;
		*start = fu_skip_blanks(text, *end, *start);
		*end = fu_skip_blanks_back(text, *end, *end);
		if (leading && (n = fu_at_any(text, *end, *start, leading, &which)) > 0 &&
			*start + n <= *end &&
			!(n == 3 && fu_at_any(text, *end, *start, whole_leading, &which) > 3))
		{
			*start += n;
			changed = true;
		}
		if (trailing && *end > *start &&
			(n = fu_before_any(text, *end, trailing, &which)) > 0 && *end - n >= *start &&
			!(n == 3 && *end - *start >= 6 &&
			  fu_before_any(text, *end, whole_words, &which) == 6))
		{
			*end -= n;
			changed = true;
		}
	}
}

/* The number of code points in [start, end). */
static size_t
char_count(const char *text, size_t start, size_t end)
{
	size_t		count = 0;

	for (size_t i = start; i < end; i++)
		if (((unsigned char) text[i] & 0xC0) != 0x80)
			count++;
	return count;
}

/* Quotation marks and title marks: a name inside is one word. */
#define QUOTE_LIMIT 24

static bool
is_open_quote(uint32_t cp)
{
	return cp == 0x201C || cp == 0x300A || cp == 0x300C;	/* “ 《 「 */
}

static bool
is_close_quote(uint32_t cp)
{
	return cp == 0x201D || cp == 0x300B || cp == 0x300D;	/* ” 》 」 */
}

/*
 * Where the quoted name that opens at p ends (past its closing mark), within
 * QUOTE_LIMIT characters and before end; 0 when it does not close there.
 */
static size_t
quote_end(const char *text, size_t end, size_t p)
{
	size_t		q;
	int			chars = 0;

	fu_peek(text, end, p, &q);
	while (q < end && chars < QUOTE_LIMIT)
	{
		size_t		next;
		uint32_t	cp = fu_peek(text, end, q, &next);

		if (is_close_quote(cp))
			return next;
		if (is_open_quote(cp) || is_sentence_end(cp))
			return 0;
		q = next;
		chars++;
	}
	return 0;
}

/*
 * Where the quoted name that closes just before p opens, at or after limit,
 * within QUOTE_LIMIT characters; p itself when there is none.
 */
static size_t
quote_start(const char *text, size_t limit, size_t p)
{
	size_t		q = fu_back(text, p);
	int			chars = 0;

	while (q > limit && chars < QUOTE_LIMIT)
	{
		uint32_t	cp;

		q = fu_back(text, q);
		cp = fu_peek(text, p, q, NULL);
		if (is_open_quote(cp))
			return q;
		if (is_close_quote(cp) || is_sentence_end(cp))
			return p;
		chars++;
	}
	return p;
}

/*
 * The object of the clause [start, end): the words after its first verb
 * that is not inside a prepositional phrase, when at least two characters
 * remain; [start, end) itself otherwise.
 */
static void
object_of_clause(const char *text, size_t *start, size_t *end)
{
	size_t		p = *start;
	bool		after_preposition = false;

	while (p < *end)
	{
		int			which;
		size_t		n;
		size_t		next;

		if (!after_preposition && p == *start &&
			(n = fu_at_any(text, *end, p, prepositions, &which)) > 0)
		{
			after_preposition = true;
			p += n;
			continue;
		}
		/* no verb inside a quoted name: “双随机、一公开”信息 */
		if (is_open_quote((uint32_t) fu_peek(text, *end, p, NULL)) &&
			(next = quote_end(text, *end, p)) > 0)
		{
			p = next;
			continue;
		}
		n = fu_at_any(text, *end, p, object_verbs, &which);
		/* 综合治理水土流失面积: a verb after 综合 is part of the name */
		if (n > 0 && p > *start && fu_before(text, p, "综合"))
			n = 0;
		/*
		 * 棚户区改造住房, 危房改造: 改造 right after the place it works on
		 * names a project (not 累计改造棚户区)
		 */
		if (n > 0 && p > *start && fu_at(text, *end, p, "改造") &&
			in_set("区房村城路街镇厂", fu_prev(text, *end, p)) && char_count(text, *start, p) >= 2)
			n = 0;
		if (n > 0)
		{
			size_t		rest = p + n;

			static const char *const inside_noun[] = {
				"会", "活动", "申请", "平台", "专栏", "中心", "率", "量", "工作",
				"栏", "时限", "期限", "范围", "类", NULL
			};

			static const char *const nominal[] = {
				"时间", "时限", "期限", "率", "量", "人数", "件数", "次数", "情况",
				"工作", "金额", "费用", NULL
			};

			/*
			 * a verb inside a noun: 政务公开平台, 信息公开申请 (not 受理申请),
			 * 答复时间, 办结率
			 */
			if (((fu_at(text, *end, p, "公开") || fu_at(text, *end, p, "发布") ||
				  fu_at(text, *end, p, "公示") || fu_at(text, *end, p, "解读")) &&
				 fu_at_any(text, *end, rest, inside_noun, &which) > 0) ||
				fu_at_any(text, *end, rest, nominal, &which) > 0)
			{
				p = rest;
				continue;
			}
			/* verb chains: 查阅利用 档案, 新建和改造 农村公路, 新建、改建 */
			for (;;)
			{
				size_t		joiner = 0;

				if (fu_at(text, *end, rest, "和") || fu_at(text, *end, rest, "、") ||
					fu_at(text, *end, rest, "与") || fu_at(text, *end, rest, "及"))
					joiner = strlen("和");
				if ((n = fu_at_any(text, *end, rest + joiner, object_verbs, &which)) == 0)
					break;
				rest += joiner + n;
			}
			/* a verb inside the noun before a general head: 政务服务转办|事项 */
			if (p > *start && fu_at_any(text, *end, rest, generic_heads, &which) == *end - rest)
			{
				p = rest;
				continue;
			}
			if (char_count(text, rest, *end) >= 2)
			{
				*start = rest;
				return;
			}
			p = rest;
			continue;
		}
		fu_peek(text, *end, p, &next);
		p = next;
	}
}

/*
 * The date that holds the byte at q, among the few dates just before the
 * scanner's position; its index, or -1.
 */
static int
date_at(const Scanner *s, size_t q)
{
	size_t		i = s->next_date < s->ndates ? s->next_date + 1 : s->ndates;

	for (int looked = 0; i-- > 0 && looked < 6; looked++)
	{
		if (s->dates[i].start <= q && q < s->dates[i].end)
			return (int) i;
		if (s->dates[i].end <= q)
			break;
	}
	return -1;
}

/* [start, end) is one verb with no noun before it, not a noun after 的 (的投入) */
static bool
is_bare_verb(const char *text, size_t start, size_t end)
{
	int			which;

	return end > start && fu_at_any(text, end, start, object_verbs, &which) == end - start &&
		!fu_before(text, start, "的");
}

/*
 * The subject before the number: the clause that ends at end, from its
 * boundary (or the end of the previous fact), trimmed to its object.
 */
static void
subject_before(Scanner *s, size_t end, size_t *sub_start, size_t *sub_end)
{
	const char *text = s->text;
	size_t		limit = s->clause_start;
	size_t		p = end;
	int			chars = 0;
	size_t		last_de = 0;
	bool		has_de = false;
	int			which_cmp;
	static const char *const comparatives[] = {
		"高", "低", "快", "慢", "高出", "超收", "超支", "增收", "减收", NULL
	};

	if (s->nfacts > 0 && s->facts[s->nfacts - 1].end > limit &&
		s->facts[s->nfacts - 1].end <= end)
		limit = s->facts[s->nfacts - 1].end;
	/* a number on a line of its own: the clause ends before the line break */
	{
		size_t		e = fu_skip_blanks_back(text, s->len, end);

		if (e > limit && fu_prev(text, s->len, e) == '\n' &&
			soft_newline(text, s->len, fu_back(text, e)))
			end = p = fu_skip_blanks_back(text, s->len, fu_back(text, e));
	}
	while (p > limit && chars < CLAUSE_LIMIT)
	{
		size_t		q = fu_back(text, p);
		uint32_t	cp = fu_peek(text, s->len, q, NULL);

		/* a quoted name is one word, digits and all: “12345”政务服务 */
		if (is_close_quote(cp))
		{
			size_t		open = quote_start(text, limit, p);

			if (open < q)
			{
				chars += (int) char_count(text, open, p);
				p = open;
				continue;
			}
		}
		if (cp == '\n' && soft_newline(text, s->len, q))
		{
			p = q;
			chars++;
			continue;
		}
		/* 对外直接投资从2007年的248亿美元: past a date inside the clause */
		if (fu_arabic_digit(cp) >= 0 || gr_is_han(cp))
		{
			int			d = date_at(s, q);

			if (d >= 0 && s->dates[d].start >= limit && s->dates[d].start < q)
			{
				chars += (int) char_count(text, s->dates[d].start, p);
				p = s->dates[d].start;
				continue;
			}
		}
		/* 5G基站, 4K, 广义货币M2: digits inside a code stay in the noun */
		if (fu_arabic_digit(cp) >= 0 &&
			((p < end && fu_is_ascii_alnum(fu_peek(text, s->len, p, NULL)) &&
			  !fu_is_ascii_alnum(fu_prev(text, s->len, q))) ||
			 (fu_is_ascii_alnum(fu_prev(text, s->len, q)) && fu_arabic_digit(fu_prev(text, s->len, q)) < 0)))
		{
			p = q;
			chars++;
			continue;
		}
		if (is_clause_boundary(cp) || fu_arabic_digit(cp) >= 0 || cp == '%')
			break;
		p = q;
		chars++;
	}
	/* what is left of a date or a number before the clause: 2010年新增… */
	if (p > 0 && fu_arabic_digit(fu_prev(text, s->len, p)) >= 0)
	{
		static const char *const date_tails[] = {
			"年度", "年底", "年初", "年末", "年", "月份", "月", "日", "号", "份", NULL
		};
		int			which;

		p += fu_at_any(text, end, p, date_tails, &which);
	}
	*sub_start = p;
	*sub_end = end;
	trim_words(text, sub_start, sub_end, subject_leading, subject_trailing);
	/*
	 * 教育支出五年累计, 中央财政五年累计补助…资金: a period (a count of
	 * years, then 累计 or the end) is no part of the noun; the words after
	 * it when they name something, else those before
	 */
	for (size_t q = *sub_start; q + 3 <= *sub_end; q++)
	{
		size_t		numerals;
		size_t		after;
		const char *year = memchr(text + q, 0xB4, *sub_end - q);	/* 年 is E5 B9 B4 */

		if (year == NULL)
			break;
		q = (size_t) (year - text);
		if (q < *sub_start + 2 + 3 || memcmp(text + q - 2, "年", 3) != 0 ||
			!in_set("一二两三四五六七八九十", fu_prev(text, s->len, q - 2)))
			continue;
		numerals = q - 2;		/* 年 starts here; q stays on its last byte */
		after = numerals + strlen("年");
		while (numerals > *sub_start && in_set("一二两三四五六七八九十", fu_prev(text, s->len, numerals)))
			numerals = fu_back(text, numerals);
		if (fu_at(text, *sub_end, after, "累计"))
			after += strlen("累计");
		/* (五年|转移农村人口8463万人: also a period that opens the clause) */
		else if (after != *sub_end && numerals != *sub_start)
			continue;
		else if (fu_at(text, *sub_end, after, "来"))
			after += strlen("来");	/* 十年来|我国居民消费价格涨幅 */
		else if (fu_at(text, *sub_end, after, "以来"))
			after += strlen("以来");
		if (char_count(text, after, *sub_end) >= 2)
			*sub_start = after;
		else if (char_count(text, *sub_start, numerals) >= 2)
			*sub_end = numerals;
		else
		{
			/* the period alone (五年增加70%): no noun */
			*sub_start = *sub_end = 0;
			return;
		}
		trim_words(text, sub_start, sub_end, subject_leading, subject_trailing);
		break;
	}
	if (*sub_start >= *sub_end)
	{
		*sub_start = *sub_end = 0;
		return;
	}
	/*
	 * 中央财政此项支出从2006年|20.5亿元: a 从/由 and a date right before the
	 * number end the noun before the verbs of the noun are read (支出 is
	 * also a verb)
	 */
	if (*sub_end == end)
		for (size_t q = *sub_start; q + 3 < *sub_end; q++)
		{
			int			d;

			if (!fu_at(text, *sub_end, q, "从") && !fu_at(text, *sub_end, q, "由"))
				continue;
			d = date_at(s, q + 3);
			if (d >= 0 && s->dates[d].start == q + 3 && s->dates[d].end >= *sub_end &&
				char_count(text, *sub_start, q) >= 2)
			{
				*sub_end = q;
				trim_words(text, sub_start, sub_end, subject_leading, subject_trailing);
				break;
			}
		}
	/* …的: the head noun after the last 的, unless the phrase ends with it */
	if (!fu_before(text, *sub_end, "的"))
	{
		for (size_t q = *sub_start; q + 3 <= *sub_end; q++)
			if (fu_at(text, *sub_end, q, "的"))
			{
				last_de = q + 3;
				has_de = true;
			}
		/*
		 * a long modifier or one with a verb is dropped (从事…工作的全职人员
		 * -> 全职人员); a short one stays (政策法规类的信息)
		 */
		if (has_de && char_count(text, last_de, *sub_end) >= 2)
		{
			static const char *const arrange[] = {"拟安排", "安排", NULL};
			bool		has_verb = false;
			int			which;
			size_t		head_end;

			for (size_t q = *sub_start; q < last_de - 3 && !has_verb; q++)
			{
				int			w;

				has_verb = fu_at_any(text, last_de, q, object_verbs, &w) > 0;
			}
			/* (用于“三农”的投入拟安排: the verb that leads to the amount aside) */
			head_end = *sub_end - fu_before_any(text, *sub_end, arrange, &which);

			/* …的要求: a general head keeps its modifier */
			if ((has_verb || char_count(text, *sub_start, last_de - 3) > 6) &&
				fu_at_any(text, *sub_end, last_de, generic_heads, &which) != *sub_end - last_de &&
				fu_at_any(text, head_end, last_de, amount_heads, &which) != head_end - last_de)
				*sub_start = last_de;
		}
		object_of_clause(text, sub_start, sub_end);
		trim_words(text, sub_start, sub_end, subject_leading, subject_trailing);
	}
	/*
	 * a date that opens the subject is no part of it, nor is a 从/由/比
	 * phrase of a date: 2010年新增|信息, 从2002年|…
	 */
	for (int guard = 0; guard < 3 && *sub_start < *sub_end; guard++)
	{
		size_t		at;
		int			d;
		int			which;

		if (guard > 0)
			trim_words(text, sub_start, sub_end, subject_leading, subject_trailing);
		at = *sub_start;

		if (fu_at(text, *sub_end, at, "从") || fu_at(text, *sub_end, at, "由") ||
			fu_at(text, *sub_end, at, "比") || fu_at(text, *sub_end, at, "较"))
			at += 3;
		d = date_at(s, at);
		if (at > *sub_start &&
			(fu_at(text, *sub_end, at, "去年") || fu_at(text, *sub_end, at, "上年") ||
			 fu_at(text, *sub_end, at, "同期")))
		{
			/* 由去年的1000亿元 */
			*sub_start = at + 6;
			if (fu_at(text, *sub_end, *sub_start, "的"))
				*sub_start += 3;
			continue;
		}
		if (d < 0 || s->dates[d].start != at)
			break;
		*sub_start = s->dates[d].end;
		*sub_start += fu_at_any(text, *sub_end, *sub_start, subject_leading, &which);
		if (fu_at(text, *sub_end, *sub_start, "的"))
			*sub_start += 3;
	}
	/*
	 * 起征点从月销售额10万元, 补助标准由每人, 资产总额比2002年: what changes,
	 * not where it starts or what it is compared with
	 */
	for (size_t q = *sub_start; q + 3 <= *sub_end; q++)
		if (((fu_at(text, *sub_end, q, "从") && !fu_at(text, *sub_end, q, "从事")) ||
			 (fu_at(text, *sub_end, q, "由") && !fu_at(text, *sub_end, q, "由于") &&
			  !in_set("自理缘经", fu_prev(text, s->len, q))) ||
			 ((fu_at(text, *sub_end, q, "比") || fu_at(text, *sub_end, q, "较")) &&
			  (date_at(s, q + 3) >= 0 || fu_at(text, *sub_end, q + 3, "上年") ||
			   fu_at(text, *sub_end, q + 3, "去年") || fu_at(text, *sub_end, q + 3, "同期")))) &&
			char_count(text, *sub_start, q) >= 2)
		{
			*sub_end = q;
			trim_words(text, sub_start, sub_end, subject_leading, subject_trailing);
			break;
		}
	/*
	 * 小微企业贷款增速比各项贷款平均增速(分别)高4.2个百分点: a comparison ends
	 * the noun at its 比/较 (not 比重, 比例, 比率, 比较)
	 */
	if (*sub_end > *sub_start &&
		(fu_before_any(s->text, *sub_end, comparatives, &which_cmp) > 0))
		for (size_t q = *sub_start; q + 3 <= *sub_end; q++)
			if ((fu_at(text, *sub_end, q, "比") || fu_at(text, *sub_end, q, "较")) &&
				!in_set("重例率较", fu_peek(text, *sub_end, q + 3, NULL)) &&
				!fu_before(text, q, "比") && char_count(text, *sub_start, q) >= 2)
			{
				*sub_end = q;
				trim_words(text, sub_start, sub_end, subject_leading, subject_trailing);
				break;
			}
	/*
	 * 用两年时间将筹资标准由每人每年50元: the object of 将/把 (not 将近,
	 * 即将, 将来); what stands before it is the manner or the agent
	 */
	for (size_t q = *sub_end; q > *sub_start + 3;)
	{
		q--;
		/* 将 is E5 B0 86, 把 E6 8A 8A: test the last byte first */
		if ((unsigned char) text[q] != 0x86 && (unsigned char) text[q] != 0x8A)
			continue;
		if (q < *sub_start + 5)
			break;
		if ((fu_at(text, *sub_end, q - 2, "将") || fu_at(text, *sub_end, q - 2, "把")) &&
			!fu_at(text, *sub_end, q - 2, "将近") && !fu_at(text, *sub_end, q - 2, "将来") &&
			!fu_before(text, q - 2, "即") && char_count(text, q + 1, *sub_end) >= 2 &&
			!is_bare_verb(text, q + 1, *sub_end))	/* 中央财政将安排: 将 is "will" */
		{
			*sub_start = q + 1;
			trim_words(text, sub_start, sub_end, subject_leading, subject_trailing);
			break;
		}
	}
	/* 又前进了三名: a bare verb done, no noun */
	if (*sub_start < *sub_end && fu_at(text, end, *sub_end, "了") &&
		char_count(text, *sub_start, *sub_end) <= 2)
		*sub_start = *sub_end = 0;
	if (*sub_start >= *sub_end || *sub_end - *sub_start > SUBJECT_LIMIT)
		*sub_start = *sub_end = 0;
}

/*
 * Whether the verb at p ends the noun phrase before it (二种形式|发布政府
 * 信息, …危房|得到改造); a verb inside a noun (新闻发布会, 信息公开申请)
 * does not.
 */
static bool
verb_ends_noun(const Scanner *s, size_t p)
{
	static const char *const predicate_verbs[] = {
		"得到", "实现", "用于", "进行", "开展", "受益", "完成", "检查", "获得",
		"继续", "办理", "纳入", "列入", "享受", NULL
	};
	int			which;
	size_t		k = fu_at_any(s->text, s->len, p, object_verbs, &which);
	uint32_t	after;

	static const char *const noun_suffixes[] = {
		"会", "活动", "申请", "工作", "信息", "平台", "专栏", "目录", "指南",
		"材料", "渠道", "情况", "事项", "类", "率", "量", "人", "员", "栏",
		"室", "厅", "中心", "网", "件", "稿", "机制", "制度", "点", NULL
	};

	if (fu_at_any(s->text, s->len, p, predicate_verbs, &which) > 0)
		return true;
	if (k == 0)
		return false;
	after = fu_peek(s->text, s->len, p + k, NULL);
	if (after == 0x4E86 || after == 0x8FC7 || after == 0x7740 ||	/* 了 过 着 */
		is_clause_boundary(after) || after == GR_INVALID_CP)
		return true;
	/* 新闻发布会, 信息公开申请: the verb is inside a noun */
	return fu_at_any(s->text, s->len, p + k, noun_suffixes, &which) == 0;
}

/* First characters after a measure word that do not begin a noun. */
static const char after_stop[] =
	"中内以之左后前来了和及与或占共其是为在等已均都全予被由对向到至增减比较"
	"同环上下每并且而但即就也还又再将给把从次多余的得地着过所个分起时";

/*
 * The end of a counted noun that begins at p, after a big number with no
 * measure word: 人口 (近14亿人口), or a short noun phrase that ends in a
 * counted head (1000多万|失业人员); 0 when there is none.
 */
static size_t
counted_noun_end(const Scanner *s, size_t p)
{
	const char *text = s->text;
	size_t		q = p;
	int			chars = 0;
	/* a phrase only after 万 or 亿 (not 十年来我国居民) */
	int			limit = gr_chinese_unit_exponent(fu_prev(text, s->len, p)) >= 4 ?
		COUNTED_NOUN_CHARS : 0;

	while (q < s->len && chars <= limit)
	{
		int			which;
		size_t		next;
		size_t		k = fu_at_any(text, s->len, q, counted_nouns, &which);
		uint32_t	cp;

		if (k > 0)
			return q + k;
		cp = fu_peek(text, s->len, q, &next);
		/* a noun of people: 6600多万|纳税人 (not 人次) */
		if (cp == 0x4EBA && chars >= 2 && !fu_at(text, s->len, next, "次"))
			return next;
		if (cp == GR_INVALID_CP || !gr_is_han(cp) || cp == 0x7684 ||	/* 的 */
			(chars == 0 && in_set(after_stop, cp)))
			return 0;
		q = next;
		chars++;
	}
	return 0;
}

/* Whether [start, end) is one such place right after the fact ending at fact_end. */
static bool
lone_place_at(const char *text, size_t len, size_t start, size_t end, size_t fact_end)
{
	return end > start && start == fact_end && char_count(text, start, end) == 1 &&
		is_lone_place(fu_peek(text, len, start, NULL));
}

/* How far a title mark is looked for around a number, in code points. */
#define TITLE_LIMIT 48

/*
 * Whether [start, end) lies inside a title 《…》 (《乡村振兴三年行动计划》,
 * 《关于做好50项民生实事的通知》): 《 before it and 》 after it, with neither
 * mark of the other kind nor a sentence end between, within TITLE_LIMIT
 * characters each way.  The last marks before start are kept up to date with
 * memchr for their lead byte (starts only grow), so the character scans run
 * only inside an open title.
 */
static bool
inside_title(Scanner *s, size_t start, size_t end)
{
	const char *text = s->text;
	size_t		len = s->len;
	size_t		q = start;
	int			chars = 0;
	bool		opened = false;

	/* marks further back than the window do not matter (0xE3 is a lead byte) */
	if (start > TITLE_LIMIT * 4 && s->title_scan < start - TITLE_LIMIT * 4)
	{
		s->title_scan = start - TITLE_LIMIT * 4;
		s->last_title_open = s->last_title_close = 0;
	}
	while (s->title_scan < start)
	{
		const char *hit = memchr(text + s->title_scan, 0xE3, start - s->title_scan);
		size_t		h;

		if (!hit)
		{
			s->title_scan = start;
			break;
		}
		h = (size_t) (hit - text);
		if (h + 2 < len && (unsigned char) text[h + 1] == 0x80)
		{
			if ((unsigned char) text[h + 2] == 0x8A)	/* 《 */
				s->last_title_open = h + 1;
			else if ((unsigned char) text[h + 2] == 0x8B)	/* 》 */
				s->last_title_close = h + 1;
		}
		s->title_scan = h + 1;
	}
	if (s->last_title_open == 0 || s->last_title_open < s->last_title_close ||
		start - (s->last_title_open - 1) > TITLE_LIMIT * 4)
		return false;

	while (q > 0 && chars < TITLE_LIMIT)
	{
		uint32_t	cp;

		q = fu_back(text, q);
		cp = fu_peek(text, len, q, NULL);
		if (cp == 0x300A)		/* 《 */
		{
			opened = true;
			break;
		}
		if (cp == 0x300B || is_sentence_end(cp))
			return false;
		chars++;
	}
	if (!opened)
		return false;
	q = end;
	chars = 0;
	while (q < len && chars < TITLE_LIMIT)
	{
		size_t		next;
		uint32_t	cp = fu_peek(text, len, q, &next);

		if (cp == 0x300B)		/* 》 */
			return true;
		if (cp == 0x300A || is_sentence_end(cp))
			return false;
		q = next;
		chars++;
	}
	return false;
}

/*
 * Whether the number [pos, end) is a milestone passed: powers of ten alone
 * (百亿, 千亿, 万亿) after 上 or a qualifier, before 大关 (突破百亿大关,
 * 迈过千亿大关); a number with no unit that still states a quantity.
 */
static bool
milestone(const Scanner *s, size_t pos, size_t end)
{
	int			which;
	uint32_t	first = fu_peek(s->text, s->len, pos, NULL);

	return gr_chinese_unit_exponent(first) >= 2 && fu_at(s->text, s->len, end, "大关") &&
		(fu_prev(s->text, s->len, pos) == 0x4E0A ||
		 fu_before_any(s->text, fu_skip_blanks_back(s->text, s->len, pos),
					   qualifiers_before, &which) > 0);
}

/*
 * Whether 一 and a measure word ending at p is an article: before a
 * described thing, not a count (进入一个新阶段, 交出一份人民满意的答卷,
 * 走出一条生产发展、生活富裕、生态良好的道路); a short modifier stays a count
 * (设立一个专门的受理点).
 */
static bool
article_one(const char *text, size_t len, size_t p)
{
	size_t		q = p;
	int			chars = 0;

	if (fu_at(text, len, p, "新"))
		return true;
	while (q < len && chars < 24)
	{
		size_t		next;
		uint32_t	cp = fu_peek(text, len, q, &next);

		if (cp == 0x7684)		/* 的 */
			return chars >= 4;
		if (cp == GR_INVALID_CP || is_clause_boundary(cp) || is_sentence_end(cp) ||
			!(gr_is_han(cp) || cp == 0x3001))
			return false;
		q = next;
		chars++;
	}
	return false;
}

/*
 * Whether the 个 that starts at p follows an ordinal (第十二个|五年规划):
 * 第 and Chinese digits (and 十) right before it.
 */
static bool
ordinal_count_before(const char *text, size_t len, size_t p)
{
	size_t		q = p;
	int			digits = 0;

	while (q > 0 && digits < 4 && (gr_chinese_digit_value(fu_prev(text, len, q)) >= 0 ||
								   gr_chinese_unit_exponent(fu_prev(text, len, q)) == 1))
	{
		q = fu_back(text, q);
		digits++;
	}
	return digits > 0 && fu_prev(text, len, q) == 0x7B2C;
}

/*
 * What Arabic digits and 大 count (5大方面19项工作任务, 实施10大工程); with
 * Chinese numerals the same words are names (三大职能, 四大发明).
 */
static const char *const big_heads[] = {
	"方面", "领域", "板块", "行业", "产业", "类", "行动", "工程", "任务", "专项", NULL
};

/*
 * For a fact whose short clause names nothing and opens right after a
 * bracketed note (广义货币M2（注：M2为…）预期增长12%左右): the subject of the
 * words before the note, read as the clause of the number.
 */
static void
subject_before_note(Scanner *s, size_t start, size_t *sub_start, size_t *sub_end)
{
	const char *text = s->text;
	size_t		c = fu_skip_blanks(text, start, s->clause_start);
	size_t		q;
	size_t		open = 0;
	size_t		saved = s->clause_start;
	int			chars = 0;

	size_t		note_start;
	size_t		note_end;

	if (start - c > 4 * 3 || c == 0 || !is_close_bracket(fu_prev(text, s->len, c)))
		return;
	q = fu_back(text, c);
	while (q > 0 && chars < CLAUSE_LIMIT)
	{
		uint32_t	cp;

		q = fu_back(text, q);
		cp = fu_peek(text, s->len, q, NULL);
		if (is_open_bracket(cp))
		{
			open = q;
			break;
		}
		if (is_close_bracket(cp) || is_sentence_end(cp))
			return;
		chars++;
	}
	if (open == 0)
		return;
	/* the clause that ends at the note */
	q = open;
	chars = 0;
	while (q > 0 && chars < CLAUSE_LIMIT && !is_clause_boundary(fu_prev(text, s->len, q)))
	{
		q = fu_back(text, q);
		chars++;
	}
	s->clause_start = q;
	s->nfacts--;				/* the fact itself is not a boundary of its clause */
	subject_before(s, open, &note_start, &note_end);
	s->nfacts++;
	s->clause_start = saved;
	if (note_end > note_start)
	{
		*sub_start = note_start;
		*sub_end = note_end;
	}
}

/* Adverbs of manner that open the predicate after a counted noun. */
static const char *const manner_adverbs[] = {
	"积极", "共同", "加快", "大力", "努力", "顺利", "逐步", "陆续", "全部", "已经",
	"正在", "就能", "就可", "就会", "才能", "能够", NULL
};

/*
 * The clause before the number's when a comma ends it right at the number's
 * clause start: its start in *from and the comma in *comma, walking back at
 * most CLAUSE_LIMIT characters to a clause boundary, a sentence end or
 * `stop`.  False when there is no such comma or the clause is longer.
 */
static bool
clause_before_comma(const Scanner *s, uint32_t stop, size_t *from, size_t *comma)
{
	const char *text = s->text;
	size_t		c = fu_skip_blanks_back(text, s->len, s->clause_start);
	size_t		q;
	int			chars = 0;

	if (c == 0 || (fu_prev(text, s->len, c) != 0xFF0C && fu_prev(text, s->len, c) != ','))
		return false;
	*comma = fu_back(text, c);
	q = *comma;
	while (q > 0 && chars < CLAUSE_LIMIT)
	{
		uint32_t	cp = fu_prev(text, s->len, q);

		if (is_clause_boundary(cp) || is_sentence_end(cp) || cp == stop)
			break;
		q = fu_back(text, q);
		chars++;
	}
	*from = q;
	return chars < CLAUSE_LIMIT;
}

/*
 * For a fact whose clause names nothing, the topic of the clause before it in
 * the same sentence when that clause holds no fact and turns on a verb of
 * achievement: the words before the verb (粮食总产量|实现了“八连增”，连续5年…)
 * or, when the clause opens with the verb, the noun after it up to a quote
 * (实现|粮食生产|‘八连增’，到达244.5万吨).  Empty otherwise.
 */
static void
noun_of_clause_before(Scanner *s, size_t *sub_start, size_t *sub_end)
{
	size_t		comma;
	size_t		from;
	size_t		chars;
	int			which;

	if (!clause_before_comma(s, 0x3001, &from, &comma))
		return;
	/* no fact of its own: the last fact before this clause ends before that one */
	if (s->clause_first_fact > 0 && s->facts[s->clause_first_fact - 1].end > from)
		return;
	trim_words(s->text, &from, &comma, subject_leading, subject_trailing);
	chars = char_count(s->text, from, comma);
	/* (a clause that opens with a verb or an adverb names no noun: 加快发展，) */
	if (chars >= 2 && chars <= 16 &&
		fu_at_any(s->text, comma, from, object_verbs, &which) == 0 &&
		fu_at_any(s->text, comma, from, manner_adverbs, &which) == 0 &&
		fu_at_any(s->text, comma, from, direction_words, &which) == 0)
	{
		*sub_start = from;
		*sub_end = comma;
	}
}

static void
topic_of_clause_before(Scanner *s, size_t *sub_start, size_t *sub_end)
{
	static const char *const topic_verbs[] = {"实现", "保持", "取得", "创下", "位居", "屡创", "再创", NULL};
	const char *text = s->text;
	size_t		comma;
	size_t		q;
	size_t		from;
	int			which;

	if (!clause_before_comma(s, 0x3001, &from, &comma))	/* 、 ends it too */
		return;
	/* no fact of its own: the last fact before this clause ends before that one */
	if (s->clause_first_fact > 0 && s->facts[s->clause_first_fact - 1].end > from)
		return;
	trim_words(text, &from, &comma, subject_leading, NULL);
	for (q = from; q < comma; q = fu_skip_blanks(text, comma, q + 1))
	{
		uint32_t	first = fu_peek(text, comma, q, NULL);
		size_t		k = (first == 0x5B9E || first == 0x4FDD || first == 0x53D6 ||	/* 实保取 */
						 first == 0x521B || first == 0x4F4D ||	/* 创位 */
						 first == 0x5C61 || first == 0x518D) ?	/* 屡再 */
			fu_at_any(text, comma, q, topic_verbs, &which) : 0;

		if (k == 0)
		{
			while (q + 1 < comma && ((unsigned char) text[q + 1] & 0xC0) == 0x80)
				q++;
			continue;
		}
		if (q > from)
		{
			*sub_start = from;
			*sub_end = q;
		}
		else
		{
			/* the noun after the verb, up to a quoted name */
			size_t		e = q + k;

			if (fu_at(text, comma, e, "了"))
				e += strlen("了");
			*sub_start = e;
			while (e < comma)
			{
				size_t		next;
				uint32_t	cp = fu_peek(text, comma, e, &next);

				if (cp == 0x201C || cp == 0x2018 || cp == 0x300A || cp == '"' || cp == '\'')
					break;
				e = next;
			}
			*sub_end = e;
		}
		trim_words(text, sub_start, sub_end, subject_leading, subject_trailing);
		if (*sub_end <= *sub_start || char_count(text, *sub_start, *sub_end) < 2 ||
			char_count(text, *sub_start, *sub_end) > 12)
			*sub_start = *sub_end = 0;
		return;
	}
}

/*
 * The index-th noun of a list [start, end) whose nouns are apart by 、 和 及
 * or 与 outside quotes and brackets (化学需氧量、二氧化硫排放总量): its span in
 * *part_start, *part_end.  Returns how many nouns the list has, 0 when one of
 * them is shorter than four characters (城镇、农村居民收入: the head is shared,
 * the list cannot be cut) or there are more than four.  *same_head says
 * whether every noun ends with the same character (城镇居民人均可支配收入和
 * 农村居民人均纯收入); when not, the last one's head may be shared (基础设施、
 * 制造业投资: the first is 基础设施投资), and only the last noun stands alone.
 */
#define LIST_PARTS 4

static int
list_part(const char *text, size_t start, size_t end, int index,
		  size_t *part_start, size_t *part_end, bool *same_head)
{
	uint32_t	head = fu_prev(text, end, end);

	size_t		cut[LIST_PARTS + 1];
	size_t		cut_len[LIST_PARTS + 1];
	int			parts = 0;
	int			depth = 0;
	size_t		p = start;

	while (p < end)
	{
		size_t		next;
		uint32_t	cp = fu_peek(text, end, p, &next);

		if (is_open_quote(cp) || is_open_bracket(cp))
			depth++;
		else if ((is_close_quote(cp) || is_close_bracket(cp)) && depth > 0)
			depth--;
		else if (depth == 0 && p > start &&
				 (cp == 0x3001 || cp == 0x53CA || cp == 0x4E0E ||	/* 、及与 */
				  (cp == 0x548C && !fu_at(text, end, next, "平") && !fu_at(text, end, next, "谐"))))	/* 和 */
		{
			if (parts == LIST_PARTS)
				return 0;
			cut[parts] = p;
			cut_len[parts] = next - p;
			parts++;
		}
		p = next;
	}
	if (parts == 0)
		return 0;
	cut[parts] = end;
	cut_len[parts] = 0;
	for (int i = 0; i <= parts; i++)
	{
		size_t		from = i == 0 ? start : cut[i - 1] + cut_len[i - 1];

		/*
		 * 中、高等职业教育在校生: a first part of one character before 、
		 * abbreviates a pair that shares the rest (no head of its own)
		 */
		if (i == 0 && parts == 1 && char_count(text, from, cut[i]) == 1 &&
			cut_len[i] == strlen("、") && fu_at(text, end, cut[i], "、"))
		{
			*same_head = false;
			if (i == index)
			{
				*part_start = from;
				*part_end = cut[i];
			}
			continue;
		}
		if (char_count(text, from, cut[i]) < 4)
			return 0;
		if (fu_prev(text, end, cut[i]) != head)
			*same_head = false;
		if (i == index)
		{
			*part_start = from;
			*part_end = cut[i];
		}
	}
	return index <= parts ? parts + 1 : 0;
}

/*
 * 化学需氧量、二氧化硫排放总量分别下降15.7%和17.5%: each value goes to its
 * own noun of the list before 分别 (list_part); a value joined to the one
 * before (joined) takes the next noun, past the last one the whole list;
 * one value alone after 分别 keeps the whole list.  [*sub_start, *sub_end)
 * is the subject found so far for the fact just added.
 */
static void
subject_of_list(Scanner *s, bool joined, size_t start, size_t *sub_start, size_t *sub_end)
{
	const char *text = s->text;
	size_t		part_start;
	size_t		part_end;
	bool		same_head = true;
	int			parts;

	/* 化学需氧量、氨氮排放量要分别下降2%，…: one value for all of them */
	if (!joined && s->list_end > 0 && s->list_index == 0 && s->list_fact == s->nfacts - 1)
	{
		s->facts[s->nfacts - 2].subject_start = s->list_start;
		s->facts[s->nfacts - 2].subject_end = s->list_end;
		s->list_end = 0;
	}
	if (joined && s->list_end > 0 && s->list_fact == s->nfacts - 1)
	{
		/* the next noun; past the last one, or a shared head, the list */
		parts = list_part(text, s->list_start, s->list_end, s->list_index + 1,
						  &part_start, &part_end, &same_head);
		s->list_index++;
		s->list_fact = s->nfacts;
		if (parts > 0 && s->list_index < parts &&
			(same_head || s->list_index == parts - 1 ||
			 char_count(text, part_start, part_end) >= 2))
		{
			*sub_start = part_start;
			*sub_end = part_end;
		}
		else
		{
			*sub_start = s->list_start;
			*sub_end = s->list_end;
		}
	}
	else if (*sub_end > *sub_start && *sub_start >= s->clause_start && !joined)
	{
		bool		each = false;

		/* 分别 between the list and the number (E5 88 86 E5 88 AB) */
		for (size_t q = *sub_end; q + 6 <= start && !each; q++)
			each = (unsigned char) text[q] == 0xE5 && memcmp(text + q, "分别", 6) == 0;
		s->list_end = 0;
		if (each && list_part(text, *sub_start, *sub_end, 0, &part_start, &part_end,
							  &same_head) > 0)
		{
			s->list_start = *sub_start;
			s->list_end = *sub_end;
			s->list_index = 0;
			s->list_fact = s->nfacts;
			/* (but 中、高等…: a part of one character names nothing alone) */
			if (same_head || char_count(text, part_start, part_end) >= 2)
			{
				*sub_start = part_start;
				*sub_end = part_end;
			}
		}
	}
}

/*
 * 下调城镇职工基本养老保险单位缴费比例，各地可降至16%: a level reached (降至,
 * 提高到 …) in a clause that names only who reaches it, after a clause of the
 * same sentence that holds no fact and opens with a verb of change: the
 * object of that verb.  Empty otherwise.
 */
static void
object_of_change_before(Scanner *s, size_t start, size_t *sub_start, size_t *sub_end)
{
	static const char *const change_verbs[] = {
		"下调", "上调", "降低", "提高", "调低", "调高", "压减", "压缩", "减少", "增加",
		"扩大", "调整", NULL
	};
	static const char *const level_to[] = {
		"降至", "降到", "降低到", "降低至", "下调至", "下调到", "提高到", "提高至",
		"上调至", "上调到", "调整为", "调整到", "减少到", "减少至", "增加到", "增加至",
		"扩大到", "扩大至", NULL
	};
	const char *text = s->text;
	size_t		c = fu_skip_blanks(text, start, s->clause_start);
	size_t		comma;
	size_t		q;
	size_t		from;
	size_t		e;
	int			which;
	bool		level = false;

	/* the number's clause: a few words, then the level word right before it */
	if (start - c > 8 * 3)
		return;
	for (q = c; q < start && !level; q++)
		level = fu_at_any(text, start, q, level_to, &which) > 0 &&
			fu_skip_blanks(text, start, q + fu_at_any(text, start, q, level_to, &which)) == start;
	if (!level)
		return;
	if (!clause_before_comma(s, '\n', &from, &comma))
		return;
	from = fu_skip_blanks(text, comma, from);
	/* no fact of its own */
	if (s->clause_first_fact > 0 && s->facts[s->clause_first_fact - 1].end > from)
		return;
	e = fu_at_any(text, comma, from, change_verbs, &which);
	if (e == 0)
		return;
	*sub_start = from + e;
	*sub_end = comma;
	trim_words(text, sub_start, sub_end, subject_leading, NULL);
	if (*sub_end <= *sub_start || char_count(text, *sub_start, *sub_end) < 2 ||
		char_count(text, *sub_start, *sub_end) > 20)
		*sub_start = *sub_end = 0;
}

/*
 * Nouns that begin with a character of after_stop: 中央财政资金, 中小企业,
 * 1名全职工作人员, 3家上市公司, 5个下属单位, 90%的在校生, 100个地级以上城市.
 */
static const char *const noun_openers[] = {
	"中央", "中国", "中小", "中心", "中华", "中型", "全职", "上市", "下属", "所属",
	"分公司", "分中心", "在校", "在职", "在岗", "在建", "在线", "在编", "地级", "地方",
	"地区", "增速", "增幅", "增长率", "增长速度", "增加值", "增量", "减排量", "比重", "比例",
	"中西部", "中东部", "中部", "中等", "中长期", NULL
};


/*
 * The subject after the measure word: 191场市政府新闻发布活动, 14条政府信息中.
 * Empty when what follows is not a noun phrase.
 */
static void
subject_after(Scanner *s, size_t pos, bool skip_verb, size_t *sub_start, size_t *sub_end)
{
	const char *text = s->text;
	size_t		p = pos;
	size_t		next;
	uint32_t	cp;
	int			chars = 0;
	size_t		last_de = 0;
	int			which;
	size_t		k;

	*sub_start = *sub_end = 0;
	/* 投资4500元购置了一些…设备: the object of the verb that follows */
	if (skip_verb && (k = fu_at_any(text, s->len, p, object_verbs, &which)) > 0)
	{
		static const char *const fillers[] = {"了", "一些", "一批", "部分", NULL};
		uint32_t	after = fu_peek(text, s->len, p + k, NULL);

		/* 两年新增4万亿元投资，: nothing follows, so 投资 is the noun */
		if (fu_at(text, s->len, p, "投资") && (after == GR_INVALID_CP || is_clause_boundary(after) ||
					   is_sentence_end(after)))
		{
			*sub_start = p;
			*sub_end = p + k;
			return;
		}
		p += k;
		while ((k = fu_at_any(text, s->len, p, fillers, &which)) > 0)
			p += k;
		pos = p;
	}
	cp = fu_peek(text, s->len, p, &next);
	/* 其他十一个区在…, 16个县、5个市: a place named by one character */
	if (is_lone_place(cp))
	{
		uint32_t	following = fu_peek(text, s->len, next, NULL);

		if (!is_open_bracket(following) &&	/* 县(市)区 is one noun */
			(following == GR_INVALID_CP || is_clause_boundary(following) ||
			 is_sentence_end(following) || following == 0x3001 ||
			 in_set("在均都也已全和与及的", following)))
		{
			*sub_start = p;
			*sub_end = next;
			return;
		}
	}
	if (cp == GR_INVALID_CP || !(gr_is_han(cp) || cp == 0x300A || cp == 0x201C) ||
		(in_set(after_stop, cp) && fu_at_any(text, s->len, p, noun_openers, &which) == 0) ||
		(cp == 0x5927 && fu_at(text, s->len, p, "大关")))	/* 突破1000亿元大关 */
		return;
	while (p < s->len && chars < 20)
	{
		cp = fu_peek(text, s->len, p, &next);
		if (cp == '(' || cp == 0xFF08)
		{
			/* a short bracket inside the noun: 县(市)区 */
			size_t		q = next;
			int			inner = 0;

			while (q < s->len && inner < 4)
			{
				uint32_t	c2 = fu_peek(text, s->len, q, &q);

				if (c2 == ')' || c2 == 0xFF09)
					break;
				inner++;
			}
			if (inner < 4 && q <= s->len && fu_prev(text, s->len, q) != ')' &&
				fu_prev(text, s->len, q) != 0xFF09)
				break;
			if (inner >= 4)
				break;
			p = q;
			chars += inner + 2;
			continue;
		}
		/* 专、兼职工作人员: a 、 after one character abbreviates a pair */
		if (cp == 0x3001 && chars == 1 && gr_is_han(fu_peek(text, s->len, next, NULL)))
		{
			p = next;
			chars++;
			continue;
		}
		if (is_clause_boundary(cp) || cp == 0x3001 || fu_is_blank(cp) ||
			fu_arabic_digit(cp) >= 0)
			break;
		if (!gr_is_han(cp) && cp != 0x300A && cp != 0x300B && cp != 0x201C && cp != 0x201D)
			break;
		/* 中 ends the noun only where the clause ends: 14条政府信息中， */
		if (cp == 0x4E2D && is_clause_boundary(fu_peek(text, s->len, next, NULL)))
			break;
		if (chars >= 2 && ((!last_de && verb_ends_noun(s, p)) ||
						/* 两个特别行政区|积极应对…, 56个民族|共同团结奋斗 */
						fu_at_any(text, s->len, p, manner_adverbs, &which) > 0 ||
						fu_at(text, s->len, p, "等") || fu_at(text, s->len, p, "进行") ||
						/* 四档税率|简并至三档: a level word and the next number */
						((cp == 0x7B80 || cp == 0x964D || cp == 0x589E || cp == 0x51CF ||
						  cp == 0x5347 || cp == 0x63D0) &&
						 (k = fu_at_any(text, s->len, p, level_before_number, &which)) > 0 &&
						 gr_number_can_start(fu_peek(text, s->len, p + k, NULL))) ||
						fu_at(text, s->len, p, "继续") || fu_at(text, s->len, p, "转") ||
						/* 72件申请|按照《条例》顺延 */
						fu_at_any(text, s->len, p, long_prepositions, &which) > 0 ||
						/* 两个办公室|及其中的两台电脑 */
						(cp == 0x53CA && fu_at(text, s->len, p, "及其中")) ||
						(cp == 0x5176 && fu_at(text, s->len, p, "其中"))))
			break;
		if (cp == 0x7684)		/* 的 */
		{
			/* 五个试点区的经验: the count is of the body that owns what follows */
			if (!last_de && chars >= 2 && (in_set(body_suffixes, fu_prev(text, s->len, p)) ||
										   fu_before_any(text, p, body_nouns, &which) > 0))
				break;
			last_de = next;
		}
		p = next;
		chars++;
	}
	if (last_de && last_de < p && char_count(text, last_de, p) >= 2)
		pos = last_de;
	/* 两条微信阅读量即达180万次: not the words that lead to the next number */
	trim_words(text, &pos, &p, NULL, subject_trailing);
	if (p > pos && char_count(text, pos, p) >= 2)
	{
		*sub_start = pos;
		*sub_end = p;
	}
}

/*
 * After a count with no noun of its own and a prepositional phrase (分三批
 * 向种粮农民发放农资补贴): the object of the verb that ends the phrase.
 */
static void
object_after_phrase(Scanner *s, size_t pos, size_t *sub_start, size_t *sub_end)
{
	const char *text = s->text;
	size_t		p = pos;
	int			which;
	size_t		k = fu_at_any(text, s->len, p, prepositions, &which);
	int			chars = 0;

	if (k == 0)
		return;
	p += k;
	while (p < s->len && chars < 12)
	{
		size_t		next;
		uint32_t	cp;

		if (fu_at_any(text, s->len, p, object_verbs, &which) > 0)
		{
			subject_after(s, p, true, sub_start, sub_end);
			return;
		}
		cp = fu_peek(text, s->len, p, &next);
		if (cp == GR_INVALID_CP || is_clause_boundary(cp) || fu_arabic_digit(cp) >= 0)
			return;
		p = next;
		chars++;
	}
}

/*
 * For the parts of the report itself (由…等六部分组成, 包括…等6部分): the
 * noun before 由 or 包括 in the same sentence.
 */
static bool
subject_of_enumeration(Scanner *s, size_t pos, size_t *sub_start, size_t *sub_end)
{
	const char *text = s->text;
	size_t		p = pos;
	int			chars = 0;
	static const char *const markers[] = {"由", "包括", "包含", "分为", NULL};

	while (p > 0 && chars < 300)
	{
		int			which;
		size_t		n = fu_before_any(text, p, markers, &which);
		uint32_t	cp;

		if (n > 0)
		{
			size_t		end = p - n;
			size_t		start = end;
			int			k = 0;

			while (start > 0 && k < 12)
			{
				size_t		q = fu_back(text, start);

				if (is_clause_boundary(fu_peek(text, s->len, q, NULL)))
					break;
				start = q;
				k++;
			}
			trim_words(text, &start, &end, subject_leading, subject_trailing);
			if (start < end)
			{
				*sub_start = start;
				*sub_end = end;
				return true;
			}
			return false;
		}
		p = fu_back(text, p);
		cp = fu_peek(text, s->len, p, NULL);
		if (is_sentence_end(cp))
			return false;
		chars++;
	}
	return false;
}

/* ---- breakdowns ---- */

/* Whether two facts have the same unit. */
static bool
same_unit(const char *a, size_t alen, const char *b, size_t blen)
{
	return a && b && alen == blen && memcmp(a, b, alen) == 0;
}

/* Whether a fact, child or not, is of a kind that may be a total. */
static bool
may_be_total_kind(const GrFact *f)
{
	/* a change (较上年增加12件) is no total */
	return f->paren_depth == 0 && f->direction == GR_DIRECTION_NONE &&
		f->kind != GR_KIND_PERCENT && f->kind != GR_KIND_POINTS;
}

/* Whether a fact may be the total of a breakdown. */
static bool
may_be_total(const GrFact *f)
{
	return !f->is_child && may_be_total_kind(f);
}

/*
 * The total that the breakdown in force breaks down, given its first item:
 * the last fact before the marker with the item's unit, in this sentence or
 * the two before it; for 其中 also the last count of the sentence.
 */
static int
resolve_total(Scanner *s, const GrFact *item)
{
	int			same_sentence_any = -1;
	int			looked = 0;

	for (size_t i = s->nfacts - 1; i-- > 0 && looked < PARENT_FACTS; looked++)
	{
		const GrFact *f = &s->facts[i];

		if (f->start >= s->marker_pos)
			continue;
		if (f->sentence < s->marker_sentence - PARENT_SENTENCES)
			break;
		if (!may_be_total(f) && !(s->marker_depth > 0 && f->paren_depth < s->marker_depth &&
								  !f->is_child))
			continue;
		if (f->kind == item->kind && same_unit(f->unit, f->unit_len, item->unit, item->unit_len))
			return (int) i;
		if (same_sentence_any < 0 && f->sentence == s->marker_sentence &&
			s->marker == MARKER_OF_WHICH && f->kind == item->kind)
			same_sentence_any = (int) i;
	}
	return same_sentence_any;
}

static void
open_breakdown(Scanner *s, BreakdownMarker marker, size_t pos, int parent)
{
	s->outer.marker = MARKER_NONE;
	if (s->marker != MARKER_NONE && s->depth > s->marker_depth)
	{
		s->outer.marker = s->marker;
		s->outer.marker_pos = s->marker_pos;
		s->outer.marker_depth = s->marker_depth;
		s->outer.marker_sentence = s->marker_sentence;
		s->outer.marker_parent = s->marker_parent;
		s->outer.marker_resolved = s->marker_resolved;
		s->outer.child_unit = s->child_unit;
		s->outer.child_unit_len = s->child_unit_len;
		s->outer.items = s->items;
		s->outer.comma_items = s->comma_items;
	}
	s->marker = marker;
	s->marker_pos = pos;
	s->marker_depth = s->depth;
	s->marker_sentence = s->sentence;
	s->marker_parent = parent;
	s->marker_resolved = parent >= 0;
	s->child_unit = NULL;
	s->child_unit_len = 0;
	s->items = 0;
	s->comma_items = false;
}

/*
 * 4条(含…, 294件(其中…: a marker right after a bracket that follows a fact
 * breaks that fact down, even when it is itself an item.  The index of that
 * fact, or -1.
 */
static int
total_before_bracket(const Scanner *s, size_t marker)
{
	size_t		p = fu_skip_blanks_back(s->text, s->len, marker);

	if (p == 0 || !is_open_bracket(fu_prev(s->text, s->len, p)) || s->nfacts == 0)
		return -1;
	p = fu_skip_blanks_back(s->text, s->len, fu_back(s->text, p));
	if (s->facts[s->nfacts - 1].end == p)
		return (int) s->nfacts - 1;
	return -1;
}

static void
close_breakdown(Scanner *s)
{
	s->marker = MARKER_NONE;
}

/*
 * 新增铁路1.97万公里，其中高铁8951公里；新增公路60.9万公里，其中高速公路…:
 * the fact right before ，其中 that was taken as an item of a list before a
 * ； and that opens a statement like the old total's (the same verb before
 * their nouns) is the total of the new list, and no item of the old one.
 * Its index, or -1.
 */
static int
item_before_comma(Scanner *s, size_t marker)
{
	size_t		p = fu_skip_blanks_back(s->text, s->len, marker);
	GrFact	   *f;
	uint32_t	cp;
	int			chars = 0;

	if (s->nfacts < 2 || p == 0)
		return -1;
	cp = fu_prev(s->text, s->len, p);
	if (cp != 0xFF0C && cp != ',')
		return -1;
	p = fu_skip_blanks_back(s->text, s->len, fu_back(s->text, p));
	f = &s->facts[s->nfacts - 1];
	if (f->end != p || !f->is_child || !may_be_total_kind(f))
		return -1;
	/* a ； between it and the fact before (a bounded look back) */
	for (size_t q = f->start; q > s->facts[s->nfacts - 2].end && chars < CLAUSE_LIMIT; chars++)
	{
		cp = fu_prev(s->text, s->len, q);
		q = fu_back(s->text, q);
		if (cp == 0xFF1B || cp == ';')
		{
			/* a parallel statement: the same verb before both nouns (新增) */
			const GrFact *old;

			if (f->parent < 1 || (size_t) f->parent >= s->nfacts)
				return -1;
			old = &s->facts[f->parent - 1];
			if (old->ord != f->parent || f->subject_start < 6 || old->subject_start < 6 ||
				f->subject_end <= f->subject_start || old->subject_end <= old->subject_start ||
				!gr_is_han(fu_prev(s->text, s->len, f->subject_start)) ||
				memcmp(s->text + f->subject_start - 6, s->text + old->subject_start - 6, 6) != 0)
				return -1;
			f->parent = 0;
			f->is_child = false;
			return (int) s->nfacts - 1;
		}
	}
	return -1;
}

/*
 * Whether f, whose unit is not the items', is still the next item of a 其中
 * list: 其中统计报告25篇、统计数据11期 — a count in the marker's sentence,
 * right after an item of the same total with only its own noun between.
 */
static bool
next_item(const Scanner *s, const GrFact *f)
{
	const GrFact *total = &s->facts[s->marker_parent];
	const GrFact *before = NULL;
	size_t		gap;
	uint32_t	cp;

	if (s->marker != MARKER_OF_WHICH || f->kind != GR_KIND_COUNT ||
		total->kind != GR_KIND_COUNT || f->sentence != s->marker_sentence)
		return false;
	for (size_t i = s->nfacts - 1; i-- > 0;)
		if (s->facts[i].kind != GR_KIND_PERCENT && s->facts[i].kind != GR_KIND_POINTS)
		{
			before = &s->facts[i];
			break;
		}
	if (!before || before->parent != total->ord || before->paren_depth != f->paren_depth)
		return false;
	/* 、 or ， and the item's noun, no other number or clause between */
	gap = fu_skip_blanks(s->text, f->start, before->end);
	cp = fu_peek(s->text, f->start, gap, NULL);
	return cp == 0x3001 || cp == 0xFF0C || cp == ',';
}

/* Link a new fact to the breakdown in force. */
static void
link_parent(Scanner *s, GrFact *f)
{
	if (s->marker == MARKER_NONE || f->kind == GR_KIND_PERCENT || f->kind == GR_KIND_POINTS)
		return;
	/* 其中，中央财政赤字1.12万亿元，增加1700亿元: a change of an item is no item */
	if (f->direction != GR_DIRECTION_NONE && s->items > 0)
		return;
	if (!s->marker_resolved)
	{
		s->marker_parent = resolve_total(s, f);
		s->marker_resolved = true;
		if (s->marker_parent < 0)
		{
			close_breakdown(s);
			return;
		}
	}
	if (s->marker_parent < 0)
		return;
	/*
	 * 其中高速公路4.2万公里，高速公路总里程达9.56万公里: the total of the item
	 * before (its noun, then 总) is no item, and ends the list
	 */
	if (s->items > 0 && f->subject_end > f->subject_start)
	{
		const GrFact *item = &s->facts[s->nfacts - 2];
		size_t		n = item->subject_end - item->subject_start;

		if (item->parent == s->facts[s->marker_parent].ord && n > 0 &&
			f->subject_end - f->subject_start > n &&
			memcmp(s->text + f->subject_start, s->text + item->subject_start, n) == 0 &&
			fu_at(s->text, f->subject_end, f->subject_start + n, "总"))
		{
			close_breakdown(s);
			return;
		}
	}
	if (s->child_unit == NULL)
	{
		const GrFact *total = &s->facts[s->marker_parent];

		if (total->kind != f->kind)
			return;
		s->child_unit = f->unit;
		s->child_unit_len = f->unit_len;
	}
	else if (!same_unit(s->child_unit, s->child_unit_len, f->unit, f->unit_len) &&
			 !next_item(s, f))
		return;
	f->parent = s->facts[s->marker_parent].ord;
	f->is_child = true;
	/* how the list is punctuated, from the separator before its second item */
	if (++s->items == 2)
	{
		size_t		p = f->start;
		int			chars = 0;

		while (p > 0 && chars < CLAUSE_LIMIT)
		{
			uint32_t	cp = fu_prev(s->text, s->len, p);

			if (cp == 0xFF0C || cp == ',' || cp == 0x3001)
			{
				s->comma_items = true;
				break;
			}
			if (is_clause_boundary(cp))
				break;
			p = fu_back(s->text, p);
			chars++;
		}
	}
}

/*
 * 在…中， / 所有答复件中， : when the clause that ends here opens a
 * breakdown, return true and the total inside it (or -1 to resolve later).
 */
static bool
among_clause(Scanner *s, size_t pos, int *parent)
{
	const char *text = s->text;
	size_t		start = fu_skip_blanks(text, pos, s->clause_start);

	*parent = -1;
	if (s->clause_first_fact < (int) s->nfacts)
	{
		/* the last fact inside the clause: 在…的14条政府信息中 */
		for (size_t i = s->nfacts; i-- > (size_t) s->clause_first_fact;)
			if (s->facts[i].start >= start && s->facts[i].kind != GR_KIND_PERCENT)
			{
				*parent = (int) i;
				return true;
			}
	}
	return fu_at(text, pos, start, "在") || fu_at(text, pos, start, "所有") ||
		fu_at(text, pos, start, "全部") || fu_at(text, pos, start, "上述") ||
		fu_at(text, pos, start, "以上");
}

/*
 * 三四十万, 三五百: two Chinese digits, the second larger, before a unit are a
 * range (300000-400000, 300-500).  On success *n is the upper number (its
 * end and flags), *low and *high the two values.
 */
static bool
read_digit_range(Scanner *s, size_t pos, GrNumber *n, char **low, char **high)
{
	const char *text = s->text;
	size_t		len = s->len;
	size_t		next;
	size_t		second;
	int			d1 = gr_chinese_digit_value(fu_peek(text, len, pos, &next));
	int			d2 = gr_chinese_digit_value(fu_peek(text, len, next, &second));
	char		buffer[64];
	size_t		tail;
	GrNumber	lower;

	*low = *high = NULL;
	if (d1 <= 0 || d2 <= d1 || gr_chinese_unit_exponent(fu_peek(text, len, second, NULL)) == 0)
		return false;
	if (!scan_number(s, next, n, high))
		return false;
	tail = n->end - second;
	if (tail + (next - pos) < sizeof(buffer))
	{
		memcpy(buffer, text + pos, next - pos);
		memcpy(buffer + (next - pos), text + second, tail);
		if (gr_number_scan(s->env, buffer, (next - pos) + tail, 0, &lower) == GR_OK)
		{
			if (lower.end == (next - pos) + tail)
				*low = number_value(s, &lower);
			gr_release(s->env, lower.value);
		}
	}
	if (!*low)
	{
		gr_release(s->env, *high);
		*high = NULL;
		return false;
	}
	n->start = pos;
	return true;
}

/*
 * Whether the duration at pos is relative time: 过去一年, 过去的五年, 今后
 * 五年, 未来三年, and the second of two joined ones, 过去一年和五年.
 */
/*
 * Whether the words right after a number, with no punctuation, 的 or digit
 * between, end in the name of a plan (…能力建设规划, 三年行动计划, 新十年
 * 农村扶贫开发纲要) at a clause end or before 和/、: the number is part of
 * the plan's name.
 */
static bool
plan_name_after(const char *text, size_t len, size_t p)
{
	static const char *const plan_words[] = {"规划", "计划", "纲要", "行动", NULL};
	size_t		from = p;
	int			chars = 0;
	int			which;

	while (p < len && chars < 16)
	{
		size_t		next;
		uint32_t	cp = fu_peek(text, len, p, &next);

		if (!gr_is_han(cp) || cp == 0x7684)	/* 的 */
			return false;
		/* 规 计 纲 行 */
		if (chars > 0 && (cp == 0x89C4 || cp == 0x8BA1 || cp == 0x7EB2 || cp == 0x884C) &&
			fu_at_any(text, len, p, plan_words, &which) > 0)
		{
			size_t		after = p + strlen("规划");
			uint32_t	c2 = after < len ? fu_peek(text, len, after, NULL) : 0;

			if (c2 == 0 || is_clause_boundary(c2) || is_sentence_end(c2) || c2 == 0x548C ||	/* 和 */
				c2 == 0x3001)
			{
				/* no verb between: 三年完成规划 is a duration */
				for (size_t q = from; q < p; q = fu_skip_blanks(text, p, q + 1))
				{
					if (fu_at_any(text, p, q, object_verbs, &which) > 0)
						return false;
					while (q + 1 < p && ((unsigned char) text[q + 1] & 0xC0) == 0x80)
						q++;
				}
				return true;
			}
		}
		p = next;
		chars++;
	}
	return false;
}

static bool
after_past(const Scanner *s, size_t pos)
{
	static const char *const joiners[] = {"和", "与", "及", "、", NULL};
	const char *text = s->text;
	size_t		q = fu_skip_blanks_back(text, s->len, pos);
	int			which;
	size_t		k;
	int			chars = 0;

	if (fu_before(text, q, "过去") || fu_before(text, q, "过去的") ||
		fu_before(text, q, "今后") || fu_before(text, q, "未来") ||
		fu_before(text, q, "今明"))		/* 今明两年: this year and the next */
		return true;
	/* 比前五年增长: the years before (not 提前两年, ahead of time) */
	if (fu_before(text, q, "前") && !fu_before(text, q, "提前") && !fu_before(text, q, "超前"))
		return true;
	/*
	 * 近三年淘汰…, 最近两年: the last years, when they open the clause (历时近三年
	 * is a duration)
	 */
	if (fu_before(text, q, "近"))
	{
		size_t		b = q - strlen("近");
		uint32_t	cp;

		if (fu_before(text, b, "最"))
			b -= strlen("最");
		b = fu_skip_blanks_back(text, s->len, b);
		cp = fu_prev(text, s->len, b);
		if (cp == GR_INVALID_CP || cp == '\n' || is_clause_boundary(cp) || is_sentence_end(cp))
			return true;
	}
	if ((k = fu_before_any(text, q, joiners, &which)) == 0)
		return false;
	q -= k;
	/* the first duration: numerals and its unit (年, 个月, 天) */
	while (q > 0 && chars < 8)
	{
		uint32_t	cp = fu_prev(text, s->len, q);

		if (cp != 0x5E74 && cp != 0x6708 && cp != 0x4E2A && cp != 0x5929 &&	/* 年月个天 */
			!fu_maybe_numeral(cp))
			break;
		q = fu_back(text, q);
		chars++;
	}
	return chars >= 2 && (fu_before(text, q, "过去") || fu_before(text, q, "过去的") ||
						  fu_before(text, q, "今后") || fu_before(text, q, "未来"));
}

/*
 * 超过全球一半, 不到全国总数三成: for a share, a qualifier with at most
 * three characters (what it is a share of) before the number at pos.  Where
 * the qualifier starts (the subject ends there), and the qualifier; 0 when
 * there is none.
 */
static size_t
qualifier_apart(const Scanner *s, size_t pos, GrQualifier *qualifier)
{
	/* not 高于/低于: 高于全国3个百分点 is a difference */
	static const char *const words[] = {"超过", "不足", "不到", "接近", "将近", NULL};
	static const GrQualifier kinds[] = {
		GR_QUALIFIER_OVER, GR_QUALIFIER_UNDER, GR_QUALIFIER_UNDER,
		GR_QUALIFIER_APPROX, GR_QUALIFIER_APPROX
	};
	const char *text = s->text;
	size_t		q = pos;

	for (int chars = 0; chars <= 3 && q > 0; chars++)
	{
		int			which;
		size_t		k = fu_before_any(text, q, words, &which);
		uint32_t	cp;

		if (k > 0 && chars > 0)
		{
			*qualifier = kinds[which];
			return q - k;
		}
		cp = fu_prev(text, s->len, q);
		if (!gr_is_han(cp) || is_clause_boundary(cp) || fu_maybe_numeral(cp))
			return 0;
		q = fu_back(text, q);
	}
	return 0;
}

/*
 * Whether the count of years [pos, unit_end) opens its clause (after a
 * boundary, a line break or the start) and an Arabic digit follows within
 * the clause (24 characters): 五年建成铁路新线1.6万公里.  Not 两年内, 三年左右,
 * 三年时间, 三年之内 (a span of time of its own).
 */
static bool
period_of_total(const Scanner *s, size_t pos, size_t unit_end)
{
	const char *text = s->text;
	size_t		b = fu_skip_blanks_back(text, s->len, pos);
	uint32_t	cp = fu_prev(text, s->len, b);
	size_t		q = unit_end;
	int			chars = 0;

	if (!(cp == GR_INVALID_CP || cp == '\n' || is_clause_boundary(cp) || is_sentence_end(cp)))
		return false;
	cp = fu_peek(text, s->len, q, NULL);
	if (fu_arabic_digit(cp) >= 0)
		return true;			/* 十年1.4亿农村人口 */
	if (!gr_is_han(cp) || in_set("内以里左多半时之至到期间中后前来", cp))
		return false;
	while (q < s->len && chars < 24)
	{
		size_t		next;

		cp = fu_peek(text, s->len, q, &next);
		if (fu_arabic_digit(cp) >= 0)
			return true;
		if (is_clause_boundary(cp) || is_sentence_end(cp))
			return false;
		q = next;
		chars++;
	}
	return false;
}

/*
 * Where a big number with no unit ends its clause: past 以上, 以下, 左右 or
 * 以内 (减少1000万以上，), else at p.
 */
static size_t
big_number_tail(const char *text, size_t len, size_t p)
{
	static const char *const tails[] = {"以上", "以下", "左右", "以内", NULL};
	int			which;

	return p + fu_at_any(text, len, p, tails, &which);
}

/*
 * Whether [from, to) (from the end of a fact to the next number) is one
 * boundary (， or 、) and a short clause (平均每天新增, 覆盖): at most 8
 * characters, all Han.
 */
static bool
clause_names_nothing(const Scanner *s, size_t from, size_t to)
{
	const char *text = s->text;
	size_t		q = fu_skip_blanks(text, to, from);
	size_t		next;
	uint32_t	cp = fu_peek(text, to, q, &next);
	int			chars = 0;

	if (cp != 0xFF0C && cp != ',' && cp != 0x3001)
		return false;
	for (q = next; q < to; q = next)
	{
		cp = fu_peek(text, to, q, &next);
		if (!gr_is_han(cp) || ++chars > 8)
			return false;
	}
	return chars > 0;
}

/* [start, end) is a verb of reach alone: 覆盖, 惠及, 带动 (whom a thing reaches) */
static bool
reach_verb(const char *text, size_t start, size_t end)
{
	static const char *const verbs[] = {"覆盖", "惠及", "带动", "吸纳", "辐射", "涉及", NULL};
	int			which;

	return end > start && fu_at_any(text, end, start, verbs, &which) == end - start;
}

/* ---- one number ---- */

/*
 * Read the fact that starts with a number at pos, if there is one; *resume
 * is where scanning goes on.
 */
static void
try_fact(Scanner *s, size_t pos, size_t *resume)
{
	const char *text = s->text;
	size_t		len = s->len;
	GrNumber	n;
	char	   *value = NULL;
	char	   *value_max = NULL;
	size_t		number_end;
	size_t		p;
	size_t		next;
	uint32_t	first = fu_peek(text, len, pos, &next);
	uint32_t	before = fu_prev(text, len, pos);
	bool		chinese_start = fu_arabic_digit(first) < 0;
	GrQualifier qualifier = GR_QUALIFIER_NONE;
	const UnitEntry *unit = NULL;
	size_t		unit_start = 0;
	size_t		unit_end = 0;
	const char *unit_text = NULL;
	size_t		unit_len = 0;
	GrFactKind	kind = GR_KIND_NUMBER;
	size_t		start = pos;
	size_t		end;
	int			which = 0;
	size_t		k;
	GrFact	   *f;
	size_t		counted_end = 0;
	bool		up_to = false;	/* 上千万, 上百家: 上 and a power of ten */
	bool		lone_power = false;	/* 超万亿斤: no digit before the power */
	size_t		qualifier_gap = 0;	/* 超过全球一半: where the qualifier is */

	*resume = next;
	/*
	 * Signs belong to table cells (+2, -1), which are not read here, except
	 * for a signed percent in prose (增长-2.3%); never after a number, where
	 * the sign is a dash (1-6月, 0797-5703718).
	 */
	if (first == '+' || first == '-' || first == 0xFF0B || first == 0xFF0D ||
		first == 0x8D1F)
	{
		if (fu_maybe_numeral(before) || before == '%' || before == 0xFF05 ||
			fu_is_ascii_alnum(before) || !gr_is_han(before))
			return;
	}
	if (!read_digit_range(s, pos, &n, &value, &value_max) &&
		!scan_number(s, pos, &n, &value))
	{
		/*
		 * 上亿市场主体, 超万亿斤, 近千人: powers of ten alone after 上 or a
		 * qualifier (kept only with a unit or a counted noun, below)
		 */
		int			exponent = 0;
		int			e;
		size_t		q = pos;
		size_t		after;
		int			w;

		if (before != 0x4E0A &&
			fu_before_any(text, fu_skip_blanks_back(text, len, pos), qualifiers_before, &w) == 0)
			return;
		while ((e = gr_chinese_unit_exponent(fu_peek(text, len, q, &after))) >= 2 && exponent < 16)
		{
			exponent += e;
			q = after;
		}
		if (exponent < 2)
			return;
		memset(&n, 0, sizeof(n));
		n.start = pos;
		n.end = q;
		n.flags = GR_NUM_CHINESE | GR_NUM_MULTIPLIER;
		value = decimal_shift(s, "1", exponent);
		if (!value)
			return;
		lone_power = true;
	}
	/*
	 * Units that begin with a multiplier (千米, 千克, 千瓦, 百分点): the number
	 * reader took the multiplier; read the number again without it.
	 */
	if (!value_max && n.end > pos)
	{
		static const char *const multiplier_units[] = {
			"千米", "千克", "千瓦", "千瓦时", "千伏", "百分点", NULL
		};
		size_t		last = fu_back(text, n.end);
		int			w;

		if (last > pos && gr_chinese_unit_exponent(fu_peek(text, len, last, NULL)) > 0 &&
			fu_at_any(text, len, last, multiplier_units, &w) > 0)
		{
			GrNumber	shorter;
			char	   *shorter_value;

			if (gr_number_scan(s->env, text, last, pos, &shorter) == GR_OK &&
				shorter.end == last)
			{
				shorter_value = number_value(s, &shorter);
				gr_release(s->env, shorter.value);
				if (!shorter_value)
					goto reject;
				gr_release(s->env, value);
				value = shorter_value;
				n.end = shorter.end;
				n.flags = shorter.flags;
				n.integer_digits = shorter.integer_digits;
			}
		}
	}
	number_end = n.end;
	*resume = n.end > pos ? n.end : next;

	/* inside a token: URLs, mail addresses, codes (yjnyj@126.com, A3) */
	if (!chinese_start && before != GR_INVALID_CP && before > 0 && before < 128 &&
		(fu_is_ascii_alnum(before) || strchr("@#/\\_.:&=?%-", (int) before)))
		goto reject;
	/* ordinals: 第三次, 第 3 页, 第(一)项 */
	if (before == 0x7B2C ||
		(fu_is_blank(before) && fu_prev(text, len, fu_skip_blanks_back(text, len, pos)) == 0x7B2C) ||
		((before == '(' || before == 0xFF08) && fu_prev(text, len, fu_back(text, pos)) == 0x7B2C))
		goto reject;
	if (chinese_start)
	{
		/*
		 * 上千万家庭, 上百家企业: as many as, when a unit or a counted noun
		 * follows (checked below); 上百 alone stays inside its word
		 */
		up_to = before == 0x4E0A && gr_chinese_unit_exponent(first) >= 2 &&
			!in_set("以向马晚早加", fu_prev(text, len, fu_back(text, pos)));
		/* numerals inside words: 统一, 进一步, 数十, 上百 */
		if (in_set(block_before_chinese, before) && !up_to)
			goto reject;
		/* 百, 千, 万 alone are not numbers (千家万户, 百姓), nor is 零 (零部件) */
		if (n.end - pos == 3 && !up_to && !lone_power &&
			(gr_chinese_unit_exponent(first) >= 2 || gr_chinese_digit_value(first) == 0))
			goto reject;
		/* 保持6%一档的税率: a numeral right after a percent names a tier */
		if (before == '%' || before == 0xFF05)
			goto reject;
		/* a numeral that opens a quoted name: “两个维护”, 《三年行动》 */
		if (before == 0x201C || before == 0x2018 || before == 0x300A || before == 0x300C)
			goto reject;
	}
	if ((n.flags & GR_NUM_SIGNED) && !(n.flags & GR_NUM_PERCENT))
	{
		/* 税负3500亿元: 负 was a word, not a sign; read the digits after it */
		*resume = next;
		goto reject;
	}

	/* 十五六人: the last digit and the next one */
	if (chinese_start && !value_max && !(n.flags & (GR_NUM_PERCENT | GR_NUM_FRACTION)))
	{
		size_t		after;
		int			last = gr_chinese_digit_value(fu_prev(text, len, number_end));
		int			following = gr_chinese_digit_value(fu_peek(text, len, number_end, &after));
		size_t		vlen = strlen(value);

		if (last > 0 && following == last + 1 && vlen > 1 && value[vlen - 1] == '0' + last &&
			gr_chinese_digit_value(fu_peek(text, len, after, NULL)) < 0 &&
			gr_chinese_unit_exponent(fu_peek(text, len, after, NULL)) == 0)
		{
			value_max = decimal_shift(s, value, 0);
			if (!value_max)
				goto reject;
			value_max[vlen - 1]++;
			number_end = after;
		}
	}

	if (looks_like_identifier(s, pos, number_end, &n))
		goto reject;
	/* 500余万, 十多万: the number reader saw the qualifier */
	if (n.flags & GR_NUM_OVER)
		qualifier = GR_QUALIFIER_OVER;

	p = number_end;
	if ((n.flags & GR_NUM_FRACTION) && !(n.flags & GR_NUM_PERCENT))
	{
		/* 三分之一: a share with no unit */
		kind = GR_KIND_NUMBER;
		unit_end = p;
	}
	else if (chinese_start && strcmp(value, "1") == 0 && fu_at(text, len, number_end, "半") &&
			 number_end - pos == 3)
	{
		/* 一半 is one half */
		char	   *half = decimal_shift(s, "0.5", 0);

		if (!half)
			goto reject;
		gr_release(s->env, value);
		value = half;
		kind = GR_KIND_NUMBER;
		unit_end = number_end + strlen("半");
	}
	else if (n.flags & GR_NUM_PERCENT)
	{
		kind = GR_KIND_PERCENT;
		unit_text = fu_at(text, len, pos, "千分之") || fu_before(text, p, "‰") ? "‰" : "%";
		unit_len = strlen(unit_text);
		unit_end = p;
	}
	else
	{
		/* 余 多 before the unit, perhaps with the multiplier after it: 500余万元 */
		static const char *const over_words[] = {"余", "多", NULL};

		if ((k = fu_at_any(text, len, p, over_words, &which)) > 0)
		{
			size_t		q = p + k;
			int			exponent = gr_chinese_unit_exponent(fu_peek(text, len, q, &next));
			int			total = 0;

			while (exponent > 0)
			{
				total += exponent;
				q = next;
				exponent = gr_chinese_unit_exponent(fu_peek(text, len, q, &next));
			}
			if (total > 0 || match_unit(s, q, &unit_start, &unit_end))
			{
				qualifier = GR_QUALIFIER_OVER;
				p = q;
				if (total > 0)
				{
					char	   *shifted = decimal_shift(s, value, total);

					if (!shifted)
						goto reject;
					gr_release(s->env, value);
					value = shifted;
				}
			}
		}
		/* a range: 10-20人, 三至五年 */
		if (!value_max && qualifier == GR_QUALIFIER_NONE &&
			(k = fu_at_any(text, len, p, range_joiners, &which)) > 0)
		{
			GrNumber	high;
			char	   *high_value;
			uint32_t	c2 = fu_peek(text, len, p + k, NULL);

			if ((fu_arabic_digit(c2) >= 0) == !chinese_start &&
				scan_number(s, p + k, &high, &high_value))
			{
				if (!(high.flags & (GR_NUM_SIGNED | GR_NUM_PERCENT)) &&
					match_unit(s, high.end, &unit_start, &unit_end))
				{
					value_max = high_value;
					p = high.end;
				}
				else
					gr_release(s->env, high_value);
			}
		}
		unit = match_unit(s, p, &unit_start, &unit_end);
		if (!unit)
		{
			/* 近14亿人口: a big number and a counted noun */
			if ((n.flags & GR_NUM_MULTIPLIER) && (k = counted_noun_end(s, p)) > 0)
			{
				kind = GR_KIND_NUMBER;
				unit_end = p;
				counted_end = k;
			}
			/* 突破百亿大关: a milestone passed, no unit */
			else if (milestone(s, pos, p))
			{
				kind = GR_KIND_NUMBER;
				unit_end = p;
			}
			/* 5大方面, 10大工程: Arabic digits count (三大职能 is a name) */
			else if (!chinese_start && fu_at(text, len, p, "大") &&
					 (k = fu_at_any(text, len, p + strlen("大"), big_heads, &which)) > 0)
			{
				kind = GR_KIND_COUNT;
				unit_text = text + p;
				unit_len = strlen("大") + k;
				unit_end = p + unit_len;
			}
			/*
			 * 减少1386万。: a big number that ends its clause, or is joined to
			 * the next one (分别增加1753万和2028万，)
			 */
			else if (!chinese_start && (n.flags & GR_NUM_MULTIPLIER) &&
					 gr_chinese_unit_exponent(fu_prev(text, len, p)) >= 4 &&
					 (is_clause_boundary(fu_peek(text, len, big_number_tail(text, len, p), NULL)) ||
					  fu_peek(text, len, p, NULL) == 0x3001 ||
					  ((fu_at(text, len, p, "和") || fu_at(text, len, p, "与")) &&
					   fu_arabic_digit(fu_peek(text, len, p + strlen("和"), NULL)) >= 0)))
			{
				kind = GR_KIND_NUMBER;
				unit_end = p;
			}
			/* 分别高4.2和0.7个百分点: a number that shares the unit of the next */
			else if (!chinese_start && (unit = shared_unit(s, pos, p, &unit_start, &unit_end)) != NULL)
			{
				kind = unit->kind;
				if (unit->unit)
				{
					unit_text = unit->unit;
					unit_len = strlen(unit_text);
				}
				else
				{
					unit_text = text + unit_start;
					unit_len = unit_end - unit_start;
				}
				unit_end = p;
			}
			else
				goto reject;
		}
		else
		{
			kind = unit->kind;
			if (unit->unit)
			{
				unit_text = unit->unit;
				unit_len = strlen(unit_text);
				/* 个百分点 is written as is, but its unit is 百分点 */
				if (strcmp(unit->text, unit->unit) != 0 &&
					fu_at(text, len, unit_end - strlen(unit->unit), unit->unit))
					unit_text = text + unit_end - strlen(unit->unit);
			}
			else
			{
				unit_text = text + unit_start;
				unit_len = unit_end - unit_start;
			}
		}
	}

	/*
	 * 100万元至300万元, 3年至5年: a range that writes its unit at both ends
	 * (the same unit, the same kind of digits, no qualifier, no date after)
	 */
	if (unit && kind != GR_KIND_PERCENT && !value_max && qualifier == GR_QUALIFIER_NONE &&
		is_range_joiner(fu_peek(text, len, unit_end, NULL)) &&
		(k = fu_at_any(text, len, unit_end, range_joiners, &which)) > 0 &&
		(fu_arabic_digit(fu_peek(text, len, unit_end + k, NULL)) >= 0) == !chinese_start &&
		date_at(s, unit_end + k) < 0)
	{
		GrNumber	high;
		char	   *high_value;
		size_t		high_unit_start;
		size_t		high_unit_end;

		if (gr_number_can_start(fu_peek(text, len, unit_end + k, NULL)) &&
			scan_number(s, unit_end + k, &high, &high_value))
		{
			if (!(high.flags & (GR_NUM_SIGNED | GR_NUM_PERCENT | GR_NUM_OVER)) &&
				match_unit(s, high.end, &high_unit_start, &high_unit_end) == unit &&
				high_unit_start == high.end)
			{
				value_max = high_value;
				unit_end = high_unit_end;
			}
			else
				gr_release(s->env, high_value);
		}
	}

	/* the percent range 6%－6.5% */
	if (kind == GR_KIND_PERCENT && !value_max &&
		(k = fu_at_any(text, len, unit_end, range_joiners, &which)) > 0)
	{
		GrNumber	high;
		char	   *high_value;

		if (gr_number_can_start(fu_peek(text, len, unit_end + k, NULL)) &&
			scan_number(s, unit_end + k, &high, &high_value))
		{
			if ((high.flags & GR_NUM_PERCENT) && !(high.flags & GR_NUM_SIGNED))
			{
				value_max = high_value;
				unit_end = high.end;
			}
			else
				gr_release(s->env, high_value);
		}
	}

	/* the number's own idioms and names */
	if (kind == GR_KIND_DURATION && unit_text &&
		(fu_at(text, len, unit_end, "来") || fu_at(text, len, unit_end, "以来") ||
		 fu_at(text, len, unit_end, "來") || fu_at(text, len, unit_end, "前") ||
		 fu_before(text, fu_skip_blanks_back(text, len, pos), "以来的") ||
		 after_past(s, pos)))
		goto reject;			/* 一年来, 五年前, 过去一年, 以来的五年: relative time */
	/* 同近两年平均经济增速: the average of the last years, relative time */
	if (kind == GR_KIND_DURATION && unit_text && fu_at(text, len, unit_end, "平均") &&
		fu_before(text, fu_skip_blanks_back(text, len, pos), "近"))
		goto reject;
	/* 国企改革三年行动, 高职扩招三年行动目标: the name of a campaign */
	if (kind == GR_KIND_DURATION && unit_text && fu_at(text, len, unit_end, "行动") &&
		!fu_at(text, len, unit_end, "行动起来"))
		goto reject;
	/* 九年义务教育: the name of a schooling, not a duration */
	if (kind == GR_KIND_DURATION && unit_text && fu_at(text, len, unit_end, "义务教育"))
		goto reject;
	/* 五年累计1.6万亿元: the period of a total, not a quantity */
	if (kind == GR_KIND_DURATION && unit_text && unit_len == strlen("年") &&
		memcmp(unit_text, "年", unit_len) == 0 && fu_at(text, len, unit_end, "累计"))
		goto reject;
	/*
	 * 五年新增节水灌溉面积666万公顷, 十年1.4亿农村人口在城镇落户: a count of
	 * years that opens its clause and a number after it in the clause is the
	 * period of that total, like 五年累计 (三年完成规划 stays a duration)
	 */
	if (kind == GR_KIND_DURATION && unit_text && unit_len == strlen("年") &&
		memcmp(unit_text, "年", unit_len) == 0 && period_of_total(s, pos, unit_end))
		goto reject;
	/* 学前教育三年行动计划, 新增千亿斤粮食生产能力建设规划: inside a plan's name */
	if ((kind == GR_KIND_DURATION || kind == GR_KIND_MEASURE) && plan_name_after(text, len, unit_end))
		goto reject;
	/* 一座座, 一个个: reduplication */
	if (unit && unit_end - unit_start == 3 && chinese_start &&
		fu_at(text, len, unit_end, unit->text))
		goto reject;
	if (kind == GR_KIND_DURATION && unit_text && strlen(value) == 1 && value[0] <= '4' &&
		unit_len == strlen("季度") && memcmp(unit_text, "季度", unit_len) == 0)
		goto reject;			/* 一季度, 1季度: a quarter's name */
	if (fu_at_any(text, len, number_end, slogan_tails, &which) > 0 && chinese_start)
		goto reject;
	if (chinese_start && strcmp(value, "1") == 0 && n.end - pos == 3 && !value_max)
	{
		/* 一 as an article (是一项, 的一个) or in idioms (一批, 一次性) */
		if (in_set(block_before_one, before) ||
			(kind == GR_KIND_DURATION && fu_before_any(text, pos, year_idiom_before, &which) > 0) ||
			fu_at_any(text, len, number_end, one_idioms, &which) > 0 ||
			(unit && fu_at_any(text, len, unit_start, one_idioms, &which) > 0) ||
			(kind == GR_KIND_COUNT && article_one(text, len, unit_end)))
			goto reject;
	}
	/* 第十二个五年规划: a numeral inside an ordinal name */
	if (chinese_start && before == 0x4E2A && ordinal_count_before(text, len, fu_back(text, pos)))
		goto reject;
	/* 极不平凡的五年。: a period named at the end of its clause, not a quantity */
	if (kind == GR_KIND_DURATION && chinese_start && before == 0x7684 &&
		unit_text && unit_len == strlen("年") && memcmp(unit_text, "年", unit_len) == 0 &&
		(is_clause_boundary(fu_peek(text, len, unit_end, NULL)) ||
		 is_sentence_end(fu_peek(text, len, unit_end, NULL))))
		goto reject;
	/* addresses: 广场路188号7幢, 3号楼 */
	if (unit && in_set("号路街巷弄", before) &&
		in_set("幢栋座层间", fu_peek(text, len, unit_start, NULL)))
		goto reject;
	/* 幸福小区3栋2单元501室: a building in an address, before its unit or door */
	if (unit && in_set("幢栋座", fu_peek(text, len, unit_start, NULL)) &&
		(fu_arabic_digit(fu_peek(text, len, unit_end, NULL)) >= 0 || fu_at(text, len, unit_end, "单元")))
		goto reject;
	/* 位列全国前10名: a rank reached, not a count */
	if (unit && before == 0x524D && in_set("名位强", fu_peek(text, len, unit_start, NULL)))
		goto reject;
	/* 《政务简报》2023年5期: an issue number after its year */
	if (unit && strcmp(unit->text, "期") == 0 && !chinese_start && fu_before(text, pos, "年") &&
		date_at(s, fu_back(text, pos)) >= 0)
		goto reject;
	/* a count inside a quoted name: “创业富民30条” */
	{
		uint32_t	closing = fu_peek(text, len, unit_end, NULL);

		if (closing == 0x201D || closing == '"' || closing == 0x300B || closing == 0x300D)
		{
			size_t		q = pos;
			int			k2 = 0;

			while (q > 0 && k2 < 20)
			{
				uint32_t	c2;

				q = fu_back(text, q);
				c2 = fu_peek(text, len, q, NULL);
				if (c2 == 0x201C || c2 == '"' || c2 == 0x300A || c2 == 0x300C)
					goto reject;
				if (c2 == 0x201D || is_clause_boundary(c2))
					break;
				k2++;
			}
		}
	}
	/* 二期工程, 一期项目: a phase is named, not counted */
	if (unit && chinese_start && strcmp(unit->text, "期") == 0 &&
		(fu_at(text, len, unit_end, "工程") || fu_at(text, len, unit_end, "项目") ||
		 fu_at(text, len, unit_end, "主体") || fu_at(text, len, unit_end, "扩建")))
		goto reject;
	/* 成立一百周年, 改革开放40周年: an anniversary is a name, not a duration */
	if (unit && strcmp(unit->text, "周年") == 0)
		goto reject;
	/* 三类, 四类: kinds named, not counted */
	if (chinese_start && unit && strcmp(unit->text, "类") == 0)
		goto reject;
	/* 第1页共18页, 第 2 页 / 共 18 页: a page marker, not a count of pages */
	if (unit && strcmp(unit->text, "页") == 0 && page_marker_total(text, len, pos))
		goto reject;
	/* a fact needs its number to end where the unit is: not 1.领导 */

	end = unit_end;
	/* 一年半, 一吨半: and a half */
	if (unit && fu_at(text, len, end, "半") && strchr(value, '.') == NULL &&
		value[0] != '-' && !value_max)
	{
		size_t		vlen = strlen(value);
		char	   *half = gr_alloc(s->env, vlen + 3);

		if (!half)
		{
			s->status = GR_NOMEM;
			goto reject;
		}
		memcpy(half, value, vlen);
		memcpy(half + vlen, ".5", 3);
		gr_release(s->env, value);
		value = half;
		end += strlen("半");
	}
	/* qualifiers after the unit: 以上, 左右 … */
	if (qualifier == GR_QUALIFIER_NONE &&
		(k = fu_at_any(text, len, end, qualifiers_after, &which)) > 0)
	{
		/* 多 and 余 after the unit only when a noun does not follow (1年多) */
		bool		ok = true;

		if (strcmp(qualifiers_after[which], "多") == 0 || strcmp(qualifiers_after[which], "余") == 0 ||
			strcmp(qualifiers_after[which], "许") == 0 || strcmp(qualifiers_after[which], "上下") == 0)
			ok = kind == GR_KIND_DURATION || kind == GR_KIND_MONEY;
		if (ok)
		{
			qualifier = qualifiers_after_kind[which];
			end += k;
		}
	}
	/* qualifiers before the number: 约, 近, 超过 … */
	{
		size_t		q = fu_skip_blanks_back(text, len, pos);

		k = fu_before_any(text, q, qualifiers_before, &which);
		if (k > 0)
		{
			uint32_t	b2 = fu_prev(text, len, q - k);
			bool		ok = true;

			/* 最近, 附近, 临近; 超 in 超过 is covered by 超过 */
			if (strcmp(qualifiers_before[which], "近") == 0 && in_set("最附临接将靠", b2))
				ok = false;
			if (strcmp(qualifiers_before[which], "超") == 0 && in_set("高赶", b2))
				ok = false;
			if (strcmp(qualifiers_before[which], "约") == 0 && in_set("节制合公签预", b2))
				ok = false;
			/*
			 * 低于13%左右的预期目标: with a qualifier of its own after it, the
			 * number is compared with, and 高于/低于/多于/少于 is the verb
			 */
			if (qualifier != GR_QUALIFIER_NONE && k == strlen("低于") &&
				fu_before(text, q, "于") && !fu_before(text, q, "等于"))
				ok = false;
			if (ok)
			{
				if (qualifier == GR_QUALIFIER_NONE)
					qualifier = qualifiers_before_kind[which];
				start = q - k;
			}
		}
		else if (up_to)
		{
			qualifier = GR_QUALIFIER_OVER;
			start = fu_back(text, pos);
		}
		else if (qualifier == GR_QUALIFIER_NONE &&
				 (kind == GR_KIND_PERCENT || kind == GR_KIND_NUMBER))
			qualifier_gap = qualifier_apart(s, q, &qualifier);
	}
	if ((up_to || lone_power) && !unit && !counted_end && !milestone(s, pos, number_end))
		goto reject;
	/* 《乡村振兴三年行动计划》: a number inside a title is part of the name */
	if (inside_title(s, pos, end))
		goto reject;

	f = add_fact(s);
	if (!f)
		goto reject;
	f->ord = (int) s->nfacts;
	f->start = start;
	f->end = end;
	f->value = value;
	f->value_max = value_max;
	f->unit = unit_text;
	f->unit_len = unit_text ? unit_len : 0;
	f->kind = kind;
	f->qualifier = qualifier;
	f->paren_depth = s->depth;
	f->sentence = s->sentence;
	*resume = end > *resume ? end : *resume;

	/* direction: 增长9%, 下降3个百分点; not 提高到58.5% */
	{
		size_t		q = fu_skip_blanks_back(text, len, start);

		if (fu_before(text, q, "了"))
			q -= 3;
		k = fu_before_any(text, q, direction_words, &which);
		if (k > 0)
		{
			const char *word = direction_words[which];
			bool		single = strlen(word) == 3;

			/* one-character words only right after 同比/比…/较… */
			if (!single || fu_before(text, q - k, "同比") || fu_before(text, q - k, "环比") ||
				fu_before(text, q - k, "年"))
				f->direction = which >= FIRST_DOWN_WORD ? GR_DIRECTION_DOWN : GR_DIRECTION_UP;
		}
	}

	/* subject */
	{
		size_t		sub_start = 0;
		size_t		sub_end = 0;
		bool		found = false;
		size_t		clause = fu_skip_blanks(text, start, s->clause_start);
		bool		share = false;
		const GrFact *previous = s->nfacts >= 2 ? &s->facts[s->nfacts - 2] : NULL;
		size_t		previous_end = previous ? previous->end : 0;
		bool		joined = false;
		bool		announced = false;	/* 三件事：, a one-character noun */

		/* 分别下降9.66%和13.14%: the second shares the first's direction */
		if (previous && previous->sentence == f->sentence)
		{
			size_t		gap = fu_skip_blanks(text, start, previous->end);
			int			w;

			static const char *const joiners[] = {"和", "与", "及", "、", "或", "至", "并", NULL};

			k = fu_at_any(text, start, gap, joiners, &w);
			joined = k > 0 && fu_skip_blanks(text, start, gap + k) == start;
			if (joined && f->direction == GR_DIRECTION_NONE)
				f->direction = previous->direction;
		}
		/* 占42.9%, 占总数的100%: a share of the fact before */
		/* (only the last CLAUSE_LIMIT characters: the pass stays linear) */
		if (start - clause > CLAUSE_LIMIT * 4)
			clause = fu_back(text, start - CLAUSE_LIMIT * 3);
		if (kind == GR_KIND_PERCENT || kind == GR_KIND_POINTS)
			for (size_t q = clause; q + 3 <= start; q++)
				if (fu_at(text, start, q, "占"))
					share = true;
		if (share)
		{
			/* 社会事业投资占44%: the clause before 占; else the fact before */
			size_t		share_at = start;

			while (share_at > clause && !fu_before(text, share_at, "占"))
				share_at = fu_back(text, share_at);
			s->nfacts--;
			subject_before(s, share_at - 3, &sub_start, &sub_end);
			s->nfacts++;
			f = &s->facts[s->nfacts - 1];
			found = sub_end > sub_start;
			/* 在所有播放量中占比26%: that names the whole, not the part */
			if (found && fu_at(text, sub_end, sub_start, "在") && fu_before(text, sub_end, "中"))
				found = false;
			if (!found && previous && previous->sentence == f->sentence &&
				previous->subject_end > previous->subject_start)
			{
				sub_start = previous->subject_start;
				sub_end = previous->subject_end;
				found = true;
			}
		}
		if (!found && counted_end)
		{
			sub_start = unit_end;
			sub_end = counted_end;
			found = true;
		}
		if (!found && unit && (strcmp(unit->text, "部分") == 0 || strcmp(unit->text, "个部分") == 0 || fu_before(text, fu_skip_blanks_back(text, len, start), "等")))
			found = subject_of_enumeration(s, start, &sub_start, &sub_end);
		if (!found && kind == GR_KIND_COUNT)
		{
			int			w;

			subject_after(s, end, false, &sub_start, &sub_end);
			/* 两次下调政策利率: the object of the change that follows */
			if ((sub_end <= sub_start || sub_start == end) &&
				(k = fu_at_any(text, len, end, direction_words, &w)) > 3)
			{
				size_t		changed_start;
				size_t		changed_end;

				/* 两次降低存款准备金率: the rate, not its change */
				subject_after(s, end + k, false, &changed_start, &changed_end);
				if (changed_end > changed_start || sub_end <= sub_start)
				{
					sub_start = changed_start;
					sub_end = changed_end;
				}
			}
			/* 两次全面降准: past an adverb */
			if (sub_end <= sub_start && (k = fu_at_any(text, len, end, adverbs_after, &w)) > 0)
				subject_after(s, end + k, false, &sub_start, &sub_end);
			/* 抓好三件事：一是…: one character that announces a list names it */
			if (sub_end <= sub_start && gr_is_han(fu_peek(text, len, end, &k)) &&
				(fu_peek(text, len, k, NULL) == 0xFF1A || fu_peek(text, len, k, NULL) == ':'))
			{
				sub_start = end;
				sub_end = k;
				announced = true;
			}
			found = sub_end > sub_start;
		}
		if (!found)
		{
			int			w;
			bool		after_copula;

			s->nfacts--;		/* the fact itself is not a boundary of its clause */
			subject_before(s, qualifier_gap ? qualifier_gap : start, &sub_start, &sub_end);
			s->nfacts++;
			f = &s->facts[s->nfacts - 1];
			/* 对新增2万亿元…: a preposition left alone (its verb trimmed) */
			if (sub_end == sub_start + 3 && starts_with_dui(text, sub_start))
				sub_start = sub_end = 0;
			/* 安排200亿元技改专项资金: a bare verb before, the noun after */
			/*
			 * 经历三年新冠疫情: for a duration only after a bare verb, or after
			 * 是 when the noun follows at once (是三年新冠疫情防控…的一年, not
			 * 是三年行动的|收官之年)
			 */
			after_copula = sub_end <= sub_start && kind == GR_KIND_DURATION &&
				fu_before(text, fu_skip_blanks_back(text, len, start), "是");

			if (((sub_end <= sub_start && (kind != GR_KIND_DURATION || after_copula)) ||
				 (sub_end > sub_start &&
				  fu_at_any(text, sub_end, sub_start, object_verbs, &w) == sub_end - sub_start)) &&
				(kind == GR_KIND_MONEY || kind == GR_KIND_MEASURE || kind == GR_KIND_DURATION))
			{
				size_t		after_start;
				size_t		after_end;

				subject_after(s, end, true, &after_start, &after_end);
				if (after_end > after_start && !(after_copula && after_start != end))
				{
					sub_start = after_start;
					sub_end = after_end;
				}
			}
			/*
			 * 中央财政安排423亿元资金, 中央财政拟投入420亿元资金: the body
			 * and its verb before, the noun right after names what is spent
			 */
			else if (sub_end > sub_start && kind == GR_KIND_MONEY &&
					 (((k = fu_before_any(text, sub_end, object_verbs, &w)) > 0 &&
					   char_count(text, sub_start, sub_end - k) >= 2) ||
			/* 384亿元救灾款和740亿元恢复重建资金: the second noun as the first */
					  (previous && previous->kind == GR_KIND_MONEY &&
					   previous->subject_start == previous->end &&
					   previous->subject_end == sub_end && sub_start >= previous->end)))
			{
				size_t		after_start;
				size_t		after_end;
				size_t		head_end = 0;

				subject_after(s, end, false, &after_start, &after_end);
				/* up to its last head of money (救灾款|和, 专项奖补资金|予以) */
				for (size_t q = after_start; after_start == end && q < after_end;)
				{
					fu_peek(text, after_end, q, &q);
					if (fu_before_any(text, q, money_heads, &w) > 0)
						head_end = q;
				}
				if (head_end > after_start)
				{
					sub_start = after_start;
					sub_end = head_end;
				}
			}
		}
		/*
		 * 中央财政的400亿元补贴资金: a noun phrase that ends with 的 before
		 * the amount owns what the amount is; 底线是严守18亿亩耕地红线: after
		 * a copula and a verb, the verb's object follows the amount
		 */
		if (sub_end > sub_start && sub_end <= start &&
			(kind == GR_KIND_MONEY || kind == GR_KIND_MEASURE || kind == GR_KIND_COUNT) &&
			fu_skip_blanks_back(text, len, start) == sub_end)
		{
			int			w;
			bool		copula_verb = false;
			size_t		q = sub_end;

			/* (是 one to three characters back, then a verb up to the end) */
			for (int back = 0; back < 3 && q > sub_start && !copula_verb; back++)
			{
				q = fu_back(text, q);
				copula_verb = q > sub_start && fu_before(text, q, "是") &&
					fu_at_any(text, sub_end, q, object_verbs, &w) == sub_end - q;
			}
			if (fu_before(text, sub_end, "的") || copula_verb)
			{
				size_t		after_start;
				size_t		after_end;

				subject_after(s, end, false, &after_start, &after_end);
				/* money up to its last head (补贴资金|用好用活) */
				if (kind == GR_KIND_MONEY)
				{
					size_t		head_end = 0;

					for (size_t q = after_start; q < after_end;)
					{
						fu_peek(text, after_end, q, &q);
						if (fu_before_any(text, q, money_heads, &w) > 0)
							head_end = q;
					}
					if (head_end > after_start)
						after_end = head_end;
				}
				if (after_end > after_start && after_start == end &&
					char_count(text, after_start, after_end) >= 2)
				{
					sub_start = after_start;
					sub_end = after_end;
				}
			}
		}
		/* 比上年增长8.7%: a change of the fact before, which names it */
		if (sub_end > sub_start && (fu_at(text, sub_end, sub_start, "比") ||
									fu_at(text, sub_end, sub_start, "较") ||
									fu_at(text, sub_end, sub_start, "同比") ||
									fu_at(text, sub_end, sub_start, "环比")))
			sub_start = sub_end = 0;
		/*
		 * 赤字率拟按2.8%安排，比去年预算高0.2个百分点: a clause that opens with
		 * 比/较 compares the fact before (what is left of the comparison is
		 * no noun of its own)
		 */
		if (previous && previous->sentence == f->sentence && sub_end <= start &&
			previous->subject_end > previous->subject_start && previous->end <= s->clause_start)
		{
			size_t		c = fu_skip_blanks(text, start, s->clause_start);

			if ((fu_at(text, start, c, "比") || fu_at(text, start, c, "较")) &&
				(sub_end <= sub_start || sub_start >= c))
			{
				sub_start = sub_end = 0;
				joined = true;
			}
		}
		/* 超过一半人口: a share before the noun it is a share of */
		if (sub_end <= sub_start && kind == GR_KIND_NUMBER && !counted_end &&
			(k = counted_noun_end(s, end)) > end)
		{
			sub_start = end;
			sub_end = k;
		}
		/* 现行16%的税率: a percent before 的 and the rate it is */
		if (kind == GR_KIND_PERCENT && sub_end > sub_start && fu_at(text, len, end, "的"))
		{
			size_t		rate_start;
			size_t		rate_end;

			subject_after(s, end + strlen("的"), false, &rate_start, &rate_end);
			if (rate_end > rate_start && (fu_before(text, rate_end, "率") ||
										  fu_before(text, rate_end, "比例") ||
										  fu_before(text, rate_end, "比重")))
			{
				sub_start = rate_start;
				sub_end = rate_end;
			}
		}
		/* 保持6%一档的税率: a rate that names a tier, then the rate */
		if ((sub_end <= sub_start || is_bare_verb(text, sub_start, sub_end)) &&
			kind == GR_KIND_PERCENT && fu_at(text, len, end, "一档"))
		{
			size_t		tier = end + strlen("一档");
			size_t		rate_start;
			size_t		rate_end;

			if (fu_at(text, len, tier, "的"))
				tier += strlen("的");
			subject_after(s, tier, false, &rate_start, &rate_end);
			if (rate_end > rate_start + strlen("不变") && fu_before(text, rate_end, "不变"))
				rate_end -= strlen("不变");
			if (rate_end > rate_start)
			{
				sub_start = rate_start;
				sub_end = rate_end;
			}
		}
		/* 71%的煤电机组: a share before 的 and what it is a share of */
		/* (or after a bare verb: 提出8%左右的国内生产总值增长目标, 覆盖80%以上的大城市) */
		if ((sub_end <= sub_start || char_count(text, sub_start, sub_end) < 2 ||
			 is_bare_verb(text, sub_start, sub_end)) &&
			(kind == GR_KIND_PERCENT || kind == GR_KIND_NUMBER ||
			 ((kind == GR_KIND_MONEY || kind == GR_KIND_MEASURE) && !joined)) &&
			fu_at(text, len, end, "的"))
		{
			size_t		after_start;
			size_t		after_end;

			/* (安排1000亿元的专项资金: also an amount after a bare verb) */
			subject_after(s, end + strlen("的"), false, &after_start, &after_end);
			if (after_end > after_start ||
				kind == GR_KIND_PERCENT || kind == GR_KIND_NUMBER)
			{
				sub_start = after_start;
				sub_end = after_end;
			}
		}
		/* 分三批向种粮农民发放农资补贴: the object of the verb after the phrase */
		if ((sub_end <= sub_start || char_count(text, sub_start, sub_end) < 2) &&
			kind == GR_KIND_COUNT && !lone_place_at(text, len, sub_start, sub_end, end) &&
			!announced)
		{
			sub_start = sub_end = 0;
			object_after_phrase(s, end, &sub_start, &sub_end);
		}
		/*
		 * 从10万元提高到15万元, 从2007年的248亿美元上升到2012年的772亿美元:
		 * the level reached is of what the first one is
		 */
		if ((sub_end <= sub_start || sub_start >= previous_end) && previous &&
			previous->sentence == f->sentence && !joined)
		{
			static const char *const level_words[] = {
				"提高到", "提高至", "增加到", "增至", "降至", "降到", "下降到", "减少到",
				"扩大到", "上升到", "上升至", "调整为", "调整到", "达到", "提升到", "提升至",
				"回落到", "回落至", "下降至", NULL
			};
			size_t		q = previous->end;
			int			w;
			int			chars = 0;

			while (q < start && chars < 16)
			{
				size_t		after;
				uint32_t	c2 = fu_peek(text, start, q, &after);

				if (is_clause_boundary(c2))
					break;
				if (fu_at_any(text, start, q, level_words, &w) > 0)
				{
					joined = true;
					sub_start = sub_end = 0;
					break;
				}
				q = after;
				chars++;
			}
		}
		/*
		 * 地区生产总值跨越5000亿元，达5600亿元: a clause of a level word and
		 * the number alone goes on with the fact before
		 */
		if (sub_end <= sub_start && previous && previous->sentence == f->sentence && !joined)
		{
			static const char *const level_alone[] = {
				"达", "达到", "到达", "达到了", "总计达到", "累计达到", "共计达到", "合计达到",
				"总计达", "累计达", "共计达", NULL
			};
			size_t		c = fu_skip_blanks(text, start, s->clause_start);
			int			w;

			size_t		gap = fu_skip_blanks(text, start, previous->end);

			if (fu_at(text, start, gap, "大关"))
				gap += strlen("大关");

			/* right after the fact before, only a comma between */
			/* (also a run of years: 去年达到54641万吨，连续7年增产) */
			if (gap < c && is_clause_boundary(fu_peek(text, start, gap, &gap)) &&
				fu_skip_blanks(text, start, gap) == c &&
				((k = fu_at_any(text, start, c, level_alone, &w)) > 0 ||
				 (kind == GR_KIND_DURATION && fu_at(text, start, c, "连续") &&
				  (k = strlen("连续")) > 0)))
				joined = fu_skip_blanks(text, start, c + k) == start;
		}
		if ((sub_end <= sub_start || (joined && char_count(text, sub_start, sub_end) < 2)) &&
			previous && previous->sentence == f->sentence &&
			(joined || f->direction != GR_DIRECTION_NONE))
		{
			static const char *const attributes[] = {"规模", "总规模", "总量", "总额", NULL};
			const GrFact *topic = s->nfacts >= 3 ? &s->facts[s->nfacts - 3] : NULL;
			int			w;

			sub_start = previous->subject_start;
			sub_end = previous->subject_end;
			/*
			 * 转移支付增加约1.5万亿元、规模近9.8万亿元，增长18%: a change after
			 * the size of the topic is the topic's change
			 */
			if (sub_end > sub_start &&
				fu_at_any(text, sub_end, sub_start, attributes, &w) == sub_end - sub_start &&
				topic && topic->sentence == f->sentence &&
				topic->subject_end > topic->subject_start && topic->subject_end <= previous->start &&
				char_count(text, topic->subject_start, topic->subject_end) >= 2)
			{
				sub_start = topic->subject_start;
				sub_end = topic->subject_end;
			}
		}
		/*
		 * 新登记企业增长24.5%，平均每天新增1.5万户; 参保人数增加1.4亿、覆盖10.5亿人:
		 * a clause right after the fact before that names nothing (adverbs, a
		 * verb of reach) goes on with its subject (not 办结0件, 废止4件: the
		 * acts are what is counted)
		 */
		if ((sub_end <= sub_start || reach_verb(text, sub_start, sub_end)) && previous &&
			previous->sentence == f->sentence && previous->subject_end > previous->subject_start &&
			clause_names_nothing(s, previous->end, start))
		{
			sub_start = previous->subject_start;
			sub_end = previous->subject_end;
		}
		/* 广义货币M2（注：…）预期增长12%左右: the subject before a bracketed note */
		if (sub_end <= sub_start ||
			(sub_start == fu_skip_blanks(text, start, s->clause_start) && sub_end - sub_start <= 6))
			subject_before_note(s, start, &sub_start, &sub_end);
		/* 下调…单位缴费比例，各地可降至16%: the object of the change before */
		if (sub_end <= sub_start ||
			(sub_start == fu_skip_blanks(text, start, s->clause_start) &&
			 char_count(text, sub_start, sub_end) <= 3 &&
			 in_set("可要将均应也都", fu_peek(text, start, fu_skip_blanks(text, start, sub_end), NULL))))
		{
			size_t		change_start = 0;
			size_t		change_end = 0;

			object_of_change_before(s, start, &change_start, &change_end);
			if (change_end > change_start)
			{
				sub_start = change_start;
				sub_end = change_end;
			}
		}
		/*
		 * 全社会研究与实验发展经费，从2002年1288亿元增加到…: a clause that opens
		 * with 从/由 and names nothing changes the noun of the clause before
		 */
		if (sub_end <= sub_start)
		{
			size_t		c = fu_skip_blanks(text, start, s->clause_start);

			if (fu_at(text, start, c, "将"))
				c += strlen("将");
			if (fu_at(text, start, c, "从") || fu_at(text, start, c, "由"))
				noun_of_clause_before(s, &sub_start, &sub_end);
		}
		/* 粮食总产量实现了“八连增”，连续5年超万亿斤: the topic of the clause before */
		if (kind != GR_KIND_PERCENT && kind != GR_KIND_POINTS && !announced &&
			(sub_end <= sub_start ||
			 (sub_end - sub_start <= 4 && char_count(text, sub_start, sub_end) < 2 &&
			  !lone_place_at(text, len, sub_start, sub_end, end))))
		{
			sub_start = sub_end = 0;
			/* (only for a short clause: 连续5年, 到达244.5万吨) */
			if (start - s->clause_start <= 8 * 3)
				topic_of_clause_before(s, &sub_start, &sub_end);
		}
		{
			int			w;

			/* (but 其他十一个区在…: a place counted, named by one character) */
			if (sub_end > sub_start && char_count(text, sub_start, sub_end) < 2 &&
				!lone_place_at(text, len, sub_start, sub_end, end) && !announced)
				sub_start = sub_end = 0;
			(void) w;
		}
		/*
		 * 中央预算内投资安排5776亿元: the verb that leads to the amount is no
		 * part of the noun (cut last: 中央财政安排423亿元资金 needs it above)
		 */
		if (sub_end > sub_start && sub_end <= start && fu_before(text, sub_end, "安排") &&
			char_count(text, sub_start, sub_end) >= 4)
		{
			sub_end -= strlen("安排");
			if (fu_before(text, sub_end, "新"))	/* 保障性安居工程新安排 */
				sub_end -= strlen("新");
			trim_words(text, &sub_start, &sub_end, NULL, subject_trailing);
		}
		/*
		 * 中央财政拟投入433亿元, 中央财政下达…: the same for the verbs that lay out
		 * money (投入 only after 拟, 将, 共 or 累计: “三农”投入 is a noun)
		 */
		else if (sub_end > sub_start && sub_end <= start && kind == GR_KIND_MONEY)
		{
			static const char *const spend_verbs[] = {"拨付", "下达", "筹集", "投入", NULL};
			int			w;

			k = fu_before_any(text, sub_end, spend_verbs, &w);
			if (k > 0 && w == 3 && !fu_before(text, sub_end - k, "拟") &&
				!fu_before(text, sub_end - k, "将") && !fu_before(text, sub_end - k, "共") &&
				!fu_before(text, sub_end - k, "累计"))
				k = 0;
			if (k > 0 && char_count(text, sub_start, sub_end - k) >= 2)
			{
				size_t		cut_end = sub_end - k;

				trim_words(text, &sub_start, &cut_end, NULL, subject_trailing);
				if (char_count(text, sub_start, cut_end) >= 2)
					sub_end = cut_end;
			}
		}
		/* 化学需氧量、二氧化硫排放总量分别下降15.7%和17.5% */
		if (joined || s->list_end > 0 || sub_end > sub_start)
			subject_of_list(s, joined, start, &sub_start, &sub_end);
		/*
		 * 对地方一般性转移支付增长7.8%: a leading 对 (for) is no part of the
		 * noun (对外, 对口, 对象 … are words)
		 */
		if (sub_end > sub_start + 3 && starts_with_dui(text, sub_start))
		{
			static const char *const dui_words[] = {
				"对外", "对口", "对象", "对接", "对话", "对照", "对应", "对台", "对华", "对称",
				"对策", "对比", "对手", "对岸", "对联", "对方", "对待", NULL
			};
			int			w;

			if (fu_at_any(text, sub_end, sub_start, dui_words, &w) == 0 &&
				char_count(text, sub_start + 3, sub_end) >= 2)
			{
				sub_start += 3;
				trim_words(text, &sub_start, &sub_end, subject_leading, NULL);
			}
		}
		f->subject_start = sub_start;
		f->subject_end = sub_end;
		/*
		 * 5大方面19项工作任务, 6大类30条109项工作任务: counts written back to
		 * back with no noun of their own count what the last one counts
		 */
		for (size_t i = s->nfacts - 1; i > 0 && kind == GR_KIND_COUNT && sub_end > sub_start; i--)
		{
			GrFact	   *before_fact = &s->facts[i - 1];

			if (before_fact->end != s->facts[i].start || before_fact->kind != GR_KIND_COUNT ||
				before_fact->subject_end > before_fact->subject_start)
				break;
			before_fact->subject_start = sub_start;
			before_fact->subject_end = sub_end;
		}
	}

	link_parent(s, f);
	return;

reject:
	gr_release(s->env, value);
	gr_release(s->env, value_max);
}

/*
 * Where try_fact would resume after turning down the number at pos without
 * a trace, else 0: a run of ASCII digits that ends the text or stands
 * before a blank, a line break or a bar (a table cell: 0, 30, 152), or
 * before a point and a Han character that is no numeral (the numbering of
 * a label: 1.属于), where no unit may start at the place match_unit looks
 * (past the blanks and one line break).  The number reader stops at the separator (scan
 * mode reads no white space, and a point without a digit after it is no
 * decimal point), so try_fact sees a plain integer: no sign, multiplier,
 * percent, fraction or Chinese numeral, no 余/多, range joiner or 大 after
 * it, no unit (unit_may_start says no), no counted noun or milestone (both
 * need a multiplier): it rejects before it changes the scanner, and
 * resumes at the end of the digits (or, when the reader refused them, at
 * the next digit, where the same holds).  Most numbers of flattened tables
 * are such cells.
 */
static __attribute__((noinline)) size_t
bare_integer_end(const Scanner *s, size_t pos, size_t run_end)
{
	const char *text = s->text;
	size_t		len = s->len;
	size_t		end = pos;
	size_t		p;

	while (end < run_end && text[end] >= '0' && text[end] <= '9')
		end++;
	if (end == pos)
		return 0;
	if (end < len && text[end] != '\n' && text[end] != '\r' && text[end] != '\t' &&
		text[end] != ' ' && text[end] != '|')
	{
		uint32_t	after;

		if (text[end] != '.')
			return 0;
		/* 1.属于 (a Han character that is no numeral), not 24.６６ */
		after = fu_peek(text, len, end + 1, NULL);
		if (after < FU_CJK_FIRST || after > FU_CJK_LAST || fu_maybe_numeral(after) ||
			after == 0x70B9 /* 点 */ )
			return 0;
	}
	p = unit_search_start(text, len, end);
	if (p < len && unit_may_start(text, len, p))
		return 0;
	return end;
}

/* ---- the pass ---- */

#ifdef GR_FACTS_CHECK_BARE
#include <stdio.h>
#include <stdlib.h>
/*
 * Debugging only (-DGR_FACTS_CHECK_BARE): abort unless try_fact, at every
 * position the loop would have met from pos to end, leaves the scanner and
 * its facts as they were and resumes no later than end.
 */
static size_t bare_checked;
static void
report_bare_checked(void)
{
	fprintf(stderr, "bare integers checked: %zu\n", bare_checked);
}

static void
check_bare_integer(Scanner *s, size_t pos, size_t end)
{
	if (bare_checked++ == 0)
		atexit(report_bare_checked);
	for (size_t at = pos; at < end;)
	{
		Scanner		before;
		GrFact	   *copy = NULL;
		size_t		resume;

		memcpy(&before, s, sizeof(Scanner));
		if (s->nfacts)
		{
			copy = malloc(s->nfacts * sizeof(GrFact));
			memcpy(copy, s->facts, s->nfacts * sizeof(GrFact));
		}
		try_fact(s, at, &resume);
		if (memcmp(&before, s, sizeof(Scanner)) != 0 ||
			(copy && memcmp(copy, s->facts, s->nfacts * sizeof(GrFact)) != 0) ||
			resume > end)
		{
			fprintf(stderr, "bare integer check failed at %zu (%zu..%zu)\n", at, pos, end);
			abort();
		}
		free(copy);
		/* the loop goes on at resume, or the next digit */
		at = resume > at ? resume : at + 1;
	}
}
#endif

/* The characters fact_loop_char said no to, for fu_skip_plain. */
static FuPlainMap fact_plain;

/*
 * fu_maybe_numeral(cp) && gr_number_can_start(cp), the answer kept per
 * code point of the Basic Multilingual Plane as it is met (two bits: asked,
 * and the answer).
 */
static bool
may_start_number(uint32_t cp)
{
	static uint8_t known[0x10000 / 8];
	static uint8_t answer[0x10000 / 8];

	if (cp > 0xFFFF)
		return fu_maybe_numeral(cp) && gr_number_can_start(cp);
	if (!FU_BIT_TEST(known, cp))
	{
		if (fu_maybe_numeral(cp) && gr_number_can_start(cp))
			FU_BIT_SET(answer, cp);
		FU_BIT_SET(known, cp);
	}
	return FU_BIT_TEST(answer, cp);
}

/* At most this many stops are kept (16 MB); the rest are found by reading. */
#define STOPS_KEPT ((size_t) 4 << 20)

/*
 * Whether the main loop of gr_facts_find does anything at cp: a sentence
 * end, bracket, clause boundary, breakdown marker or possible number.  Every
 * other character is stepped over at once.  Two bits per code point of the
 * Basic Multilingual Plane (answered yet, and the answer), filled as code
 * points are met; the rest always answer yes.
 */
static bool
fact_loop_char(uint32_t cp)
{
	static uint8_t known[0x10000 / 8];
	static uint8_t answer[0x10000 / 8];

	if (cp > 0xFFFF)
		return true;
	if (!FU_BIT_TEST(known, cp))
	{
		if (is_sentence_end(cp) || is_open_bracket(cp) || is_close_bracket(cp) ||
			is_clause_boundary(cp) || cp == 0x3001 || cp == 0x5176 || cp == 0x542B ||
			cp == 0x5305 || cp == 0x53E6 || cp == 0x6B64 ||
			(fu_maybe_numeral(cp) && gr_number_can_start(cp)))
			FU_BIT_SET(answer, cp);
		FU_BIT_SET(known, cp);
	}
	return FU_BIT_TEST(answer, cp);
}

GrStatus
gr_facts_find(const GrEnv *env, const char *text, size_t len,
			  GrFact **facts, size_t *count)
{
	Scanner		s;
	FuStops		stops;
	size_t		pos = 0;
	size_t		polls = 0;
	GrStatus	status;

	*facts = NULL;
	*count = 0;
	memset(&s, 0, sizeof(s));
	s.env = env;
	s.text = text;
	s.len = len;
	/*
	 * The characters the loop below does something at, kept for the date
	 * finder (it reads only there) and for the loop itself: one read of the
	 * text for both.
	 */
	memset(&stops, 0, sizeof(stops));
	stops.is_stop = fact_loop_char;
	stops.plain = &fact_plain;
	fu_stops_record(env, &stops, text, len, STOPS_KEPT);
	status = gr_dates_find_stops(env, text, len, &stops, &s.dates, &s.ndates);
	if (status != GR_OK)
	{
		gr_release(env, stops.at);
		return status;
	}
	stops.k = 0;

	while (pos < len && s.status == GR_OK)
	{
		size_t		next;
		uint32_t	cp;
		int			parent;

		GR_POLL(env, polls);
		/* every other character is stepped over (fact_loop_char) */
		pos = fu_stops_next(env, &stops, text, len, pos, false);
		if (pos >= len)
			break;
		/* dates are not facts */
		while (s.next_date < s.ndates && s.dates[s.next_date].end <= pos)
			s.next_date++;
		if (s.next_date < s.ndates && s.dates[s.next_date].start <= pos)
		{
			pos = s.dates[s.next_date].end;
			continue;
		}
		cp = fu_peek(text, len, pos, &next);

		if (cp == '\n' && soft_newline(text, len, pos))
		{
			pos = next;
			continue;
		}
		if (is_sentence_end(cp))
		{
			s.sentence++;
			if (cp == '\n')
				s.depth = 0;
			close_breakdown(&s);
		}
		if (is_open_bracket(cp))
			s.depth++;
		else if (is_close_bracket(cp))
		{
			if (s.depth > 0)
				s.depth--;
			if (s.marker != MARKER_NONE && s.depth < s.marker_depth)
			{
				close_breakdown(&s);
				/* back to the breakdown the bracket interrupted */
				if (s.outer.marker != MARKER_NONE && s.depth >= s.outer.marker_depth)
				{
					s.marker = s.outer.marker;
					s.marker_pos = s.outer.marker_pos;
					s.marker_depth = s.outer.marker_depth;
					s.marker_sentence = s.outer.marker_sentence;
					s.marker_parent = s.outer.marker_parent;
					s.marker_resolved = s.outer.marker_resolved;
					s.child_unit = s.outer.child_unit;
					s.child_unit_len = s.outer.child_unit_len;
					s.items = s.outer.items;
					s.comma_items = s.outer.comma_items;
				}
				s.outer.marker = MARKER_NONE;
			}
		}
		if (is_clause_boundary(cp) || cp == 0x3001 /* 、 */ )
		{
			/* 在…中， opens a breakdown */
			if ((cp == 0xFF0C || cp == ',') && fu_before(text, pos, "中") &&
				among_clause(&s, pos, &parent))
				open_breakdown(&s, MARKER_AMONG, pos, parent);
			if (cp != 0x3001)
			{
				s.clause_start = next;
				s.clause_first_fact = (int) s.nfacts;
			}
		}

		/* breakdown markers */
		if (cp == 0x5176 && fu_at(text, len, pos, "其中"))	/* 其中 */
		{
			int			total = total_before_bracket(&s, pos);

			if (total < 0)
				total = item_before_comma(&s, pos);
			open_breakdown(&s, MARKER_OF_WHICH, pos, total);
			pos += strlen("其中");
			continue;
		}
		if (cp == 0x542B && (is_open_bracket(fu_prev(text, len, pos)) ||	/* 含 */
							 fu_prev(text, len, pos) == 0xFF0C || fu_prev(text, len, pos) == ','))
			open_breakdown(&s, MARKER_OF_WHICH, pos, total_before_bracket(&s, pos));
		if (cp == 0x5305 && fu_at(text, len, pos, "包括"))	/* 包括 */
		{
			open_breakdown(&s, MARKER_AMONG, pos, -1);
			pos += strlen("包括");
			continue;
		}
		/* 其中A 1条，B 2条；C 3条: the ； ends a list punctuated with ， */
		if (s.marker != MARKER_NONE && s.comma_items && (cp == 0xFF1B || cp == ';'))
			close_breakdown(&s);
		if (s.marker != MARKER_NONE && (cp == 0x53E6 || cp == 0x6B64) &&	/* 另 此 */
			(fu_at(text, len, pos, "另有") || fu_at(text, len, pos, "此外") ||
			 fu_at(text, len, pos, "另外")))
			close_breakdown(&s);

		if (may_start_number(cp))
		{
			size_t		resume;
			size_t		run_end = pos;
			size_t		bare_end;
			int			run = 0;

			/*
			 * No number is longer than NUMBER_RUN_LIMIT characters; a longer
			 * run of numerals (a table of digits, a pasted ID list) is no fact
			 * and is skipped whole, which keeps the pass linear.
			 */
			while (run_end < len && run <= NUMBER_RUN_LIMIT)
			{
				size_t		after;
				uint32_t	c2 = fu_peek(text, len, run_end, &after);

				/* fu_maybe_numeral first: a cheap no for most characters */
				if ((!fu_maybe_numeral(c2) || !gr_number_can_start(c2)) &&
					c2 != '.' && c2 != ',' && c2 != 0x70B9)
					break;
				run_end = after;
				run++;
			}
			if (run > NUMBER_RUN_LIMIT)
			{
				while (run_end < len)
				{
					size_t		after;
					uint32_t	c2 = fu_peek(text, len, run_end, &after);

					if ((!fu_maybe_numeral(c2) || !gr_number_can_start(c2)) &&
						c2 != '.' && c2 != ',' && c2 != 0x70B9)
						break;
					run_end = after;
					GR_POLL(env, polls);
				}
				pos = run_end;
				continue;
			}
			/*
			 * A bare integer (a table cell, a label's numbering) is no fact:
			 * step over it unless a date starts inside it, which the loop
			 * must meet.  Most numbers of prose fail the first test (a unit
			 * or a Han character follows): every run bare_integer_end takes
			 * ends at the text's end, at a byte up to the blank or a bar, or
			 * just after a point.
			 */
			bare_end = 0;
			if (run_end >= len || (unsigned char) text[run_end] <= ' ' ||
				text[run_end] == '|' || text[run_end - 1] == '.')
				bare_end = bare_integer_end(&s, pos, run_end);
			if (bare_end > 0 &&
				(s.next_date >= s.ndates || s.dates[s.next_date].start >= bare_end))
			{
#ifdef GR_FACTS_CHECK_BARE
				check_bare_integer(&s, pos, bare_end);
#endif
				pos = bare_end;
				continue;
			}
			try_fact(&s, pos, &resume);
			pos = resume > pos ? resume : next;
			continue;
		}
		pos = next;
	}
	gr_release(env, s.dates);
	gr_release(env, stops.at);
	if (s.status != GR_OK)
	{
		gr_facts_free(env, s.facts, s.nfacts);
		return s.status;
	}
	/* a list of nouns before 分别 and only one value after it, at the end */
	if (s.list_end > 0 && s.list_index == 0 && s.list_fact == s.nfacts)
	{
		s.facts[s.nfacts - 1].subject_start = s.list_start;
		s.facts[s.nfacts - 1].subject_end = s.list_end;
	}
	*facts = s.facts;
	*count = s.nfacts;
	return GR_OK;
}

void
gr_facts_free(const GrEnv *env, GrFact *facts, size_t count)
{
	if (!facts)
		return;
	for (size_t i = 0; i < count; i++)
	{
		gr_release(env, facts[i].value);
		gr_release(env, facts[i].value_max);
	}
	gr_release(env, facts);
}
