#ifndef TASTER_CLIBPQ_SHIM_H
#define TASTER_CLIBPQ_SHIM_H

// libpq, PostgreSQL's own client library, from Debian's libpq-dev. Taster uses it as psql does:
// synchronously, with the connection strings, service files and password files that PostgreSQL
// administrators already know.
#include <libpq-fe.h>

#endif
