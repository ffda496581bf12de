// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// First-run setup's decisions that both front ends (the desktop wizard, `autopod config init`)
// take from SetupController: the region proposed for a locale and the steps for adding a key by
// hand.
#include "core/setup/SetupController.h"

#include <QLocale>
#include <QTest>

using autopod::setup::SetupController;

class TestSetupController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionFollowsTheTerritory_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("region");
        // European territories whatever the language (the CLI once proposed NA for these two).
        QTest::newRow("en_IE") << "en_IE"
                               << "EU";
        QTest::newRow("el_GR") << "el_GR"
                               << "EU";
        QTest::newRow("en_GB") << "en_GB"
                               << "EU";
        QTest::newRow("de_DE") << "de_DE"
                               << "EU";
        QTest::newRow("pt_PT") << "pt_PT"
                               << "EU";
        QTest::newRow("ca_ES") << "ca_ES"
                               << "EU";
        // The language alone decides nothing: Portuguese in Brazil, Spanish in Mexico, French in
        // Canada are in the Americas.
        QTest::newRow("pt_BR") << "pt_BR"
                               << "NA";
        QTest::newRow("es_MX") << "es_MX"
                               << "NA";
        QTest::newRow("fr_CA") << "fr_CA"
                               << "NA";
        QTest::newRow("en_US") << "en_US"
                               << "NA";
        QTest::newRow("ja_JP") << "ja_JP"
                               << "AP";
        QTest::newRow("en_AU") << "en_AU"
                               << "AP";
        QTest::newRow("en_IN") << "en_IN"
                               << "AP";
        QTest::newRow("zh_TW") << "zh_TW"
                               << "AP";
        QTest::newRow("C") << "C"
                           << "NA";
    }
    void regionFollowsTheTerritory()
    {
        QFETCH(QString, locale);
        QFETCH(QString, region);
        QCOMPARE(SetupController::regionForLocale(QLocale(locale)), region);
    }

    void manualInstructionsNameTheKeyTheFileAndThePlace()
    {
        const QString line = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample me@laptop");
        const QString text = SetupController::manualInstructions(line, QStringLiteral("/home/me/.ssh/id.pub"));
        QVERIFY(text.contains(line));
        QVERIFY(text.contains(QStringLiteral("/home/me/.ssh/id.pub")));
        QVERIFY(text.contains(QStringLiteral("https://www.runpod.io/console/user/settings")));
        // Front-end neutral: no button of the desktop, no command of the CLI.
        QVERIFY2(!text.contains(QStringLiteral("button")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("autopod ")), qPrintable(text));
        // Without a file, the line alone.
        QVERIFY(!SetupController::manualInstructions(line, {}).contains(QStringLiteral("It is also in")));
    }
};

QTEST_GUILESS_MAIN(TestSetupController)
#include "tst_setupcontroller.moc"
