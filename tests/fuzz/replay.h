/* replay.h: feed saved inputs to the fuzz entry point (replay.c). */
#ifndef EXC_TESTS_FUZZ_REPLAY_H
#define EXC_TESTS_FUZZ_REPLAY_H

/* Every regular file at PATH (a file, or a directory walked recursively) through
** LLVMFuzzerTestOneInput; *COUNT counts them. Nonzero when a path cannot be read. */
int replay(const char *path, int *count);

#endif
