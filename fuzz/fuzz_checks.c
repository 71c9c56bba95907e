/*
 * fuzz_checks.c
 *		What every core entry point must do on any input: the checks the
 *		libFuzzer targets (fuzz/fuzz_*.c) run, and the unit tests replay over
 *		test/data/fuzz-regressions.
 *
 * A check calls one entry point on one input through a tracking GrEnv and
 * verifies that the result is well formed: statuses are ones the glue knows,
 * offsets lie inside the text and on character boundaries, values parse,
 * output text is valid UTF-8, and no call holds more than a bounded amount
 * of memory.  It returns NULL, or a message naming what went wrong.  Crashes,
 * leaks and undefined behaviour are the sanitizers' part.
 *
 * Entry points of modules that have not landed yet are weak symbols: their
 * checks are skipped where the symbol is missing, so this file builds in
 * every tree.  Adding an entry point is: a check function below, and a row
 * in fuzz_targets[] at the end (plus a fuzz/fuzz_<name>.c of four lines and
 * a line in fuzz/Makefile).
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/gr_core.h"
#include "../src/gr_number.h"
#include "../src/gr_repair.h"
#include "../src/gr_sections.h"
#include "../src/gr_tables.h"
#include "../src/gr_facts.h"
#include "../src/gr_dates.h"

#pragma weak gr_number_parse
#pragma weak gr_number_scan
#pragma weak gr_sections_find
#pragma weak gr_topic_name
#pragma weak gr_step_utf8_as_latin1
#pragma weak gr_step_utf8_as_gbk
#pragma weak gr_step_gbk_big5
#pragma weak gr_step_gbk_slip
#pragma weak gr_step_lost_bytes
#pragma weak gr_badness
#pragma weak gr_encoding_from_name
#pragma weak gr_decode
#pragma weak gr_repair
#pragma weak gr_repair_steps
#pragma weak gr_repair_step_count
#pragma weak gr_tables_find
#pragma weak gr_table_checks
#pragma weak gr_facts_find
#pragma weak gr_facts_free
#pragma weak gr_dates_find

/* ---- a GrEnv on malloc that tracks the bytes it holds ---- */

/*
 * Peak memory a call may hold: generous, so that only a blow-up (memory
 * growing faster than the input) trips it.
 */
#define FUZZ_MEMORY_PER_BYTE 1024
#define FUZZ_MEMORY_FIXED ((size_t) 64 << 20)

typedef struct FuzzMemory
{
	size_t		live;			/* bytes held now */
	size_t		peak;			/* most bytes held at once */
	size_t		polls;			/* times the core polled */
} FuzzMemory;

/*
 * Every block starts with its size and links to the other live blocks, so
 * that release and grow can track it and fuzz_free_all can free what a
 * module hands back as a web of blocks (tables: cells and their strings).
 */
typedef struct FuzzBlock
{
	struct FuzzBlock *prev;
	struct FuzzBlock *next;
	size_t		size;
} FuzzBlock;

typedef union FuzzHeader
{
	FuzzBlock	block;
	max_align_t align;
} FuzzHeader;

static FuzzBlock *fuzz_blocks;	/* the live blocks of the current check */

static void
fuzz_link(FuzzBlock *block)
{
	block->prev = NULL;
	block->next = fuzz_blocks;
	if (fuzz_blocks)
		fuzz_blocks->prev = block;
	fuzz_blocks = block;
}

static void
fuzz_unlink(FuzzBlock *block)
{
	if (block->prev)
		block->prev->next = block->next;
	else
		fuzz_blocks = block->next;
	if (block->next)
		block->next->prev = block->prev;
}

static void *
fuzz_alloc(void *opaque, size_t size)
{
	FuzzMemory *memory = opaque;
	FuzzHeader *header = malloc(sizeof(FuzzHeader) + size);

	if (header == NULL)
		return NULL;
	header->block.size = size;
	fuzz_link(&header->block);
	memory->live += size;
	if (memory->live > memory->peak)
		memory->peak = memory->live;
	return header + 1;
}

