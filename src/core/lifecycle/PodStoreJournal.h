#pragma once

// The lifecycle's journal kept in pods.json is pods::PodStoreJournal (one implementation, unit
// tested in tst_podstorejournal); the CLI and the desktop app know it by this name too.
#include "core/pods/PodStoreJournal.h"

namespace autopod::lifecycle {

using PodStoreJournal = pods::PodStoreJournal;

} // namespace autopod::lifecycle
