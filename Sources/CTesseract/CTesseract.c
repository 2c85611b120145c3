#include "CTesseract.h"

#include "CSharedLibrary.h"

#define CTESSERACT_NAME(name) #name,
static const char *const symbols[] = {CTESSERACT_FUNCTIONS(CTESSERACT_NAME)};
#undef CTESSERACT_NAME

// The table is filled as an array of pointers: every field is one function pointer.
_Static_assert(sizeof(CTesseractFunctions) == sizeof(symbols) / sizeof(symbols[0]) * sizeof(void *),
               "one function pointer per symbol");

const CTesseractFunctions *CTesseract_load(char *error, size_t error_size)
{
    static const char *const file_names[] = {
        "libtesseract.so.5", "libtesseract.so.4", "libtesseract.so", "libtesseract.5.dylib", "libtesseract.dylib",
    };
    static CTesseractFunctions functions;
    size_t count = sizeof(symbols) / sizeof(symbols[0]);
    int status = CSharedLibrary_bind("GONGKAI_TESSERACT_LIBRARY", file_names, sizeof(file_names) / sizeof(file_names[0]),
                               symbols, (void **)&functions, count, error, error_size);
    return status == 0 ? &functions : NULL;
}