static void *
fuzz_grow(void *opaque, void *pointer, size_t size)
{
	FuzzMemory *memory = opaque;
	FuzzHeader *header = (FuzzHeader *) pointer - 1;
	size_t		old = header->block.size;
	FuzzHeader *grown;

	fuzz_unlink(&header->block);
	grown = realloc(header, sizeof(FuzzHeader) + size);
	if (grown == NULL)
	{
		fuzz_link(&header->block);
		return NULL;
	}
	grown->block.size = size;
	fuzz_link(&grown->block);
	memory->live = memory->live - old + size;
	if (memory->live > memory->peak)
		memory->peak = memory->live;
	return grown + 1;
}

static void
fuzz_release(void *opaque, void *pointer)
{
	FuzzMemory *memory = opaque;
	FuzzHeader *header = (FuzzHeader *) pointer - 1;

	memory->live -= header->block.size;
	fuzz_unlink(&header->block);
	free(header);
}

/* Free every block still live, as a memory context reset does. */
static void
fuzz_free_all(FuzzMemory *memory)
{
	while (fuzz_blocks)
	{
		FuzzBlock  *block = fuzz_blocks;

		fuzz_unlink(block);
		memory->live -= block->size;
		free(block);
	}
}

static void
fuzz_poll(void *opaque)
{
	((FuzzMemory *) opaque)->polls++;
}

static GrEnv
fuzz_env(FuzzMemory *memory)
{
	GrEnv		env = {fuzz_alloc, fuzz_grow, fuzz_release, fuzz_poll, memory};

	memset(memory, 0, sizeof(*memory));
	return env;
}

/* NULL if the call's peak memory was within bounds for an input of len. */
static const char *
fuzz_memory_bounded(const FuzzMemory *memory, size_t len)
{
	if (memory->peak > FUZZ_MEMORY_FIXED + FUZZ_MEMORY_PER_BYTE * len)
		return "peak memory grows faster than the input";
	return NULL;
}

/* ---- text helpers ---- */

static bool
fuzz_valid_utf8(const char *text, size_t len)
{
	size_t		pos = 0;

	while (pos < len)
		if (gr_utf8_decode(text, len, &pos) == GR_INVALID_CP)
			return false;
	return true;
}

static bool
fuzz_char_boundary(const char *text, size_t len, size_t offset)
{
	return offset == 0 || offset == len ||
		(offset < len && (((unsigned char) text[offset]) & 0xC0) != 0x80);
}

/*
 * The input as a server text would be: valid UTF-8 with no NUL (invalid
 * bytes and NUL become U+FFFD).  Returned in malloc'd memory.
 */
static char *
fuzz_as_text(const uint8_t *data, size_t size, size_t *len)
{
	char	   *text = malloc(size * 3 + 1);
	size_t		pos = 0;
	size_t		out = 0;

	while (pos < size)
	{
		uint32_t	cp = gr_utf8_decode((const char *) data, size, &pos);

		if (cp == GR_INVALID_CP || cp == 0)
			cp = GR_REPLACEMENT_CP;
		out += (size_t) gr_utf8_encode(cp, text + out);
	}
	text[out] = '\0';
	*len = out;
	return text;
}

/* Whether value[0, len) is a decimal numeric_in reads: -?digits(.digits)? */
static const char *
fuzz_check_decimal(const char *value, size_t len)
{
	size_t		i = 0;
	size_t		integer_digits = 0;
	size_t		scale = 0;

	if (value == NULL)
		return "value is NULL";
	if (strlen(value) != len)
		return "value_len is not the value's length";
	if (i < len && value[i] == '-')
		i++;
	while (i < len && value[i] >= '0' && value[i] <= '9')
		i++, integer_digits++;
	if (integer_digits == 0)
		return "value has no integer digits";
	if (i < len && value[i] == '.')
	{
		i++;
		while (i < len && value[i] >= '0' && value[i] <= '9')
			i++, scale++;
		if (scale == 0)
			return "value has a point and no decimals";
	}
	if (i != len)
		return "value is not a decimal";
	if (integer_digits > GR_NUM_MAX_INT_DIGITS || scale > GR_NUM_MAX_SCALE)
		return "value is beyond numeric's limits";
	return NULL;
}

static bool
fuzz_status_known(GrStatus status)
{
	return status == GR_OK || status == GR_SYNTAX || status == GR_RANGE ||
		status == GR_BAD_ARGUMENT || status == GR_TOO_LARGE || status == GR_NOMEM;
}

/* ---- to_number: gr_number_parse, gr_number_scan ---- */

