#include "CSharedLibrary.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

int CSharedLibrary_bind(
    const char *override_variable,
    const char *const *file_names, size_t file_name_count,
    const char *const *symbols, void **slots, size_t symbol_count,
    char *error, size_t error_size)
{
    const char *override = override_variable ? getenv(override_variable) : NULL;
    const char *const *names = file_names;
    size_t name_count = file_name_count;
    if (override && *override) {
        names = &override;
        name_count = 1;
    }
    void *handle = NULL;
    for (size_t i = 0; i < name_count && !handle; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_GLOBAL);
        // The first failure says the most: later names are fallbacks (another soname, the
        // development symlink).
        if (!handle && i == 0) snprintf(error, error_size, "%s", dlerror());
    }
    if (!handle) {
        if (name_count == 0) snprintf(error, error_size, "no file name to load");
        return -1;
    }
    for (size_t i = 0; i < symbol_count; i++) {
        slots[i] = dlsym(handle, symbols[i]);
        if (!slots[i]) {
            snprintf(error, error_size, "%s has no function %s", names[0], symbols[i]);
            dlclose(handle);
            return -1;
        }
    }
    return 0;
}
