/*
 * unit.h
 *		A minimal unit-test harness for the govreport core.
 *
 * Each test/unit/test_*.c file defines suites with UNIT_SUITE(name), which
 * register themselves before main() runs; unit_main.c runs them all and
 * prints one closing line "N passed, N failed".  Checks count one each and
 * report file:line and the values compared when they fail.
 */
#ifndef UNIT_H
#define UNIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef void (*UnitSuiteFunction) (void);

extern void unit_register(const char *name, UnitSuiteFunction function);
extern void unit_check(bool ok, const char *file, int line, const char *what);
extern void unit_check_str(const char *got, const char *expected,
						   const char *file, int line, const char *what);
extern void unit_check_int(long long got, long long expected,
						   const char *file, int line, const char *what);
/* The directory holding test data (test/data), from the environment. */
extern const char *unit_data_dir(void);
/* The bytes of a file, malloc'd and NUL-terminated, or NULL if it cannot be read. */
extern char *unit_read_file(const char *path, size_t *len);
/* The same for a file under unit_data_dir(): unit_read_data("repair/x.txt", &n). */
extern char *unit_read_data(const char *relpath, size_t *len);

#define UNIT_SUITE(name) \
	static void name(void); \
	__attribute__((constructor)) static void register_##name(void) \
	{ unit_register(#name, name); } \
	static void name(void)

#define CHECK(cond) unit_check((cond), __FILE__, __LINE__, #cond)
#define CHECK_STR(got, expected) \
	unit_check_str((got), (expected), __FILE__, __LINE__, #got)
#define CHECK_INT(got, expected) \
	unit_check_int((long long) (got), (long long) (expected), __FILE__, __LINE__, #got)

#endif							/* UNIT_H */