static const char *
fuzz_check_one_number(const char *text, size_t len, size_t from,
					  const GrNumber *number)
{
	const char *failure = fuzz_check_decimal(number->value, number->value_len);

	if (failure)
		return failure;
	if (number->start < from || number->start >= number->end || number->end > len)
		return "number span is not inside the text or is empty";
	if (fuzz_valid_utf8(text, len) &&
		(!fuzz_char_boundary(text, len, number->start) ||
		 !fuzz_char_boundary(text, len, number->end)))
		return "number span is not on character boundaries";
	return NULL;
}

static bool
fuzz_number_linked(void)
{
	return gr_number_parse != NULL && gr_number_scan != NULL;
}

/*
 * to_number reads the raw bytes (the core must survive any bytes), and
 * extractors scan: at every offset of a short input, or from number to
 * number of a long one, as an extractor walks running text.
 */
static const char *
fuzz_check_number(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	FuzzMemory	memory;
	GrEnv		env = fuzz_env(&memory);
	GrNumber	number;
	size_t		error_offset = 0;
	size_t		offset;
	GrStatus	status;
	const char *failure = NULL;

	status = gr_number_parse(&env, text, size, &number, &error_offset);
	if (!fuzz_status_known(status))
		return "gr_number_parse returned an unknown status";
	if (status == GR_OK)
	{
		failure = fuzz_check_one_number(text, size, 0, &number);
		gr_release(&env, number.value);
		if (failure)
			return failure;
	}
	else if (status == GR_SYNTAX && error_offset > size)
		return "gr_number_parse's error offset is past the end";
	if ((failure = fuzz_memory_bounded(&memory, size)) != NULL)
		return failure;

	for (offset = 0; offset < size;)
	{
		status = gr_number_scan(&env, text, size, offset, &number);
		if (!fuzz_status_known(status))
			return "gr_number_scan returned an unknown status";
		if (status == GR_OK)
		{
			failure = fuzz_check_one_number(text, size, offset, &number);
			gr_release(&env, number.value);
			if (failure)
				return failure;
			if (size > 1024)
			{
				offset = number.end;
				continue;
			}
		}
		offset++;
	}
	if (memory.live != 0)
		return "gr_number_* kept memory it did not return";
	return fuzz_memory_bounded(&memory, size);
}

/* ---- sections: gr_sections_find ---- */

static bool
fuzz_sections_linked(void)
{
	return gr_sections_find != NULL;
}

static const char *
fuzz_check_span(const char *text, size_t len, size_t start, size_t end)
{
	if (start > end || end > len)
		return "a section span is reversed or past the end";
	if (!fuzz_char_boundary(text, len, start) || !fuzz_char_boundary(text, len, end))
		return "a section span is not on character boundaries";
	return NULL;
}

static const char *
fuzz_check_sections_of(const char *text, size_t len, FuzzMemory *memory)
{
	GrEnv		env = fuzz_env(memory);
	GrSection  *sections = NULL;
	size_t		count = 0;
	size_t		i;
	GrStatus	status;
	const char *failure = NULL;

	status = gr_sections_find(&env, text, len, &sections, &count);
	if (!fuzz_status_known(status))
		return "gr_sections_find returned an unknown status";
	if (status != GR_OK)
		return (status == GR_NOMEM || status == GR_TOO_LARGE) ? NULL :
			"gr_sections_find failed on valid text";
	if (count > 0 && sections == NULL)
		return "gr_sections_find returned sections but no array";
	for (i = 0; i < count && failure == NULL; i++)
	{
		const GrSection *s = &sections[i];

		if (s->ord != (int) i + 1)
			failure = "section ord is not 1..n in order";
		else if (s->parent < 0 || s->parent >= s->ord)
			failure = "section parent is not an earlier section";
		else if (s->level < 0 || (s->level == 0 && i != 0))
			failure = "section level is negative, or 0 past the first row";
		else if ((int) s->topic < GR_TOPIC_NONE || s->topic > GR_TOPIC_OTHER)
			failure = "section topic is not a GrTopic";
		else if (gr_topic_name != NULL &&
				 (gr_topic_name(s->topic) == NULL) != (s->topic == GR_TOPIC_NONE))
			failure = "gr_topic_name disagrees with GR_TOPIC_NONE";
		else if ((failure = fuzz_check_span(text, len, s->label_start, s->label_end)) ||
				 (failure = fuzz_check_span(text, len, s->heading_start, s->heading_end)) ||
				 (failure = fuzz_check_span(text, len, s->body_start, s->body_end)) ||
				 (failure = fuzz_check_span(text, len, s->start, s->end)))
			break;
		else if (s->body_start < s->start || s->body_end > s->end)
			failure = "section body is outside the section";
		else if (i > 0 && s->start < sections[i - 1].start)
			failure = "sections are not in document order";
		else if (s->parent > 0)
		{
			const GrSection *parent = &sections[s->parent - 1];

			if (s->start < parent->start || s->end > parent->end)
				failure = "a subsection lies outside its parent";
			else if (s->level <= parent->level)
				failure = "a subsection is not deeper than its parent";
		}
	}
	gr_release(&env, sections);
	if (failure)
		return failure;
	if (memory->live != 0)
		return "gr_sections_find kept memory it did not return";
	return fuzz_memory_bounded(memory, len);
}

