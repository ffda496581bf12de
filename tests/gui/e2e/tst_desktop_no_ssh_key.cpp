// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// A pod is never created without the SSH key autopod logs in with. With an API key but no SSH
// key (none configured, none in ~/.ssh), New pod says so instead of opening the new-pod dialog,
// nothing is created on RunPod, and "Set up an SSH key…" opens the setup wizard on its SSH key
// page. (That a key chosen in the wizard is used without a restart: tst_desktop_first_run.)
#include "DesktopFixture.h"
#include "DesktopTestHelpers.h"

#include "gui/DesktopApp.h"
#include "gui/DesktopSession.h"
#include "gui/MainWindow.h"
#include "gui/web/WebEngineGl.h"
#include "gui/wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QTest>

using namespace autopod;
using test::button;

class DesktopNoSshKey : public QObject
{
    Q_OBJECT

    test::DesktopFixture m_fx;

    int podsOnRunPod()
    {
        return static_cast<int>(
            m_fx.sim().get(QStringLiteral("pods")).object().value(QStringLiteral("pods")).toArray().size());
    }

    void shoot(QWidget* widget, const QString& name)
    {
        const QString dir = test::screenshotDir();
        QVERIFY(QDir().mkpath(dir));
        QTest::qWait(300);
        const QString file = QDir(dir).filePath(QStringLiteral("no-ssh-key-") + name + QStringLiteral(".png"));
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }

public:
    static void initMain() { gui::deferWebEngineGl(); }

private Q_SLOTS:
    void initTestCase()
    {
        // An API key, and no SSH key anywhere (configured or in ~/.ssh).
        const QString error = m_fx.start({}, false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!QDir(m_fx.home().path(QStringLiteral(".ssh"))).exists());
        QVERIFY(QTest::qWaitForWindowExposed(m_fx.window()));
    }

    void newPodWithoutAKeyOffersTheKeyPageAndCreatesNothing()
    {
        gui::DesktopApp& app = m_fx.app();
        const int before = podsOnRunPod();
        m_fx.window()->findChild<QAction*>(QStringLiteral("actionNewPod"))->trigger();
        QVERIFY2(!app.newPodDialog(), "the new-pod dialog opened without an SSH key");
        QPointer<QMessageBox> prompt = app.noSshKeyPrompt();
        QVERIFY(prompt);
        QTRY_VERIFY(prompt->isVisible());
        QVERIFY2(prompt->text().contains(QStringLiteral("no SSH key")), qPrintable(prompt->text()));
        shoot(prompt, QStringLiteral("prompt"));
        QCOMPARE(podsOnRunPod(), before);

        QVERIFY(!m_fx.session().wizard());
        button(prompt, QStringLiteral("Set up an SSH key…"))->click();
        QTRY_VERIFY(m_fx.session().wizard());
        gui::SetupWizard* wizard = m_fx.session().wizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->currentId(), int(gui::SetupWizard::SshKeyPageId));
        QCOMPARE(podsOnRunPod(), before);

        shoot(wizard, QStringLiteral("wizard-key-page"));
        wizard->reject();
        QCOMPARE(podsOnRunPod(), before);
    }

    void cleanupTestCase() { m_fx.stop(); }
};

QTEST_MAIN(DesktopNoSshKey)
#include "tst_desktop_no_ssh_key.moc"
