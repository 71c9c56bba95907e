/*
 * pollgap.c
 *		How long every core entry point runs between two polls, on big
 *		inputs of many shapes.  In the server the poll is
 *		CHECK_FOR_INTERRUPTS(), so the longest gap is how late a cancel or
 *		statement_timeout can take effect; the total time per MB shows the
 *		cost.  Built and run by bench/pollgap.sh.
 *
 * Usage: pollgap MB [FILE ...]   (files: real reports, repeated to MB)
 * Prints one line per entry point and shape; "SLOW POLL" marks a gap over
 * 50 ms.  Entry points that are not linked are skipped (weak symbols).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gr_core.h"
#include "gr_number.h"
#include "gr_repair.h"
#include "gr_sections.h"
#include "gr_tables.h"

#pragma weak gr_number_parse
#pragma weak gr_number_scan
#pragma weak gr_sections_find
#pragma weak gr_repair
#pragma weak gr_repair_steps
#pragma weak gr_repair_step_count
#pragma weak gr_badness
#pragma weak gr_decode
#pragma weak gr_tables_find
#pragma weak gr_table_checks

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static double last_poll;
static double max_gap;
static long polls;

static void
timed_poll(void *opaque)
{
	double		t = now();

	(void) opaque;
	if (t - last_poll > max_gap)
		max_gap = t - last_poll;
	last_poll = t;
	polls++;
}

/*
 * An arena: everything is freed after each call, as a context reset does;
 * gr_release frees at once, as pfree does.  arena_bytes and arena_peak
 * count what is held, for the report's "peak" column.
 */
typedef struct Block
{
	struct Block *next;
	struct Block *prev;
	size_t		size;
	max_align_t align[];
} Block;

static Block *blocks;
static size_t arena_bytes;
static size_t arena_peak;

static void *
arena_alloc(void *opaque, size_t size)
{
	Block	   *b = malloc(sizeof(Block) + size);

	(void) opaque;
	if (!b)
		return NULL;
	b->size = size;
	b->next = blocks;
	b->prev = NULL;
	if (blocks)
		blocks->prev = b;
	blocks = b;
	arena_bytes += size;
	if (arena_bytes > arena_peak)
		arena_peak = arena_bytes;
	return b->align;
}

static void
arena_release(void *opaque, void *pointer)
{
	Block	   *b = (Block *) ((char *) pointer - offsetof(Block, align));

	(void) opaque;
	if (b->prev)
		b->prev->next = b->next;
	else
		blocks = b->next;
	if (b->next)
		b->next->prev = b->prev;
	arena_bytes -= b->size;
	free(b);
}

/* As repalloc of a large chunk may: a new chunk, a copy, the old one freed. */
static void *
arena_grow(void *opaque, void *pointer, size_t size)
{
	Block	   *old = (Block *) ((char *) pointer - offsetof(Block, align));
	void	   *fresh = arena_alloc(opaque, size);

	if (fresh)
	{
		memcpy(fresh, pointer, old->size < size ? old->size : size);
		arena_release(opaque, pointer);
	}
	return fresh;
}

static void
arena_reset(void)
{
	while (blocks)
	{
		Block	   *b = blocks;

		blocks = b->next;
		free(b);
	}
	arena_bytes = 0;
	arena_peak = 0;
}

static const GrEnv env = {arena_alloc, arena_grow, arena_release, timed_poll, NULL};

static void
start(void)
{
	polls = 0;
	max_gap = 0;
	last_poll = now();
}

static void
report(const char *entry, const char *shape, size_t len, double started)
{
	double		t = now();

	if (t - last_poll > max_gap)
		max_gap = t - last_poll;
	printf("%-22s %-18.18s %8.1f MB/s  max gap %7.1f ms  %9ld polls  peak %7.1f MB%s\n",
		   entry, shape, len / 1048576.0 / (t - started > 1e-9 ? t - started : 1e-9),
		   max_gap * 1000, polls, arena_peak / 1048576.0,
		   max_gap > 0.050 ? "  SLOW POLL" : "");
	fflush(stdout);
	arena_reset();
}

/* Every entry point on text[0, len). */
/* POLLGAP_ONLY=decode (a word of the entry point's name) runs only those. */
static bool
wanted(const char *entry)
{
	const char *only = getenv("POLLGAP_ONLY");

	return only == NULL || strstr(entry, only) != NULL;
}