static const char *
fuzz_check_sections(const uint8_t *data, size_t size)
{
	FuzzMemory	memory;
	size_t		len;
	char	   *text = fuzz_as_text(data, size, &len);
	const char *failure = fuzz_check_sections_of(text, len, &memory);

	free(text);
	return failure;
}

/* ---- repair: gr_repair and its steps (gr_repair.h) ---- */

/* The byte-level steps, for a tree that has them but not the pipeline. */
#define FUZZ_REPAIR_STEPS 5

/* Step i (0 .. FUZZ_REPAIR_STEPS - 1), or NULL if it is not linked. */
static GrRepairStep
fuzz_repair_step(size_t i)
{
	switch (i)
	{
		case 0:
			return gr_step_utf8_as_latin1;
		case 1:
			return gr_step_utf8_as_gbk;
		case 2:
			return gr_step_gbk_big5;
		case 3:
			return gr_step_gbk_slip;
		case 4:
			return gr_step_lost_bytes;
	}
	return NULL;
}

static bool
fuzz_repair_linked(void)
{
	size_t		i;

	if (gr_repair != NULL)
		return true;
	for (i = 0; i < FUZZ_REPAIR_STEPS; i++)
		if (fuzz_repair_step(i) != NULL)
			return true;
	return false;
}

/* What a step or the pipeline reported about one run. */
static const char *
fuzz_check_report(const GrStepReport *report)
{
	if (report->fixes < 0)
		return "a repair step reported negative fixes";
	if (report->before && !fuzz_valid_utf8(report->before, report->before_len))
		return "a repair step's example (before) is invalid UTF-8";
	if (report->after && !fuzz_valid_utf8(report->after, report->after_len))
		return "a repair step's example (after) is invalid UTF-8";
	return NULL;
}

/* Valid output: UTF-8 with no NUL (a text cannot hold one). */
static const char *
fuzz_check_output(const GrBuf *out)
{
	if (out->status != GR_OK)
		return "a repair step returned GR_OK with a failed buffer";
	if (!fuzz_valid_utf8(out->data, out->len))
		return "a repair step wrote invalid UTF-8";
	if (out->len > 0 && memchr(out->data, 0, out->len) != NULL)
		return "a repair step wrote a NUL";
	return NULL;
}

/*
 * One step on valid text: it either leaves out empty or writes valid text.
 * step or step_with_options is set.
 */
static const char *
fuzz_check_step(GrRepairStep step, GrRepairStepWithOptions step_with_options,
				const GrRepairOptions *options, const char *text, size_t len)
{
	FuzzMemory	memory;
	GrEnv		env = fuzz_env(&memory);
	GrBuf		out;
	GrStepReport report;
	GrStatus	status;
	const char *failure = NULL;

	memset(&report, 0, sizeof(report));
	gr_buf_init(&out, &env, 0);
	if (step)
		status = step(&env, text, len, &out, &report);
	else
		status = step_with_options(&env, text, len, options, &out, &report);
	if (!fuzz_status_known(status))
		failure = "a repair step returned an unknown status";
	else if (status != GR_OK && status != GR_NOMEM && status != GR_TOO_LARGE)
		failure = "a repair step failed on valid text";
	else if (status == GR_OK && report.fixes == 0 && out.len != 0)
		failure = "a repair step fixed nothing but wrote output";
	else if (status == GR_OK && report.fixes > 0)
		failure = fuzz_check_output(&out);
	if (failure == NULL && status == GR_OK)
		failure = fuzz_check_report(&report);
	gr_buf_free(&out);
	gr_release(&env, report.before);
	gr_release(&env, report.after);
	if (failure)
		return failure;
	if (memory.live != 0)
		return "a repair step kept memory it did not return";
	return fuzz_memory_bounded(&memory, len);
}

