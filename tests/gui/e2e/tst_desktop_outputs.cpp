// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ComfyUI's outputs in the desktop end to end, under Xvfb against the offline RunPod: the app
// connects to a simulated pod (real sshd, the ComfyUI stand-in writing real PNG files on the pod's
// volume), a prompt runs through the app's tunnel, and its files land in
// <outputs.dir>/<pod name>/ byte for byte. A prompt that finishes just before the user quits, or
// just before the user stops the pod, is on the disk afterwards: the app finishes the pending
// copies before it lets go of the pod.
#include "DesktopFixture.h"
#include "DesktopTestHelpers.h"

#include "gui/DesktopApp.h"
#include "gui/DesktopSession.h"
#include "gui/MainWindow.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"
#include "gui/tray/QuitFlow.h"
#include "gui/web/WebEngineGl.h"
#include "support/ComfyClient.h"

#include <QAbstractButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

using namespace autopod;
using test::button;
using test::waitForConnection;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The output files ("subfolder/name") ComfyUI's history lists for one prompt once it completed;
// empty while it has not.
QStringList finishedOutputs(const QUrl& comfy, const QString& promptId)
{
    const QJsonObject entry = test::comfyHistory(comfy).value(promptId).toObject();
    if (!entry.value(QStringLiteral("status")).toObject().value(QStringLiteral("completed")).toBool()) {
        return {};
    }
    return test::historyOutputFiles(QJsonObject{{promptId, entry}});
}

} // namespace

class DesktopOutputs : public QObject
{
    Q_OBJECT

    test::DesktopFixture m_fx;
    QString m_podId;

    const gui::PodRow* row() const { return m_fx.app().model()->find(m_podId); }
    QUrl comfy() const { return QUrl(row() ? row()->localUrl : QString()); }
    QString simStatus()
    {
        return m_fx.sim()
            .get(QStringLiteral("pods/") + m_podId)
            .object()
            .value(QStringLiteral("desiredStatus"))
            .toString();
    }
    // Where the pod's ComfyUI keeps its outputs (the simulated pod's volume disk, kept across a stop).
    QString podOutputDir()
    {
        const QString workspace =
            m_fx.sim().get(QStringLiteral("pods/") + m_podId).object().value(QStringLiteral("workspace")).toString();
        return workspace.isEmpty() ? QString() : workspace + QStringLiteral("/runpod-slim/ComfyUI/output");
    }
    QString localFile(const QString& relative) const { return QDir(row()->outputsDir).filePath(relative); }

    // Runs prompts until one has finished on the pod while its files are not on the user's disk yet
    // (the app's copier looks every 3 s, so almost always the first). Returns its files.
    QStringList promptJustFinished(const QString& prefix)
    {
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const QString id =
                test::submitPrompt(comfy(), test::comfyWorkflow(prefix + QString::number(attempt), attempt, 1, 3));
            if (id.isEmpty()) {
                return {};
            }
            QStringList files;
            QElapsedTimer clock;
            clock.start();
            while ((files = finishedOutputs(comfy(), id)).isEmpty() && clock.elapsed() < 30000) {
                QTest::qWait(20);
            }
            if (files.isEmpty()) {
                return {};
            }
            bool onDisk = false;
            for (const QString& f : std::as_const(files)) {
                onDisk = onDisk || QFile::exists(localFile(f));
            }
            if (!onDisk) {
                return files;
            }
            qInfo("the copier was quicker than this test (attempt %d): once more", attempt);
        }
        return {};
    }

public:
    static void initMain() { gui::deferWebEngineGl(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_fx.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(m_fx.window()));
        QSignalSpy connected(m_fx.app().creator(), &gui::PodCreator::connected);
        QSignalSpy failed(m_fx.app().creator(), &gui::PodCreator::failed);
        QString createError;
        m_podId = m_fx.createPodThroughDialog(&createError);
        QVERIFY2(!m_podId.isEmpty(), qPrintable(createError));
        QVERIFY(waitForConnection(connected, failed));
        QVERIFY(failed.isEmpty());
        QVERIFY(row());
        QTRY_VERIFY_WITH_TIMEOUT(!row()->localUrl.isEmpty(), 10000);
        QVERIFY2(row()->outputsDir.endsWith(QLatin1Char('/') + row()->name), qPrintable(row()->outputsDir));
    }

    // The desktop's copier end to end: a prompt through the app's tunnel; its two images are in
    // <outputs.dir>/<pod name>/<subfolder>/ with the bytes the pod has, and the row counts them.
    void aPromptsOutputsLandInThePodsFolderByteForByte()
    {
        QVERIFY(!test::submitPrompt(comfy(), test::comfyWorkflow(QStringLiteral("desk/cat"), 7, 2)).isEmpty());
        const QStringList expected{QStringLiteral("desk/cat_00001_.png"), QStringLiteral("desk/cat_00002_.png")};
        for (const QString& f : expected) {
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(localFile(f)), 30000);
            const QByteArray onPod = readAll(QDir(podOutputDir()).filePath(f));
            QVERIFY2(onPod.startsWith("\x89PNG"), qPrintable(QDir(podOutputDir()).filePath(f)));
            QCOMPARE(readAll(localFile(f)), onPod);
        }
        QTRY_COMPARE_WITH_TIMEOUT(row()->outputsSaved, 2, 10000);
    }

    // "Keep them running and quit" right after a prompt finished: the app says it may quit only
    // once that prompt's file is on the disk.
    void aPromptThatFinishedJustBeforeQuitIsOnDiskWhenTheAppQuits()
    {
        QSignalSpy quit(&m_fx.session(), &gui::DesktopSession::quitConfirmed);
        const QStringList files = promptJustFinished(QStringLiteral("quit/last"));
        QVERIFY(!files.isEmpty());
        m_fx.app().quitFlow()->requestQuit();
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.app().quitFlow()->activeDialog() != nullptr, 5000);
        button(m_fx.app().quitFlow()->activeDialog(), QStringLiteral("Keep them running and quit"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(quit.count(), 1, 30000);
        for (const QString& f : files) {
            QVERIFY2(QFile::exists(localFile(f)), qPrintable(f));
            QCOMPARE(readAll(localFile(f)), readAll(QDir(podOutputDir()).filePath(f)));
        }
    }

    // The user stops the pod right after a prompt finished: once the pod is stopped, that
    // prompt's file is on the disk (not only on the stopped pod's volume).
    void aPromptThatFinishedJustBeforeStopIsOnDiskAfterTheStop()
    {
        QSignalSpy done(m_fx.app().pods(), &gui::PodsController::actionSucceeded);
        const QStringList files = promptJustFinished(QStringLiteral("stop/last"));
        QVERIFY(!files.isEmpty());
        m_fx.app().pods()->stopPod(m_podId); // what Stop does once the user confirmed it
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(simStatus(), QStringLiteral("EXITED"));
        for (const QString& f : files) {
            QVERIFY2(QFile::exists(localFile(f)), qPrintable(f));
            QCOMPARE(readAll(localFile(f)), readAll(QDir(podOutputDir()).filePath(f)));
        }
    }
};

QTEST_MAIN(DesktopOutputs)
#include "tst_desktop_outputs.moc"
