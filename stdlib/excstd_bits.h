/* The flags word of a <<>> segment, shared by the compiler (compiler/bitspec.c), which
** parses the specifiers, and the runtime (excstd_bits.c), which builds and matches. */
#ifndef EXCSTD_BITS_H
#define EXCSTD_BITS_H

enum {
    EXCSTD_BT_INT = 0, EXCSTD_BT_BIN = 1, EXCSTD_BT_UTF8 = 2, EXCSTD_BT_FLOAT = 3,
    EXCSTD_BT_BITS = 4, EXCSTD_BT_UTF16 = 5, EXCSTD_BT_UTF32 = 6, EXCSTD_BT_MASK = 0xF,
    EXCSTD_BS_SIGNED = 0x10, EXCSTD_BS_LITTLE = 0x20, EXCSTD_BS_UNIT_SHIFT = 8
};
/* The unit of a segment: the one given (1..256), else the type's default. */
#define EXCSTD_BS_UNIT(flags, dflt) \
    ((((flags) >> EXCSTD_BS_UNIT_SHIFT) & 0x1FF) ? (((flags) >> EXCSTD_BS_UNIT_SHIFT) & 0x1FF) : (dflt))

#endif
