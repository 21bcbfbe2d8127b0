/* driver.h: the `exc run`, `exc build` and `exc c` commands: parse, expand, generate
** C, compile it with the C compiler against libexcrt/libexcstd, cache and run. */
#ifndef EXC_COMPILER_DRIVER_H
#define EXC_COMPILER_DRIVER_H

int driver_run(int argc, char **argv);
int driver_build(int argc, char **argv);
int driver_c(int argc, char **argv);

#endif
