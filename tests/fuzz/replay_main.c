/* replay_main.c: runs every file of the fuzz corpus through LLVMFuzzerTestOneInput
** (without libFuzzer), so normal builds and CTest check the saved inputs:
**   fuzz_replay DIR_OR_FILE... */
#include <stdio.h>

#include "replay.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int rc = 0, count = 0;
    for (int i = 1; i < argc; i++)
        rc |= replay(argv[i], &count);
    printf("replayed %d inputs\n", count);
    return rc;
}
