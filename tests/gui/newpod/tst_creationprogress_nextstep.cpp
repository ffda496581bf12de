// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// What the desktop tells a user to do next after a failure from core: core names the action
// (stop the pod, set a valid API key, run the setup, check the pod list, widen the filters) and the
// desktop says which menu item or button does it, never a command of the CLI.
#include "core/api/ApiErrors.h"
#include "core/lifecycle/ConnectFlow.h"
#include "core/lifecycle/CostSafeCleanup.h"
#include "core/secrets/InMemorySecretStore.h"
#include "gui/NextStepText.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/PodCreator.h"
#include "lifecycle/ConnectFlowRig.h"
#include "lifecycle/FakePodConnector.h"
#include "support/FakeRunPodApi.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <optional>

using autopod::NextStep;
using autopod::api::ApiError;
using autopod::gui::CreationProgress;
using autopod::gui::PodCreator;
using autopod::lifecycle::ConnectOptions;
using autopod::lifecycle::CostSafeCleanup;
using autopod::lifecycle::FailureAction;
using autopod::lifecycle::FailureKind;
using autopod::lifecycle::FailureReport;
using autopod::test::FakeJournal;
using autopod::test::FakePodConnector;
using autopod::test::FakeRunPodApi;
using autopod::test::fastGuiOptions;
using autopod::test::request;
using Kind = ApiError::Kind;

namespace {

// A command of the CLI ("autopod pod stop NAME", "`autopod config set api-key`"...).
const QRegularExpression
    kCliCommand(QStringLiteral("autopod\\s+(pod|pods|config|connect|tunnel|shell|doctor|logs|guard)\\b"));

#define VERIFY_NO_CLI_COMMAND(text)                                                                                    \
    QVERIFY2(!kCliCommand.match(text).hasMatch(), qPrintable(QStringLiteral("names a CLI command: ") + (text)))

} // namespace

Q_DECLARE_METATYPE(autopod::api::ApiError)

class CreationProgressNextStepTest : public QObject
{
    Q_OBJECT

    struct Ended
    {
        FailureReport report;
        QString outcome;
        QString messages;
    };

    // Creates a pod in the desktop's creation dialog and waits for it to fail.
    static std::optional<Ended> createAndFail(FakeRunPodApi& api, FakePodConnector& connector, int volumeGb = 0)
    {
        FakeJournal journal;
        QWidget window;
        PodCreator creator(api, journal, connector, fastGuiOptions(), &window);
        creator.setPublicKey(QStringLiteral("ssh-ed25519 AAAA test"));
        QSignalSpy failed(&creator, &PodCreator::failed);
        creator.create(request(volumeGb), 0.80);
        QPointer<CreationProgress> progress = creator.activeProgress();
        if (!failed.wait(10000) || !progress || !QTest::qWaitFor([&] { return !progress->outcomeText().isEmpty(); })) {
            return std::nullopt;
        }
        return Ended{failed.first().at(1).value<FailureReport>(), progress->outcomeText(), progress->messagesText()};
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<FailureReport>(); }

    // The cost-safe cleanup's "could not stop": the pod may still bill, and the desktop says where
    // its Stop is.
    void aPodThatCouldNotBeStoppedPointsAtTheStopMenuItem()
    {
        FakeRunPodApi api;
        api.volumeGb = 20; // a volume: the policy stops rather than terminates
        FakePodConnector connector;
        connector.probeScript.push_back(autopod::lifecycle::SshProbeResult::Outcome::Rejected);
        api.failNext(QStringLiteral("stopPod"), autopod::api::makeError(Kind::NetworkTimeout));
        const auto ended = createAndFail(api, connector, 20);
        QVERIFY(ended);
        QCOMPARE(ended->report.action, FailureAction::ActionFailed);
        QCOMPARE(ended->report.actionNextStep, NextStep::StopPod);
        const QString name = ended->report.podName;
        QVERIFY2(ended->outcome.contains(QStringLiteral("Could not stop pod ") + name), qPrintable(ended->outcome));
        QVERIFY2(ended->outcome.contains(QStringLiteral("may still be billing")), qPrintable(ended->outcome));
        QVERIFY2(ended->outcome.contains(QStringLiteral("What to do next: Select %1 in the pod list and choose "
                                                        "Pod → Stop.")
                                             .arg(name)),
                 qPrintable(ended->outcome));
        VERIFY_NO_CLI_COMMAND(ended->outcome);
        VERIFY_NO_CLI_COMMAND(ended->messages);
    }

