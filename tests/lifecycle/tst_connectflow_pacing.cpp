// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ConnectFlow and RunPod's rate limit: the requests that can wait (a starting pod's status, the
// lookups after a failed create) come no faster than RunPodApi::pollSpacingMs() allows.
#include "core/lifecycle/ConnectFlow.h"
#include "lifecycle/ConnectFlowRig.h"
#include "support/FakeRunPodApi.h"

#include <QTest>

using namespace autopod;
using namespace autopod::lifecycle;
using autopod::test::apiError;
using K = autopod::api::ApiError::Kind;

using autopod::test::fastOptions;
using autopod::test::request;
using autopod::test::Rig;
using autopod::test::Time;

class TestConnectFlowPacing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // While RunPod's rate limit asks for spacing, a starting pod's status is polled no faster:
    // five seconds of boot cost a handful of requests, not a hundred.
    void aStartingPodIsPolledNoFasterThanTheRateLimitAllows()
    {
        for (const int spacing : {0, 1000}) {
            ConnectOptions options = fastOptions();
            options.readyTimeoutMs = 60000;
            Rig rig(options, Time::Manual);
            rig.api.pollSpacing = spacing;
            rig.api.runtimeAfterMs = 5000;
            rig.flow->start(request());
            QVERIFY(rig.waitDone());
            QVERIFY(!rig.failure);
            const int polls = rig.api.count(QStringLiteral("pod"));
            if (spacing == 0) {
                QVERIFY2(polls > 20, qPrintable(QString::number(polls))); // the fast schedule
            } else {
                QVERIFY2(polls >= 5 && polls <= 7, qPrintable(QString::number(polls)));
            }
        }
    }

    // The lookups for a pod a failed create may have made follow RunPod's rate limit too, and
    // the last one still comes when the create's budget ends.
    void lookupsAfterAFailedCreateFollowTheRateLimit()
    {
        for (const int spacing : {0, 200}) {
            Rig rig(fastOptions(), Time::Manual); // lookups for 300 ms, every 50 ms
            rig.api.pollSpacing = spacing;
            rig.api.failNext(QStringLiteral("createPod"),
                             apiError(K::ServerError, QStringLiteral("Something went wrong")));
            rig.flow->start(request());
            QVERIFY(rig.waitDone());
            QVERIFY(rig.failure);
            QCOMPARE(rig.failure->action, FailureAction::NothingCreated);
            QVERIFY(rig.flow->elapsedMs() >= 300);
            const int lookups = rig.api.count(QStringLiteral("pods"));
            if (spacing == 0) {
                QVERIFY2(lookups >= 5, qPrintable(QString::number(lookups)));
            } else {
                QVERIFY2(lookups >= 2 && lookups <= 3, qPrintable(QString::number(lookups)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectFlowPacing)
#include "tst_connectflow_pacing.moc"
