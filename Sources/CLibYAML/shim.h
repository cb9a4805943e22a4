#ifndef TASTER_CLIBYAML_SHIM_H
#define TASTER_CLIBYAML_SHIM_H

// libyaml, the YAML reader that Debian ships as libyaml-dev. Taster reads its parser's events
// itself (see SafeYAMLReader), so only the C header is needed.
#include <yaml.h>

#endif
