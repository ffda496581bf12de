// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

namespace autopod {

// The RunPod API key and SSH keys are in autopod's memory: no core file may carry them to disk (or
// to a crash reporter). Called first thing in every autopod executable; children inherit it.
void disableCoreDumps();

} // namespace autopod
