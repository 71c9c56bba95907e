/*
 * tools/read_whole.h
 *		The whole of a file in memory, for the command-line drivers of
 *		tools/ (bench_tables_core.c, bench_sections_core.c).
 */
#ifndef TOOLS_READ_WHOLE_H
#define TOOLS_READ_WHOLE_H

#include <stdio.h>
#include <stdlib.h>

/* The whole of a file, or NULL. */
static inline char *
read_whole(const char *path, size_t *len)
{
	FILE	   *file = fopen(path, "rb");
	char	   *data = NULL;
	size_t		cap = 0;

	*len = 0;
	if (file == NULL)
		return NULL;
	for (;;)
	{
		size_t		got;

		if (*len == cap)
		{
			cap = cap ? cap * 2 : 65536;
			data = realloc(data, cap);
			if (data == NULL)
				exit(2);
		}
		got = fread(data + *len, 1, cap - *len, file);
		if (got == 0)
			break;
		*len += got;
	}
	fclose(file);
	return data;
}

#endif							/* TOOLS_READ_WHOLE_H */
