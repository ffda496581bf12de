#pragma once

// A pods header reaching up into lifecycle: CheckCoreFolders.cmake must reject this tree.
#include "core/lifecycle/Probe.h"
