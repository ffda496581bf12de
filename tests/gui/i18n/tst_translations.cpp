// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// German for a German user (LANGUAGE=de, LC_ALL=de_DE.UTF-8 in ctest): the translator loads
// from :/i18n as autopod-desktop loads it, and the main window, the pod status and the setup
// wizard speak German. Then the translation file itself: lupdate over today's sources must find
// nothing untranslated, and no sentence may be left in English.
#include "core/api/ApiErrors.h"
#include "core/lifecycle/LifecycleTypes.h"
#include "gui/GuiResources.h"
#include "gui/MainWindow.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/StatusChange.h"
#include "gui/wizard/SshKeyPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

using autopod::gui::MainWindow;
using autopod::gui::PodListModel;
using autopod::gui::PodRow;
using autopod::gui::StatusChange;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation; // numerus forms joined with " | "
    bool unfinished = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                                 type == QLatin1String("obsolete");
            QStringList forms;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                    break;
                }
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    forms << xml.readElementText();
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            current.translation = forms.isEmpty() ? text : forms.join(QStringLiteral(" | "));
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

int wordCount(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next()) {
        ++n;
    }
    return n;
}

QString sourceDir()
{
    return qEnvironmentVariable("AUTOPOD_SOURCE_DIR");
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private:
    QTranslator m_qtTranslator;
    QTranslator m_translator;

private Q_SLOTS:
    void initTestCase()
    {
        autopod::gui::initResources();
        QVERIFY2(QLocale().uiLanguages().value(0).startsWith(QLatin1String("de")),
                 qPrintable(QLocale().uiLanguages().join(QLatin1Char(','))));
        // What autopod-desktop's main() does for the system locale: Qt's own strings (wizard and
        // dialog buttons, from qt6-translations-l10n), then autopod's.
        QVERIFY2(m_qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "qtbase_de.qm is missing: install qt6-translations-l10n (packaging/setup.sh)");
        QVERIFY(QCoreApplication::installTranslator(&m_qtTranslator));
        QVERIFY(m_translator.load(QLocale(), QStringLiteral("autopod"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void mainWindowSpeaksGerman()
    {
        PodListModel model;
        MainWindow window(model);
        window.show();
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("actionNewPod"))->text(), QStringLiteral("&Neuer Pod …"));
        QCOMPARE(window.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), QStringLiteral("&Datei"));
        QCOMPARE(model.headerData(PodListModel::LocalUrl, Qt::Horizontal).toString(), QStringLiteral("Lokale URL"));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Kein Pod läuft: Für GPUs wird nichts berechnet."));
    }

    void podStatusSpeaksGerman()
    {
        const QDateTime rented(QDate(2026, 11, 29), QTime(10, 1, 2), QTimeZone::utc());
        const QString text = StatusChange::describe(
            PodRow::State::Running,
            QStringLiteral("Rented by User: Sun Nov 29 2026 10:01:02 GMT+0000 (Coordinated Universal Time)"),
            rented.addSecs(2 * 3600 + 14 * 60));
        QCOMPARE(text, QStringLiteral("Läuft seit 11:01 (2 h 14 min)"));
        QCOMPARE(StatusChange::describe(PodRow::State::Stopped,
                                        QStringLiteral("Exited by RunPod: Insufficient balance"), rented),
                 QStringLiteral("Angehalten (Exited by RunPod: Insufficient balance)"));
    }

    void setupWizardSpeaksGerman()
    {
        QWizard wizard;
        wizard.addPage(new QWizardPage);
        wizard.addPage(new QWizardPage);
        wizard.show();
        QCOMPARE(wizard.button(QWizard::NextButton)->text().remove(QLatin1Char('&')), QStringLiteral("Weiter >"));
        QCOMPARE(wizard.button(QWizard::CancelButton)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));

        autopod::gui::SshKeyPage page;
        QCOMPARE(page.findChild<QPushButton*>(QStringLiteral("generateButton"))->text(),
                 QStringLiteral("Neuen Schlüssel erzeugen"));
        page.showDetectedKeys({}, {});
        QVERIFY2(page.statusText().startsWith(QStringLiteral("✗ Kein SSH-Schlüssel")), qPrintable(page.statusText()));
    }

    // The core's messages reach the GUI: with the German translator they are German, RunPod's own
    // words inside them stay as RunPod wrote them; without a translator (the CLI installs none)
    // they are exactly the English text.
    void coreMessagesSpeakGerman()
    {
        using autopod::api::ApiError;
        const QString runPodSaid = QStringLiteral("insufficient balance for pod");
        QCOMPARE(autopod::api::makeError(ApiError::Kind::InsufficientBalance, runPodSaid).message,
                 QStringLiteral("Ihr RunPod-Guthaben reicht für diesen Pod nicht: RunPod verlangt Guthaben für "
                                "mindestens eine Stunde seiner Kosten. Laden Sie unter "
                                "https://www.runpod.io/console/user/billing Guthaben auf und versuchen Sie es "
                                "erneut. (RunPod meldete: \"insufficient balance for pod\")"));
        QCOMPARE(autopod::api::podNotFoundError(QStringLiteral("abc123")).message,
                 QStringLiteral("RunPod kennt Pod abc123 nicht mehr: Er wurde gelöscht (von autopod, in der "
                                "RunPod-Konsole oder von RunPod)."));
        QCOMPARE(autopod::lifecycle::stageText(autopod::lifecycle::ConnectStage::WaitingForSsh),
                 QStringLiteral("Pod läuft, warte auf SSH ..."));

        QVERIFY(QCoreApplication::removeTranslator(&m_translator));
        const QString english = autopod::api::makeError(ApiError::Kind::InsufficientBalance, runPodSaid).message;
        const QString englishGone = autopod::api::podNotFoundError(QStringLiteral("abc123")).message;
        const QString englishNetwork = autopod::api::makeError(ApiError::Kind::NetworkError, {}).message;
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        QCOMPARE(english,
                 QStringLiteral("Your RunPod balance is too low for this pod: RunPod needs credit for at least "
                                "one hour of its cost. Add credit at https://www.runpod.io/console/user/"
                                "billing and try again. (RunPod said: \"insufficient balance for pod\")"));
        QCOMPARE(englishGone,
                 QStringLiteral("RunPod no longer knows pod abc123: it has been terminated (by autopod, in "
                                "the RunPod console, or by RunPod)."));
        QCOMPARE(englishNetwork, QStringLiteral("Could not reach RunPod. Check your internet connection, and "
                                                "runpod.api_url or AUTOPOD_API_URL if you set them."));
    }

    // lupdate over the current sources, into a copy of autopod_de.ts: a string added to the code
    // without a German translation shows up as unfinished.
    void everyCurrentStringHasAGermanTranslation()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString ts = tmp.filePath(QStringLiteral("autopod_de.ts"));
        QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/translations/autopod_de.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        // What the update_translations target runs: its project file, then lupdate on it.
        const QString project = tmp.filePath(QStringLiteral("project.json"));
        QProcess generate;
        generate.setProcessChannelMode(QProcess::MergedChannels);
        generate.start(QStringLiteral(AUTOPOD_CMAKE),
                       {QStringLiteral("-DIN_FILE=" AUTOPOD_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + project,
                        QStringLiteral("-P"), QStringLiteral(AUTOPOD_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(generate.waitForFinished(60000));
        QVERIFY2(generate.exitCode() == 0, generate.readAll().constData());
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(AUTOPOD_LUPDATE),
                      {QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(60000));
        const QString log = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("source text")), qPrintable(log));

        QString error;
        const QList<Message> messages = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (const Message& m : messages) {
            if (m.unfinished || m.translation.trimmed().isEmpty()) {
                missing << m.context + QStringLiteral(": ") + m.source;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated (run the update_translations target, then "
                                                              "translate):\n") +
                                               missing.join(QLatin1Char('\n'))));
    }

    // A sentence whose "translation" is the English source was never translated. Short labels
    // that are the same in German (Status, GPU, Pods, Ctrl+Q) pass.
    void noSentenceIsLeftInEnglish()
    {
        QString error;
        const QList<Message> messages = readTs(sourceDir() + QStringLiteral("/translations/autopod_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList english;
        for (const Message& m : messages) {
            if (m.translation == m.source && wordCount(m.source) >= 2) {
                english << m.context + QStringLiteral(": ") + m.source;
            }
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
