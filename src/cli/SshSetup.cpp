// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/SshSetup.h"

#include "cli/Terminal.h"
#include "core/config/Config.h"
#include "core/ssh/keys/KeyDiscovery.h"

#include <QDir>

namespace autopod::cli {

QString tildePath(const QString& path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/'))) {
        return QStringLiteral("~") + path.mid(home.size());
    }
    return path;
}

std::optional<ssh::SshIdentity> resolveIdentity(const config::Config& config, Terminal& terminal)
{
    const QString configured = config.sshKeyPath();
    if (!configured.isEmpty()) {
        const ssh::KeyCheck check = ssh::KeyDiscovery::validate(configured, ssh::KeySource::UserPath);
        if (check.ok()) {
            return check.identity;
        }
        // An encrypted key may still work through the agent.
        if (check.problem == ssh::KeyProblem::NeedsPassphrase) {
            const ssh::DiscoveryResult found = ssh::KeyDiscovery().discover();
            for (const ssh::SshIdentity& id : found.identities) {
                if (id.usesAgent() && id.fingerprint == check.identity.fingerprint) {
                    return id;
                }
            }
        }
        terminal.failure(QStringLiteral("The SSH key %1 cannot be used: %2").arg(tildePath(configured), check.message));
        terminal.error(QStringLiteral("Fix it, or choose another key with `autopod config init` or "
                                      "`autopod config set ssh-key PATH`."));
        return std::nullopt;
    }
    const ssh::DiscoveryResult found = ssh::KeyDiscovery().discover();
    if (auto preferred = found.preferred()) {
        return preferred;
    }
    for (const ssh::KeyCheck& problem : found.problems) {
        terminal.warning(problem.message);
    }
    terminal.failure(QStringLiteral("No SSH key found (ssh-agent, ~/.ssh/id_ed25519, id_ecdsa, id_rsa)."));
    terminal.error(QStringLiteral("Run `autopod config init` to create one, or `autopod config set ssh-key PATH`."));
    return std::nullopt;
}

} // namespace autopod::cli
