/* engine_tables.c: CTest parse.engine_tables. The parser engine (compiler/lempar.c)
** looks actions up in a dense table it builds from lemon's compressed tables; this
** re-derives every entry from lemon's own lookups and checks the invariants the
** engine relies on. */
#include <stdio.h>

int parserDenseCheck(FILE *out);

int main(void)
{
    int bad = parserDenseCheck(stderr);
    if (bad) {
        fprintf(stderr, "%d dense table entries differ from lemon's tables\n", bad);
        return 1;
    }
    puts("dense tables agree with lemon's");
    return 0;
}
