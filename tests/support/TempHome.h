// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace autopod::test {

// A throwaway home for one test: HOME and AUTOPOD_HOME point into a temporary directory for
// the object's lifetime, so nothing a test does touches the real ~/.autopod or ~/.ssh. On
// destruction the logs written under it are copied to $AUTOPOD_BUILD_DIR/test-logs/ (when set, as
// ctest does), where tests/security scans them for credentials.
class TempHome
{
public:
    TempHome();
    ~TempHome();
    TempHome(const TempHome&) = delete;
    TempHome& operator=(const TempHome&) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString home() const;        // stands in for ~
    QString autopodHome() const; // stands in for ~/.autopod (not created: the code under test does that)
    QString path(const QString& relative) const;

private:
    // Copies <autopod home>/logs to $AUTOPOD_BUILD_DIR/test-logs/ for the credential scan.
    void keepLogs() const;

    QTemporaryDir m_dir;
    QByteArray m_oldHome;
    QByteArray m_oldAutopodHome;
    bool m_hadAutopodHome = false;
};

} // namespace autopod::test
