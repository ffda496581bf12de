// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace autopod::config {

class Config;

// A setting changed in a running app: only this key is set on config.json as it is now and saved
// (save() re-reads the file under its lock, so what other processes changed is kept), then on
// `live` too, so it is in force at once. False with *error when the file could not take it.
bool saveSetting(Config& live, const QString& dottedKeyOrAlias, const QString& value, QString* error);

} // namespace autopod::config
