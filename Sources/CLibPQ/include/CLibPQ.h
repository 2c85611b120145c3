// CLibPQ: PostgreSQL's client library, its functions bound when a connection is first made
// (see CSharedLibrary.h for why), so that gongkai runs without libpq installed until a
// PostgreSQL warehouse or queue is asked for. Call through the table `CLibPQ_load` returns.
#ifndef CLIBPQ_H
#define CLIBPQ_H

#include <stddef.h>
#include <postgresql/libpq-fe.h>

/// Every libpq function the PostgreSQL warehouse calls; one place to add another.
#define CLIBPQ_FUNCTIONS(X) \
    X(PQconnectdb) X(PQstatus) X(PQerrorMessage) X(PQfinish) X(PQsetNoticeProcessor) \
    X(PQsetClientEncoding) X(PQexec) X(PQexecParams) X(PQresultStatus) X(PQresultErrorMessage) \
    X(PQresultErrorField) X(PQclear) X(PQcmdTuples) X(PQntuples) X(PQnfields) X(PQfname) \
    X(PQgetvalue) X(PQgetisnull) X(PQputCopyData) X(PQputCopyEnd) X(PQgetResult)

#define CLIBPQ_FIELD(name) __typeof__(&name) _Nonnull name;
/// The bound functions, each under the name it has in libpq-fe.h.
typedef struct {
    CLIBPQ_FUNCTIONS(CLIBPQ_FIELD)
} CLibPQFunctions;
#undef CLIBPQ_FIELD

/// Loads libpq (libpq.so.5, or the file $GONGKAI_LIBPQ_LIBRARY names) and binds its functions.
/// Returns the table, or NULL with why in `error`. Not thread-safe: call it once.
const CLibPQFunctions *_Nullable CLibPQ_load(char *_Nonnull error, size_t error_size);

#endif
