#include "CLibPQ.h"

#include "CSharedLibrary.h"

#define CLIBPQ_NAME(name) #name,
static const char *const symbols[] = {CLIBPQ_FUNCTIONS(CLIBPQ_NAME)};
#undef CLIBPQ_NAME

// The table is filled as an array of pointers: every field is one function pointer.
_Static_assert(sizeof(CLibPQFunctions) == sizeof(symbols) / sizeof(symbols[0]) * sizeof(void *),
               "one function pointer per symbol");

const CLibPQFunctions *CLibPQ_load(char *error, size_t error_size)
{
    static const char *const file_names[] = {"libpq.so.5", "libpq.so", "libpq.5.dylib", "libpq.dylib"};
    static CLibPQFunctions functions;
    size_t count = sizeof(symbols) / sizeof(symbols[0]);
    int status = CSharedLibrary_bind("GONGKAI_LIBPQ_LIBRARY", file_names, sizeof(file_names) / sizeof(file_names[0]),
                               symbols, (void **)&functions, count, error, error_size);
    return status == 0 ? &functions : NULL;
}