/* The whole pipeline under options, with explain's reports. */
static const char *
fuzz_check_pipeline(const GrRepairOptions *options, const char *text, size_t len)
{
	FuzzMemory	memory;
	GrEnv		env = fuzz_env(&memory);
	GrBuf		out;
	GrStepReport *reports = calloc((size_t) gr_repair_step_count + 1, sizeof(GrStepReport));
	bool		changed = false;
	bool		any_fix = false;
	GrStatus	status;
	const char *failure = NULL;
	int			i;

	gr_buf_init(&out, &env, 0);
	status = gr_repair(&env, text, len, options, &out, reports, &changed);
	if (!fuzz_status_known(status))
		failure = "gr_repair returned an unknown status";
	else if (status != GR_OK && status != GR_NOMEM && status != GR_TOO_LARGE)
		failure = "gr_repair failed on valid text";
	else if (status == GR_OK && !changed && out.len != 0)
		failure = "gr_repair changed nothing but wrote output";
	else if (status == GR_OK && changed)
		failure = fuzz_check_output(&out);
	for (i = 0; status == GR_OK && failure == NULL && i < gr_repair_step_count; i++)
	{
		failure = fuzz_check_report(&reports[i]);
		any_fix |= reports[i].fixes > 0;
		if (failure == NULL && ((options->disabled >> i) & 1) && reports[i].fixes > 0)
			failure = "a step that is switched off fixed something";
	}
	if (failure == NULL && status == GR_OK && changed && !any_fix)
		failure = "gr_repair changed the text but no step reports a fix";
	for (i = 0; i < gr_repair_step_count; i++)
	{
		gr_release(&env, reports[i].before);
		gr_release(&env, reports[i].after);
	}
	free(reports);
	gr_buf_free(&out);
	if (failure)
		return failure;
	if (memory.live != 0)
		return "gr_repair kept memory it did not return";
	return fuzz_memory_bounded(&memory, len);
}

/*
 * The pipeline with the defaults and with options the first byte picks
 * (script choice, one step off), then every registered step alone; in a
 * tree without the pipeline, the byte-level steps that are linked.
 */
static const char *
fuzz_check_repair(const uint8_t *data, size_t size)
{
	size_t		len;
	char	   *text = fuzz_as_text(data, size, &len);
	const char *failure = NULL;
	size_t		i;

	if (gr_repair != NULL)
	{
		GrRepairOptions defaults = GR_REPAIR_DEFAULTS;
		GrRepairOptions picked = GR_REPAIR_DEFAULTS;

		if (size > 0)
		{
			picked.script = (GrScript) (data[0] % 3);
			picked.disabled = 1u << (data[0] / 3 % (unsigned) gr_repair_step_count);
		}
		failure = fuzz_check_pipeline(&defaults, text, len);
		if (failure == NULL)
			failure = fuzz_check_pipeline(&picked, text, len);
		for (i = 0; failure == NULL && i < (size_t) gr_repair_step_count; i++)
			failure = fuzz_check_step(gr_repair_steps[i].run,
									  gr_repair_steps[i].run_with_options,
									  &defaults, text, len);
	}
	else
	{
		for (i = 0; i < FUZZ_REPAIR_STEPS && failure == NULL; i++)
			if (fuzz_repair_step(i) != NULL)
				failure = fuzz_check_step(fuzz_repair_step(i), NULL, NULL, text, len);
	}
	free(text);
	return failure;
}

/* ---- tables: gr_tables_find, gr_table_checks ---- */

static bool
fuzz_tables_linked(void)
{
	return gr_tables_find != NULL;
}

/* A NUL-terminated string from a module: NULL allowed, else valid UTF-8. */
static bool
fuzz_valid_string(const char *string)
{
	return string == NULL || fuzz_valid_utf8(string, strlen(string));
}

