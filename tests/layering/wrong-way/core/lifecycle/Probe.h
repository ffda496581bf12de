#pragma once

// Lifecycle may use pods: this include alone is fine.
#include "core/pods/Probe.h"
