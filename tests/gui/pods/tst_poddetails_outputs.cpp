// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The details panel shows where a pod's ComfyUI outputs go and how many are there after a prompt
// ran (copied by the real OutputCopier from the simulator's ComfyUI stand-in), and its button
// opens that folder.
#include "core/outputs/OutputCopier.h"
#include "gui/pods/PodDetailsPanel.h"
#include "gui/pods/PodsController.h"
#include "support/ComfyClient.h"

#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace autopod;

namespace {

// Receives what QDesktopServices::openUrl() is asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

} // namespace

class TestPodDetailsOutputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheFolderAndTheCountAfterAPrompt_andOpensTheFolder()
    {
        test::ComfyStandIn comfy;
        QVERIFY2(comfy.start(), qPrintable(comfy.errorString()));
        QTemporaryDir root;
        const QString podName = QStringLiteral("autopod-2026-12-05-001");
        const QString folder = outputs::OutputCopier::podFolder(root.path(), podName);
        outputs::OutputCopier copier(comfy.url(), folder);
        QSignalSpy counted(&copier, &outputs::OutputCopier::savedCountChanged);
        copier.start();
        QVERIFY(!test::submitPrompt(comfy.url(), test::comfyWorkflow(QStringLiteral("shown"), 3, 2)).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(copier.savedCount(), 2, 20000);
        QCOMPARE(counted.last().first().toInt(), 2);

        gui::PodRow row;
        row.id = QStringLiteral("pod1");
        row.name = podName;
        row.state = gui::PodRow::State::Connected;
        row.outputsDir = folder;
        row.outputsSaved = counted.last().first().toInt();
        gui::PodDetailsPanel panel;
        panel.setPod(row);
        panel.show();
        auto* value = panel.findChild<QLabel*>(QStringLiteral("outputsValue"));
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("openOutputsButton"));
        QVERIFY(value && button);
        QCOMPARE(value->text(), QStringLiteral("2 saved in %1").arg(QDir::toNativeSeparators(folder)));
        QVERIFY(button->isEnabled());

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QTest::mouseClick(button, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl::fromLocalFile(folder)});

        panel.setPod(std::nullopt);
        QVERIFY(value->text().isEmpty());
    }
};

QTEST_MAIN(TestPodDetailsOutputs)
#include "tst_poddetails_outputs.moc"