static const char *
fuzz_check_tables(const uint8_t *data, size_t size)
{
	FuzzMemory	memory;
	GrEnv		env = fuzz_env(&memory);
	size_t		len;
	char	   *text = fuzz_as_text(data, size, &len);
	GrTableCell *cells = NULL;
	GrTableCheck *checks = NULL;
	size_t		count = 0;
	size_t		check_count = 0;
	size_t		i;
	GrStatus	status;
	const char *failure = NULL;

	status = gr_tables_find(&env, text, len, &cells, &count);
	if (!fuzz_status_known(status))
		failure = "gr_tables_find returned an unknown status";
	else if (status != GR_OK && status != GR_NOMEM && status != GR_TOO_LARGE)
		failure = "gr_tables_find failed on valid text";
	else if (status == GR_OK && count > 0 && cells == NULL)
		failure = "gr_tables_find returned cells but no array";
	for (i = 0; status == GR_OK && failure == NULL && i < count; i++)
	{
		const GrTableCell *c = &cells[i];

		if (c->table_no < 1 || (i > 0 && c->table_no < cells[i - 1].table_no))
			failure = "cell table_no is not 1.. in order";
		else if (c->national != 0 && (c->national < 2 || c->national > 4))
			failure = "cell national is not 0, 2, 3 or 4";
		else if (c->form != 0 && c->form != 2019 && c->form != 2021)
			failure = "cell form is not 0, 2019 or 2021";
		else if (c->row_no < 1 || c->col_no < 1)
			failure = "cell row_no or col_no is below 1";
		else if (c->value == NULL ||
				 (failure = fuzz_check_decimal(c->value, strlen(c->value))) != NULL)
			failure = failure ? failure : "cell value is NULL";
		else if (!fuzz_valid_string(c->unit) || !fuzz_valid_string(c->row_label) ||
				 !fuzz_valid_string(c->col_label) || !fuzz_valid_string(c->row_key) ||
				 !fuzz_valid_string(c->col_key))
			failure = "a cell string is invalid UTF-8";
		else if (c->start >= c->end || c->end > len ||
				 !fuzz_char_boundary(text, len, c->start) ||
				 !fuzz_char_boundary(text, len, c->end))
			failure = "cell span is empty, past the end or not on character boundaries";
	}
	if (failure == NULL && status == GR_OK && gr_table_checks != NULL)
	{
		status = gr_table_checks(&env, cells, count, &checks, &check_count);
		if (!fuzz_status_known(status))
			failure = "gr_table_checks returned an unknown status";
		else if (status != GR_OK && status != GR_NOMEM && status != GR_TOO_LARGE)
			failure = "gr_table_checks failed on cells gr_tables_find made";
		for (i = 0; status == GR_OK && failure == NULL && i < check_count; i++)
		{
			const GrTableCheck *c = &checks[i];

			if (c->table_no < 1)
				failure = "check table_no is below 1";
			else if (c->relation == NULL || !fuzz_valid_string(c->relation))
				failure = "check relation is NULL or invalid UTF-8";
			else if (c->expected == NULL || c->actual == NULL)
				failure = "check expected or actual is NULL";
			else if ((failure = fuzz_check_decimal(c->expected, strlen(c->expected))) == NULL)
				failure = fuzz_check_decimal(c->actual, strlen(c->actual));
		}
	}
	/* Cells point at their strings: free the lot, as a context reset does. */
	if (failure == NULL)
		failure = fuzz_memory_bounded(&memory, len);
	fuzz_free_all(&memory);
	free(text);
	return failure;
}

/* ---- badness: gr_badness ---- */

static bool
fuzz_badness_linked(void)
{
	return gr_badness != NULL;
}

static const char *
fuzz_check_badness(const uint8_t *data, size_t size)
{
	FuzzMemory	memory;
	GrEnv		env = fuzz_env(&memory);
	size_t		len;
	char	   *text = fuzz_as_text(data, size, &len);
	double		badness = gr_badness(&env, text, len);
	double		again = gr_badness(&env, text, len);
	const char *failure = NULL;

	if (isnan(badness) || badness < 0.0 || badness > 1.0)
		failure = "badness is not in [0, 1]";
	else if (badness != again)
		failure = "badness is not deterministic";
	else if (memory.live != 0)
		failure = "gr_badness kept memory";
	else
		failure = fuzz_memory_bounded(&memory, len);
	free(text);
	return failure;
}

