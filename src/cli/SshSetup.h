// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/SshIdentity.h"

#include <optional>

namespace autopod::config {
class Config;
}

namespace autopod::cli {

class Terminal;

// The SSH identity a command uses: the configured key (runpod.ssh_key_path), else the discovery order
// discovery order (agent, ~/.ssh/id_ed25519, id_ecdsa, id_rsa). Prints what is wrong and what to
// do when there is none.
std::optional<ssh::SshIdentity> resolveIdentity(const config::Config& config, Terminal& terminal);

// The shell-friendly form of a path under $HOME ("~/.ssh/id_ed25519").
QString tildePath(const QString& path);

} // namespace autopod::cli
