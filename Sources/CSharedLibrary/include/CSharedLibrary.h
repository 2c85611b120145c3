// CSharedLibrary: binds a shared library's functions when they are first needed (dlopen,
// dlsym) rather than when the program starts. A library linked the ordinary way must be
// present for the program to start at all, and is loaded and relocated on every start: for
// Tesseract and libpq, with their dependencies, that was about 50 ms of a run that needs
// neither (a born-digital PDF, no PostgreSQL).
#ifndef CSHAREDLIBRARY_H
#define CSHAREDLIBRARY_H

#include <stddef.h>

/// Opens the first of `file_names` that loads, or the file named by the environment variable
/// `override_variable` when it is set and not empty, and looks up each of `symbols` into the
/// slot of the same index. The library is opened RTLD_GLOBAL, so that what it brings with it
/// (OpenMP's functions) can be found by name as if it had been linked. Returns 0, or -1 with
/// why, in one line naming the file or the missing function, in `error`; on failure nothing
/// stays loaded.
int CSharedLibrary_bind(
    const char *override_variable,
    const char *const *file_names, size_t file_name_count,
    const char *const *symbols, void **slots, size_t symbol_count,
    char *error, size_t error_size);

#endif
