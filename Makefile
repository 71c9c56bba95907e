# Makefile for govreport (PGXS)
#
#   make                build the extension
#   make install        install it into the server found by pg_config
#   make unit           build and run the core's unit tests (no server)
#   make unit-asan      the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make installcheck   pg_regress against a running server
#   make test           everything, on a throwaway cluster (scripts/test.sh)
#   make bench          benchmarks (bench/run.sh)
#   make fuzz           libFuzzer targets (FUZZ_SECONDS=N per target)

EXTENSION = govreport
MODULE_big = govreport
DATA = govreport--1.0.sql

CORE_SRCS = $(sort $(wildcard src/gr_*.c))
GLUE_SRCS = $(sort $(wildcard src/pg_*.c))
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

TESTS = $(sort $(wildcard test/sql/*.sql))
REGRESS = $(patsubst test/sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=test --load-extension=govreport

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n)

PG_CPPFLAGS = -Isrc $(ICU_CFLAGS)
PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK = $(ICU_LIBS)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# ---- the core, without a server ----

UNIT_SRCS = $(sort $(wildcard test/unit/*.c))
UNIT_CFLAGS = -std=gnu11 -g -Wall -Wextra -Werror -Isrc $(ICU_CFLAGS)
SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer

test/unit/unit: $(CORE_SRCS) $(UNIT_SRCS) $(wildcard src/gr_*.h src/gr_*.inc test/unit/*.h fuzz/fuzz_checks.c)
	$(CC) $(UNIT_CFLAGS) -O2 -o $@ $(CORE_SRCS) $(UNIT_SRCS) $(ICU_LIBS)

test/unit/unit-asan: $(CORE_SRCS) $(UNIT_SRCS) $(wildcard src/gr_*.h src/gr_*.inc test/unit/*.h fuzz/fuzz_checks.c)
	$(CC) $(UNIT_CFLAGS) -O1 $(SANITIZE) -o $@ $(CORE_SRCS) $(UNIT_SRCS) $(ICU_LIBS)

.PHONY: unit unit-asan test bench fuzz
unit: test/unit/unit
	GOVREPORT_TEST_DATA=test/data test/unit/unit

unit-asan: test/unit/unit-asan
	GOVREPORT_TEST_DATA=test/data ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 test/unit/unit-asan

test:
	bash scripts/test.sh

bench:
	bash bench/run.sh

EXTRA_CLEAN = test/unit/unit test/unit/unit-asan results regression.diffs regression.out

# libFuzzer targets of the core (fuzz/Makefile); FUZZ_SECONDS per target
fuzz:
	$(MAKE) -C fuzz check FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60)

# ---- generated tables (repair): from ICU's data, committed to src/ ----
.PHONY: tables
tables:
	$(CC) -std=gnu11 -O2 -Wall -o tools/gen_repair_tables tools/gen_repair_tables.c $(ICU_CFLAGS) $(ICU_LIBS)
	tools/gen_repair_tables > src/gr_repair_tables.c
	rm -f tools/gen_repair_tables

# ---- tools (mojibake) ----
# tools/repair_cli runs the byte-level repair steps over stdin, for measuring
# them on the dev sets without a server (see docs/mojibake.md);
# tools/repair_page runs the whole pipeline (tools/repair_corpus.sh,
# tools/repair_quality.py).
.PHONY: tools
tools: tools/repair_cli tools/repair_page

tools/repair_cli tools/repair_page: tools/%: tools/%.c $(CORE_SRCS) $(wildcard src/gr_*.h src/gr_*.inc)
	$(CC) $(UNIT_CFLAGS) -O2 -o $@ $< $(CORE_SRCS) $(ICU_LIBS)

EXTRA_CLEAN += tools/repair_cli tools/repair_page