/* ---- decode: gr_decode, gr_encoding_from_name ---- */

static bool
fuzz_decode_linked(void)
{
	return gr_decode != NULL;
}

/*
 * The first byte picks the encoding (GrEncoding, modulo the count), the rest
 * are the raw bytes of a file.  The whole input is also tried as a name.
 * A NUL in the bytes may come out as a NUL: the glue turns it into U+FFFD
 * (govreport_text_without_nul), since a text cannot hold one.
 */
static const char *
fuzz_check_decode(const uint8_t *data, size_t size)
{
	FuzzMemory	memory;
	GrEnv		env;
	GrBuf		out;
	GrEncoding	encoding;
	GrEncoding	detected = GR_ENC_AUTO;
	GrStatus	status;
	const char *failure = NULL;

	if (gr_encoding_from_name != NULL &&
		gr_encoding_from_name((const char *) data, size, &encoding) &&
		((int) encoding < GR_ENC_AUTO || encoding > GR_ENC_UTF16BE))
		return "gr_encoding_from_name returned an unknown encoding";
	if (size == 0)
		return NULL;
	encoding = (GrEncoding) (data[0] % (GR_ENC_UTF16BE + 1));
	env = fuzz_env(&memory);
	gr_buf_init(&out, &env, 0);
	status = gr_decode(&env, data + 1, size - 1, encoding, &out, &detected);
	if (!fuzz_status_known(status))
		failure = "gr_decode returned an unknown status";
	else if (status == GR_OK && !fuzz_valid_utf8(out.data, out.len))
		failure = "gr_decode wrote invalid UTF-8";
	else if (status == GR_OK && ((int) detected < GR_ENC_AUTO || detected > GR_ENC_UTF16BE))
		failure = "gr_decode detected an unknown encoding";
	else if (status != GR_OK && status != GR_NOMEM && status != GR_TOO_LARGE &&
			 status != GR_BAD_ARGUMENT)
		failure = "gr_decode failed on bytes (it should replace, not fail)";
	gr_buf_free(&out);
	if (failure)
		return failure;
	if (memory.live != 0)
		return "gr_decode kept memory it did not return";
	return fuzz_memory_bounded(&memory, size);
}

/* ---- facts and dates: gr_facts_find, gr_dates_find ---- */

static bool
fuzz_facts_linked(void)
{
	return gr_facts_find != NULL || gr_dates_find != NULL;
}

/* An ISO date as dates returns it: YYYY, YYYY-MM or YYYY-MM-DD. */
static bool
fuzz_iso_date(const char *value)
{
	size_t		n = strnlen(value, 11);
	size_t		i;

	if (n != 4 && n != 7 && n != 10)
		return false;
	for (i = 0; i < n; i++)
		if ((i == 4 || i == 7) ? value[i] != '-' : (value[i] < '0' || value[i] > '9'))
			return false;
	return true;
}