    // RunPod's refusals of the key, as the client words them: the desktop points at its setup wizard.
    void aRefusedApiKeyPointsAtTheSetupWizard_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("whatFailed");
        QTest::newRow("invalid key") << autopod::api::makeError(Kind::InvalidApiKey, QStringLiteral("HTTP 401"), 401)
                                     << QStringLiteral("RunPod rejected the API key");
        QTest::newRow("read-only key") << autopod::api::makeError(Kind::PermissionDenied, QStringLiteral("denied"))
                                       << QStringLiteral("read-only or restricted");
        QTest::newRow("no key") << autopod::api::noApiKeyError() << QStringLiteral("No RunPod API key is configured");
    }

    void aRefusedApiKeyPointsAtTheSetupWizard()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, whatFailed);
        FakeRunPodApi api;
        FakePodConnector connector;
        api.failNext(QStringLiteral("createPod"), error);
        const auto ended = createAndFail(api, connector);
        QVERIFY(ended);
        QCOMPARE(ended->report.kind,
                 error.kind == Kind::PermissionDenied ? FailureKind::PermissionDenied : FailureKind::InvalidApiKey);
        QCOMPARE(ended->report.nextStep, NextStep::SetApiKey);
        QVERIFY2(ended->outcome.contains(whatFailed), qPrintable(ended->outcome));
        QVERIFY2(ended->outcome.contains(QStringLiteral("What to do next: Open File → Setup wizard and enter an API "
                                                        "key with read and write access.")),
                 qPrintable(ended->outcome));
        VERIFY_NO_CLI_COMMAND(ended->outcome);
        VERIFY_NO_CLI_COMMAND(ended->messages);
        // The same error elsewhere in the desktop (the pod list, the new-pod dialog).
        const QString shown = autopod::gui::userText(error);
        QVERIFY2(shown.contains(QStringLiteral("File → Setup wizard")), qPrintable(shown));
        VERIFY_NO_CLI_COMMAND(shown);
    }

    // A cleanup the user stopped waiting for: with a pod, its Stop; before RunPod named one, the list.
    void anAbandonedCleanupPointsAtThePodList()
    {
        FailureReport base;
        base.kind = FailureKind::ReadinessTimeout;
        base.message = QStringLiteral("did not start");
        base.podName = QStringLiteral("autopod-2026-11-30-001");
        CostSafeCleanup::Subject pod{.name = base.podName, .podId = QStringLiteral("pod1")};
        const FailureReport withPod = CostSafeCleanup::abandoned(base, pod);
        VERIFY_NO_CLI_COMMAND(withPod.actionText);
        QCOMPARE(CreationProgress::nextStepText(withPod),
                 QStringLiteral("Select autopod-2026-11-30-001 in the pod list and choose Pod → Stop."));
        pod.podId.clear();
        const FailureReport noPod = CostSafeCleanup::abandoned(base, pod);
        VERIFY_NO_CLI_COMMAND(noPod.actionText);
        QVERIFY2(noPod.actionText.contains(QStringLiteral("Check the pod list")), qPrintable(noPod.actionText));
        QVERIFY2(CreationProgress::nextStepText(noPod).contains(QStringLiteral("Pod → Refresh")),
                 qPrintable(CreationProgress::nextStepText(noPod)));
    }

    // No key stored (the secret store), no GPU matching the filters (the RunPod client).
    void otherSourcesNameTheDesktopsWay()
    {
        autopod::secrets::InMemorySecretStore store;
        std::optional<autopod::secrets::SecretResult> read;
        QObject context;
        store.readApiKey(&context, [&](const autopod::secrets::SecretResult& r) { read = r; });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }));
        QVERIFY(read->notFound);
        QCOMPARE(read->nextStep, NextStep::RunSetup);
        const QString noKey = autopod::gui::withNextStep(read->error, read->nextStep);
        VERIFY_NO_CLI_COMMAND(noKey);
        QVERIFY2(noKey.contains(QStringLiteral("File → Setup wizard")), qPrintable(noKey));

        const QString noGpu = autopod::gui::userText(autopod::api::makeError(Kind::NoGpusMatchingFilters));
        VERIFY_NO_CLI_COMMAND(noGpu);
        QVERIFY2(noGpu.contains(QStringLiteral("new-pod dialog")), qPrintable(noGpu));
    }
};

QTEST_MAIN(CreationProgressNextStepTest)
#include "tst_creationprogress_nextstep.moc"
