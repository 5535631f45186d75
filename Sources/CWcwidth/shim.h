// The C library's wcwidth, which Swift's Glibc module leaves out: <wchar.h> declares it only under
// _XOPEN_SOURCE, and the module is built without it. ncursesw measures every character with this function.
#ifndef THDASH_CWCWIDTH_SHIM_H
#define THDASH_CWCWIDTH_SHIM_H

#include <stddef.h>

extern int wcwidth(wchar_t c);

/// Columns the code point takes in the calling thread's locale; -1 when it is not printable there.
static inline int thd_wcwidth(unsigned int code) { return wcwidth((wchar_t)code); }

#endif
