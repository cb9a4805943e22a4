#ifndef TASTER_CLIBPQ_SHIM_H
#define TASTER_CLIBPQ_SHIM_H

// libpq, PostgreSQL's own client library, from Debian's libpq-dev. Taster uses it as psql does:
// synchronously, with the connection strings, service files and password files that PostgreSQL
// administrators already know.
//
// Only the header is used at build time, for libpq's types and constants; the module links
// nothing. TasterServiceStore loads the library itself (dlopen, in LibPQ.swift) when a library
// service's store is first used, so that starting on the embedded store never loads libpq and
// the twenty-odd libraries it brings.
#include <postgresql/libpq-fe.h>

#endif
