#ifndef TASTER_CSODIUM_SHIM_H
#define TASTER_CSODIUM_SHIM_H

// libsodium, from Debian's libsodium-dev: Argon2id for new volunteer passphrases, and scrypt to
// check passphrase files written before Argon2id was used.
#include <sodium.h>

#endif