static void
run_all(const char *shape, const char *text, size_t len)
{
	double		t;

	if (gr_number_parse && wanted("number"))
	{
		GrNumber	number;
		size_t		offset;
		size_t		pos;

		start();
		t = now();
		gr_number_parse(&env, text, len, &number, &offset);
		report("number_parse", shape, len, t);
		/* an extractor: scan where a number can start, skip what it read */
		size_t		scans = 0;

		start();
		t = now();
		for (pos = 0; pos < len;)
		{
			size_t		next = pos;
			uint32_t	cp = gr_utf8_decode(text, len, &next);

			if (gr_number_can_start(cp) &&
				gr_number_scan(&env, text, len, pos, &number) == GR_OK && number.end > pos)
				pos = number.end;
			else
				pos = next;
			/* the extractor's glue polls, as every loop over input does */
			if (++scans % GR_POLL_INTERVAL == 0)
			{
				timed_poll(NULL);
				arena_reset();
			}
		}
		report("number_scan (walk)", shape, len, t);
	}
	if (gr_sections_find && wanted("sections_find"))
	{
		GrSection  *sections;
		size_t		count;

		start();
		t = now();
		gr_sections_find(&env, text, len, &sections, &count);
		report("sections_find", shape, len, t);
	}
	if (gr_repair && wanted("repair"))
	{
		GrRepairOptions options = GR_REPAIR_DEFAULTS;
		GrBuf		out;
		bool		changed;
		int			i;

		start();
		t = now();
		gr_buf_init(&out, &env, 0);
		gr_repair(&env, text, len, &options, &out, NULL, &changed);
		report("repair", shape, len, t);
		for (i = 0; i < gr_repair_step_count; i++)
		{
			GrStepReport step_report;
			char		name[64];

			memset(&step_report, 0, sizeof(step_report));
			snprintf(name, sizeof(name), "  step %s", gr_repair_steps[i].name);
			start();
			t = now();
			gr_buf_init(&out, &env, 0);
			if (gr_repair_steps[i].run)
				gr_repair_steps[i].run(&env, text, len, &out, &step_report);
			else
				gr_repair_steps[i].run_with_options(&env, text, len, &options, &out, &step_report);
			report(name, shape, len, t);
		}
	}
	if (gr_badness && wanted("badness"))
	{
		start();
		t = now();
		gr_badness(&env, text, len);
		report("badness", shape, len, t);
	}
	if (gr_decode && wanted("decode"))
	{
		static const char *names[] = {"decode auto", "decode utf8", "decode gb18030",
		"decode big5", "decode utf16le", "decode utf16be"};
		int			e;

		for (e = GR_ENC_AUTO; e <= GR_ENC_UTF16BE; e++)
		{
			GrBuf		out;
			GrEncoding	detected;

			start();
			t = now();
			gr_buf_init(&out, &env, 0);
			gr_decode(&env, (const unsigned char *) text, len, (GrEncoding) e, &out, &detected);
			report(names[e], shape, len, t);
		}
	}
	if (gr_tables_find && wanted("tables_find"))
	{
		GrTableCell *cells = NULL;
		size_t		count = 0;
		GrTableCheck *checks;
		size_t		check_count;

		start();
		t = now();
		gr_tables_find(&env, text, len, &cells, &count);
		if (gr_table_checks)
			gr_table_checks(&env, cells, count, &checks, &check_count);
		report("tables_find + checks", shape, len, t);
	}
}

/* POLLGAP_SHAPE=pipes (a word of a shape's name) runs only those shapes. */
static bool
wanted_shape(const char *shape)
{
	const char *only = getenv("POLLGAP_SHAPE");

	return only == NULL || strstr(shape, only) != NULL;
}

/* unit repeated to size bytes (whole copies, at least one). */
static char *
repeat(const char *unit, size_t unit_len, size_t size, size_t *len)
{
	size_t		copies = size / unit_len ? size / unit_len : 1;
	char	   *text = malloc(copies * unit_len + 1);
	size_t		i;

	for (i = 0; i < copies; i++)
		memcpy(text + i * unit_len, unit, unit_len);
	*len = copies * unit_len;
	text[*len] = '\0';
	return text;
}

int
main(int argc, char **argv)
{
	static const struct
	{
		const char *shape;
		const char *unit;
		const char *prefix;		/* once, before the copies of unit */
	}			shapes[] = {
		{"report-like", "一、总体情况\n本年度共收到申请１２３件，办结率９８％。報(bào)告&amp;锟斤拷\n| 1 | 2 | 3 |\n"},
		{"open brackets", "（"},
		{"run of 一", "一"},
		{"tiny sections", "一、\n"},
		{"numbered lines", "1.\n"},
		{"run of 锟斤拷", "锟斤拷"},
		{"run of U+FFFD", "\xEF\xBF\xBD"},
		{"run of digits", "1"},
		{"entities", "&#"},
		{"pipes", "| "},
		{"text, then pipes", "| ", "a"},
		{"text, then numbers", "| 1 ", "a"},
		{"spaced digits", "1 "},
		{"one cell a line", "a |\n"},
		{"cells and ||||", "a |\n1 |\n||||\n"},
		{"PDF rows", "项目 1 2\n"},
		{"newlines", "\n"},
		{"latin1 mojibake", "Ã¤Â¸Â­"},
	};
	size_t		size = (size_t) (argc > 1 ? atof(argv[1]) : 16) * 1048576;
	size_t		i;

	for (i = 2; i < (size_t) argc; i++)
	{
		FILE	   *file = fopen(argv[i], "rb");
		char	   *data;
		long		n;
		size_t		len;
		char	   *text;
		const char *base = strrchr(argv[i], '/');

		if (!wanted_shape(base ? base + 1 : argv[i]))
		{
			if (file)
				fclose(file);
			continue;
		}
		if (!file)
			continue;
		fseek(file, 0, SEEK_END);
		n = ftell(file);
		fseek(file, 0, SEEK_SET);
		data = malloc((size_t) n + 1);
		if (fread(data, 1, (size_t) n, file) != (size_t) n)
			n = 0;
		fclose(file);
		text = repeat(data, (size_t) n, size, &len);
		run_all(base ? base + 1 : argv[i], text, len);
		free(text);
		free(data);
	}
	for (i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
	{
		size_t		len;
		char	   *text;

		if (!wanted_shape(shapes[i].shape))
			continue;
		text = repeat(shapes[i].unit, strlen(shapes[i].unit), size, &len);
		if (shapes[i].prefix)
		{
			size_t		n = strlen(shapes[i].prefix);

			/* the prefix replaces the first bytes: the length stays */
			memcpy(text, shapes[i].prefix, n < len ? n : len);
		}
		run_all(shapes[i].shape, text, len);
		free(text);
	}
	return 0;
}
