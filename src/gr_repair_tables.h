/*
 * gr_repair_tables.h
 *		Character tables of the repair steps, generated at build time from
 *		ICU's data by tools/gen_repair_tables.c into gr_repair_tables.c.
 */
#ifndef GR_REPAIR_TABLES_H
#define GR_REPAIR_TABLES_H

#include <stdint.h>

/* The range of code points the tables cover: CJK Ext. A and the URO. */
#define GR_HAN_FIRST 0x3400
#define GR_HAN_LAST 0x9FFF

typedef struct GrPhrasePair
{
	const char *from;			/* UTF-8, traditional */
	const char *to;				/* UTF-8, simplified, as many characters */
	int			chars;
} GrPhrasePair;

/* toneless pinyin syllables ("" first) and each character's reading */
extern const int gr_pinyin_syllable_count;
extern const char *const gr_pinyin_syllables[];
extern const uint16_t gr_pinyin_reading[];

/* traditional -> simplified, one to one: U+3400 + i becomes [i], 0: stays */
extern const uint16_t gr_t2s_direct[];
extern const unsigned char gr_t2s_bitmap[];

/* characters only simplified text uses (国, 们), to tell scripts apart */
extern const unsigned char gr_simplified_bitmap[];

/* phrases whose conversion differs from the character-wise one */
extern const int gr_t2s_phrase_count;
extern const GrPhrasePair gr_t2s_phrases[];
extern const unsigned char gr_t2s_phrase_bitmap[];

#endif							/* GR_REPAIR_TABLES_H */
