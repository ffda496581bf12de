// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/config/SaveSetting.h"

#include "core/config/Config.h"

namespace autopod::config {

bool saveSetting(Config& live, const QString& dottedKeyOrAlias, const QString& value, QString* error)
{
    ConfigLoadResult current = Config::load(live.path());
    if (!current.ok) {
        if (error) {
            *error = current.error;
        }
        return false;
    }
    if (!current.config.set(dottedKeyOrAlias, value, error) || !current.config.save(error)) {
        return false;
    }
    QString ignored;
    live.set(dottedKeyOrAlias, value, &ignored); // valid: the file's copy took it
    return true;
}

} // namespace autopod::config
