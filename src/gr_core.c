/*
 * gr_core.c
 *		Memory, buffers and UTF-8 for the govreport core.
 *
 * Small helpers every core module uses; see gr_core.h for the contract.
 */
#include "gr_core.h"

#include <stdlib.h>
#include <string.h>

static void *
malloc_alloc(void *opaque, size_t size)
{
	(void) opaque;
	return malloc(size ? size : 1);
}

static void *
malloc_grow(void *opaque, void *pointer, size_t size)
{
	(void) opaque;
	return realloc(pointer, size ? size : 1);
}

static void
malloc_release(void *opaque, void *pointer)
{
	(void) opaque;
	free(pointer);
}

const GrEnv gr_malloc_env = {malloc_alloc, malloc_grow, malloc_release, NULL, NULL};

/* Allocate size bytes, or NULL when size is over the limit or memory is out. */
void *
gr_alloc(const GrEnv *env, size_t size)
{
	if (size > GR_MAX_ALLOC)
		return NULL;
	return env->alloc(env->opaque, size);
}

/* Allocate count * size zeroed bytes, guarding the multiplication. */
void *
gr_alloc_zero(const GrEnv *env, size_t count, size_t size)
{
	void	   *pointer;

	if (size != 0 && count > GR_MAX_ALLOC / size)
		return NULL;
	pointer = gr_alloc(env, count * size);
	if (pointer)
		memset(pointer, 0, count * size);
	return pointer;
}

void *
gr_grow(const GrEnv *env, void *pointer, size_t size)
{
	if (size > GR_MAX_ALLOC)
		return NULL;
	if (pointer == NULL)
		return env->alloc(env->opaque, size);
	return env->grow(env->opaque, pointer, size);
}

void
gr_release(const GrEnv *env, void *pointer)
{
	if (pointer && env->release)
		env->release(env->opaque, pointer);
}

/* ---- growable buffers ---- */

void
gr_buf_init(GrBuf *buf, const GrEnv *env, size_t initial)
{
	buf->env = env;
	buf->len = 0;
	buf->cap = 0;
	buf->data = NULL;
	buf->status = GR_OK;
	if (initial > 0)
		gr_buf_reserve(buf, initial);
}

/* Make room for extra more bytes; false (and status set) when impossible. */
bool
gr_buf_reserve(GrBuf *buf, size_t extra)
{
	size_t		need;
	size_t		cap;
	char	   *data;

	if (buf->status != GR_OK)
		return false;
	if (extra > GR_MAX_ALLOC - buf->len)
	{
		buf->status = GR_TOO_LARGE;
		return false;
	}
	need = buf->len + extra;
	if (need <= buf->cap)
		return true;
	cap = buf->cap ? buf->cap : 64;
	while (cap < need)
		cap = (cap > GR_MAX_ALLOC / 2) ? GR_MAX_ALLOC : cap * 2;
	data = gr_grow(buf->env, buf->data, cap);
	if (data == NULL)
	{
		buf->status = GR_NOMEM;
		return false;
	}
	buf->data = data;
	buf->cap = cap;
	return true;
}

void
gr_buf_append(GrBuf *buf, const char *bytes, size_t len)
{
	if (len == 0 || !gr_buf_reserve(buf, len))
		return;
	memcpy(buf->data + buf->len, bytes, len);
	buf->len += len;
}

void
gr_buf_append_char(GrBuf *buf, char c)
{
	if (!gr_buf_reserve(buf, 1))
		return;
	buf->data[buf->len++] = c;
}

void
gr_buf_append_cp(GrBuf *buf, uint32_t cp)
{
	char		encoded[4];
	int			n = gr_utf8_encode(cp, encoded);

	gr_buf_append(buf, encoded, (size_t) n);
}

void
gr_buf_free(GrBuf *buf)
{
	gr_release(buf->env, buf->data);
	buf->data = NULL;
	buf->len = buf->cap = 0;
}

/* ---- UTF-8 ---- */

/*
 * Decode one code point.  Rejects overlong forms, surrogates and values past
 * U+10FFFF, as PostgreSQL's own verifier does, so that the core never sees a
 * code point the server would not store.
 */