static const char *
fuzz_check_facts(const uint8_t *data, size_t size)
{
	FuzzMemory	memory;
	GrEnv		env = fuzz_env(&memory);
	size_t		len;
	char	   *text = fuzz_as_text(data, size, &len);
	const char *failure = NULL;
	size_t		i;

	if (gr_facts_find != NULL)
	{
		GrFact	   *facts = NULL;
		size_t		count = 0;
		GrStatus	status = gr_facts_find(&env, text, len, &facts, &count);

		if (!fuzz_status_known(status))
			failure = "gr_facts_find returned an unknown status";
		else if (status != GR_OK && status != GR_NOMEM && status != GR_TOO_LARGE)
			failure = "gr_facts_find failed on valid text";
		for (i = 0; status == GR_OK && failure == NULL && i < count; i++)
		{
			const GrFact *f = &facts[i];

			if (f->ord != (int) i + 1)
				failure = "fact ord is not 1..n in order";
			else if (f->parent < 0 || f->parent >= f->ord)
				failure = "fact parent is not an earlier fact";
			else if (f->start >= f->end || f->end > len ||
					 !fuzz_char_boundary(text, len, f->start) ||
					 !fuzz_char_boundary(text, len, f->end))
				failure = "fact span is empty, past the end or not on character boundaries";
			else if (i > 0 && f->start < facts[i - 1].start)
				failure = "facts are not in text order";
			else if (f->value == NULL ||
					 (failure = fuzz_check_decimal(f->value, strlen(f->value))) != NULL)
				failure = failure ? failure : "fact value is NULL";
			else if (f->value_max != NULL &&
					 fuzz_check_decimal(f->value_max, strlen(f->value_max)) != NULL)
				failure = "fact value_max is not a decimal";
			else if ((int) f->kind < GR_KIND_COUNT || f->kind > GR_KIND_NUMBER ||
					 (int) f->qualifier < GR_QUALIFIER_NONE || f->qualifier > GR_QUALIFIER_UNDER ||
					 (int) f->direction < GR_DIRECTION_NONE || f->direction > GR_DIRECTION_DOWN)
				failure = "fact kind, qualifier or direction is out of its enum";
			else if (f->unit != NULL && !fuzz_valid_utf8(f->unit, f->unit_len))
				failure = "fact unit is invalid UTF-8";
			else if (f->subject_start > f->subject_end || f->subject_end > len ||
					 !fuzz_char_boundary(text, len, f->subject_start) ||
					 !fuzz_char_boundary(text, len, f->subject_end))
				failure = "fact subject span is reversed, past the end or not on boundaries";
		}
		if (failure == NULL)
			failure = fuzz_memory_bounded(&memory, len);
		fuzz_free_all(&memory);
	}
	if (failure == NULL && gr_dates_find != NULL)
	{
		GrDate	   *dates = NULL;
		size_t		count = 0;
		GrStatus	status = gr_dates_find(&env, text, len, &dates, &count);

		if (!fuzz_status_known(status))
			failure = "gr_dates_find returned an unknown status";
		else if (status != GR_OK && status != GR_NOMEM && status != GR_TOO_LARGE)
			failure = "gr_dates_find failed on valid text";
		for (i = 0; status == GR_OK && failure == NULL && i < count; i++)
		{
			const GrDate *d = &dates[i];

			if (d->start >= d->end || d->end > len ||
				!fuzz_char_boundary(text, len, d->start) ||
				!fuzz_char_boundary(text, len, d->end))
				failure = "date span is empty, past the end or not on character boundaries";
			else if (i > 0 && d->start < dates[i - 1].start)
				failure = "dates are not in text order";
			else if (!fuzz_iso_date(d->value))
				failure = "date value is not YYYY, YYYY-MM or YYYY-MM-DD";
		}
		if (failure == NULL)
			failure = fuzz_memory_bounded(&memory, len);
		fuzz_free_all(&memory);
	}
	free(text);
	return failure;
}

/* ---- the table of targets ---- */

typedef struct FuzzTarget
{
	const char *name;			/* fuzz/fuzz_<name>.c, fuzz/corpus/<name>/ */
	bool		(*linked) (void);
	const char *(*check) (const uint8_t *data, size_t size);
} FuzzTarget;

static const FuzzTarget fuzz_targets[] = {
	{"number", fuzz_number_linked, fuzz_check_number},
	{"sections", fuzz_sections_linked, fuzz_check_sections},
	{"repair", fuzz_repair_linked, fuzz_check_repair},
	{"badness", fuzz_badness_linked, fuzz_check_badness},
	{"decode", fuzz_decode_linked, fuzz_check_decode},
	{"tables", fuzz_tables_linked, fuzz_check_tables},
	{"facts", fuzz_facts_linked, fuzz_check_facts},
};

/* For the fuzz targets: run the named check and abort on a failure. */
static inline void
fuzz_run(const char *name, const uint8_t *data, size_t size)
{
	size_t		i;

	for (i = 0; i < sizeof(fuzz_targets) / sizeof(fuzz_targets[0]); i++)
	{
		const char *failure;

		if (strcmp(fuzz_targets[i].name, name) != 0)
			continue;
		failure = fuzz_targets[i].check(data, size);
		if (failure)
		{
			fprintf(stderr, "fuzz_%s: check failed: %s\n", name, failure);
			abort();
		}
		return;
	}
	fprintf(stderr, "fuzz: no target %s\n", name);
	abort();
}