uint32_t
gr_utf8_decode(const char *text, size_t len, size_t *pos)
{
	const unsigned char *s = (const unsigned char *) text + *pos;
	size_t		left = len - *pos;
	uint32_t	cp;
	size_t		need;
	size_t		i;

	if (left == 0)
		return GR_INVALID_CP;
	if (s[0] < 0x80)
	{
		*pos += 1;
		return s[0];
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
	{
		need = 2;
		cp = s[0] & 0x1F;
	}
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
	{
		need = 3;
		cp = s[0] & 0x0F;
	}
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
	{
		need = 4;
		cp = s[0] & 0x07;
	}
	else
	{
		*pos += 1;
		return GR_INVALID_CP;
	}
	if (left < need)
	{
		*pos += 1;
		return GR_INVALID_CP;
	}
	for (i = 1; i < need; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
		{
			*pos += 1;
			return GR_INVALID_CP;
		}
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((need == 3 && cp < 0x800) || (need == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		(cp >= 0xD800 && cp <= 0xDFFF))
	{
		*pos += 1;
		return GR_INVALID_CP;
	}
	*pos += need;
	return cp;
}

/* Encode cp (replacing anything unencodable by U+FFFD); returns bytes written. */
int
gr_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = GR_REPLACEMENT_CP;
	if (cp < 0x80)
	{
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = (unsigned char) (0xC0 | (cp >> 6));
		o[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = (unsigned char) (0xE0 | (cp >> 12));
		o[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char) (0xF0 | (cp >> 18));
	o[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

size_t
gr_utf8_length(uint32_t cp)
{
	if (cp < 0x80)
		return 1;
	if (cp < 0x800)
		return 2;
	if (cp < 0x10000 || cp > 0x10FFFF)
		return 3;				/* U+FFFD for invalid values */
	return 4;
}

/* Count code points by counting the bytes that are not continuation bytes. */
size_t
gr_char_count(const char *text, size_t byte_offset)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t		count = 0;
	size_t		i;

	for (i = 0; i < byte_offset; i++)
		count += ((s[i] & 0xC0) != 0x80);
	return count;
}

void
gr_char_index_init(GrCharIndex *index, const char *text, size_t len)
{
	index->text = text;
	index->len = len;
	index->byte_offset = 0;
	index->char_offset = 0;
}

/*
 * The 1-based character position of byte_offset.  Offsets asked in
 * increasing order cost one pass over the text in all; a smaller offset
 * than the last one counts back from where we are.
 */
int64_t
gr_char_position(GrCharIndex *index, size_t byte_offset)
{
	const unsigned char *s = (const unsigned char *) index->text;
	size_t		at = index->byte_offset;	/* locals: stores to s cannot alias */
	size_t		chars = index->char_offset;

	if (byte_offset > index->len)
		byte_offset = index->len;
	/* eight bytes at a time: a byte starts a character unless it is 10xxxxxx */
	while (byte_offset - at >= 8 && at < byte_offset)
	{
		uint64_t	w;
		uint64_t	continuation;

		memcpy(&w, s + at, 8);
		continuation = (w >> 7) & ~(w >> 6) & UINT64_C(0x0101010101010101);
		/*
		 * Each byte of continuation is 0 or 1: the multiplication sums them
		 * into the top byte.  (__builtin_popcountll would be a libgcc call
		 * without -mpopcnt, which PGXS does not pass.)
		 */
		chars += 8 - (size_t) ((continuation * UINT64_C(0x0101010101010101)) >> 56);
		at += 8;
	}
	while (at < byte_offset)
		chars += ((s[at++] & 0xC0) != 0x80);
	while (at > byte_offset)
		chars -= ((s[--at] & 0xC0) != 0x80);
	index->byte_offset = at;
	index->char_offset = chars;
	return (int64_t) chars + 1;
}

/*
 * The bytes of w (eight of the text) that start a character, as 1 in each
 * byte's lowest bit: all but 10xxxxxx.
 */
static inline uint64_t
char_starts(uint64_t w)
{
	return ((~w >> 7) | (w >> 6)) & UINT64_C(0x0101010101010101);
}

/* The sum of the eight bytes of x, each at most 8. */
static inline size_t
byte_sum(uint64_t x)
{
	/* (__builtin_popcountll would be a libgcc call without -mpopcnt) */
	return (size_t) ((x * UINT64_C(0x0101010101010101)) >> 56);
}

/* The eight bytes of text at 8 * word, zeros past len. */
static inline uint64_t
text_word(const char *text, size_t len, size_t word)
{
	uint64_t	w = 0;
	size_t		at = word * 8;

	if (at + 8 <= len)
		memcpy(&w, text + at, 8);
	else if (at < len)
		memcpy(&w, text + at, len - at);
	return w;
}

GrStatus
gr_char_table_init(const GrEnv *env, GrCharTable *table, const char *text, size_t len)
{
	size_t		words = len / 8 + 1;	/* a word for offset len too */
	size_t		blocks = len / 256 + 1;
	size_t		chars = 0;
	size_t		in_block = 0;
	size_t		polls = 0;
	size_t		i;

	table->text = text;
	table->len = len;
	table->block_before = gr_alloc(env, blocks * sizeof(uint32_t));
	table->word_before = gr_alloc(env, words);
	if (table->block_before == NULL || table->word_before == NULL)
		return GR_NOMEM;
	for (i = 0; i < words; i++)
	{
		GR_POLL(env, polls);
		if (i % 32 == 0)
		{
			table->block_before[i / 32] = (uint32_t) chars;
			in_block = 0;
		}
		table->word_before[i] = (uint8_t) in_block;
		if (i * 8 < len)
		{
			size_t		n = byte_sum(char_starts(text_word(text, len, i)) &
									 (i * 8 + 8 <= len ? ~UINT64_C(0) :
									  (UINT64_C(1) << (8 * (len - i * 8))) - 1));

			chars += n;
			in_block += n;
		}
	}
	return GR_OK;
}

int64_t
gr_char_table_position(const GrCharTable *table, size_t byte_offset)
{
	size_t		word;
	size_t		in_word;
	uint64_t	before;

	if (byte_offset > table->len)
		byte_offset = table->len;
	word = byte_offset / 8;
	in_word = byte_offset % 8;
	/* the bytes of the offset's word before it: in_word of them */
	before = char_starts(text_word(table->text, table->len, word)) &
		((UINT64_C(1) << (8 * in_word)) - 1);
	return (int64_t) table->block_before[word / 32] + table->word_before[word] +
		(int64_t) byte_sum(before) + 1;
}

/* Whitespace as reports use it: ASCII, NBSP, U+3000 and the Unicode spaces. */
bool
gr_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
		cp == '\v' || cp == 0xA0 || cp == 0x3000 || cp == 0x1680 ||
		(cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
		cp == 0x202F || cp == 0x205F || cp == 0xFEFF;
}

/* CJK unified ideographs, the extension blocks and compatibility ideographs. */
bool
gr_is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
		(cp >= 0x20000 && cp <= 0x3134F) || (cp >= 0xF900 && cp <= 0xFAFF) ||
		cp == 0x3007;
}
