// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// GraphQlRunPodApi's retry budget against a fake network: the schedule, Retry-After, timeouts,
// the overall budget on a dead network, the longer budget of stop/terminate, and the retry
// announcements progress lines are made of.
#include "api/GraphQlTestSupport.h"

using namespace autopod::test::graphql;

class tst_graphql_retries : public GraphQlApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { captureLogs(); }
    void cleanupTestCase() { verifyNoKeyInLogs(); }

    void retriesFollowTheScheduleThenSucceed()
    {
        auto& a = api();
        QList<qint64> times;
        QElapsedTimer clock;
        clock.start();
        int n = 0;
        m_nam->setHandler([&](const RecordedRequest&) {
            times.append(clock.elapsed());
            switch (n++) {
            case 0:
                return text(500, "oops");
            case 1:
                return text(502, "<html>502 Bad Gateway</html>", "text/html");
            case 2:
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            default:
                return data({{QStringLiteral("podStop"),
                              podJson(QStringLiteral("pod123"), QStringLiteral("p"), QStringLiteral("EXITED"))}});
            }
        });
        const auto r = autopod::test::awaitResult<Pod>(
            [&](QObject* c, auto done) { a.stopPod(QStringLiteral("pod123"), c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->desiredStatus, PodStatus::Exited);
        QCOMPARE(times.size(), 4);
        // 10, 20, 40 ms between attempts (the 2, 4, 8 s schedule, scaled down).
        QVERIFY(times[1] - times[0] >= 10);
        QVERIFY(times[2] - times[1] >= 20);
        QVERIFY(times[3] - times[2] >= 40);

        // Each retry is logged with when it will happen and why.
        const QMutexLocker lock(&g_messagesMutex);
        const auto logged = [](const QString& needle) {
            return std::any_of(g_messages.cbegin(), g_messages.cend(),
                               [&](const QString& m) { return m.contains(needle); });
        };
        // Stop is the cost-critical call: twice the configured retries.
        QVERIFY(logged(QStringLiteral("retry 1/10 of StopPod at ")));
        QVERIFY(logged(QStringLiteral("retry 2/10 of StopPod at ")));
        QVERIFY(logged(QStringLiteral("(in 40 ms): NetworkError")));
    }

    void retryAfterParsing()
    {
        QCOMPARE(parseRetryAfter("120"), 120);
        QCOMPARE(parseRetryAfter(" 7 "), 7);
        QCOMPARE(parseRetryAfter(""), -1);
        QCOMPARE(parseRetryAfter("soon"), -1);
        QCOMPARE(parseRetryAfter("-3"), -1);
        const QByteArray inAMinute = QLocale::c()
                                         .toString(QDateTime::currentDateTimeUtc().addSecs(60),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                         .toLatin1();
        const int s = parseRetryAfter(inAMinute);
        QVERIFY2(s >= 55 && s <= 60, qPrintable(QString::number(s)));
    }

    void maxRetriesIsConfigurable()
    {
        auto& a = api(2);
        m_nam->setHandler([](const RecordedRequest&) { return text(503, "unavailable"); });
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        QCOMPARE(r.error.kind, Kind::ServerError);
        QCOMPARE(m_nam->requests().size(), 3);

        GraphQlRunPodApi b(*m_nam, endpoint, [] { return testKey; });
        b.setMaxRetries(3);
        QCOMPARE(b.retryPolicy().delaysMs, (QList<int>{2000, 4000, 8000}));
        QCOMPARE(RetryPolicy().delaysMs, (QList<int>{2000, 4000, 8000, 16000, 32000}));
        // Beyond the schedule's five, retries wait its longest step (32 s), not 64, 128...
        QCOMPARE(RetryPolicy::withMaxRetries(7).delaysMs, (QList<int>{2000, 4000, 8000, 16000, 32000, 32000, 32000}));
        // The documented bounds: 62 s of waits + two 30 s timeouts; stop/terminate: 10 retries, 282 s.
        QCOMPARE(RetryPolicy().budgetMs(), 122000);
        QCOMPARE(RetryPolicy().forCostCriticalCall().maxRetries(), 10);
        QCOMPARE(RetryPolicy().forCostCriticalCall().budgetMs(), 282000);
        QCOMPARE(RetryPolicy::withMaxRetries(0).forCostCriticalCall().delaysMs, (QList<int>{2000, 4000, 8000}));
    }

    void stopIsRetriedLongerThanOtherCalls()
    {
        auto& a = api(2);
        int stops = 0;
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (operationOf(r) == QLatin1String("StopPod") && ++stops == 5) {
                return data({{QStringLiteral("podStop"),
                              podJson(QStringLiteral("pod123"), QStringLiteral("p"), QStringLiteral("EXITED"))}});
            }
            return text(502, "<html>502 Bad Gateway</html>", "text/html");
        });
        const auto read =
            autopod::test::awaitResult<Pod>([&](QObject* c, auto done) { a.pod(QStringLiteral("pod123"), c, done); });
        QCOMPARE(read.error.kind, Kind::ServerError);
        QCOMPARE(countOps(*m_nam, QStringLiteral("Pod")), 3); // 1 + max_retries 2
        const auto stop = autopod::test::awaitResult<Pod>(
            [&](QObject* c, auto done) { a.stopPod(QStringLiteral("pod123"), c, done); });
        QVERIFY2(stop.ok(), qPrintable(stop.error.message));
        QCOMPARE(countOps(*m_nam, QStringLiteral("StopPod")), 5); // got through on the 4th of 4 retries
    }

    void deadNetworkCostsAtMostTheBudget()
    {
        auto& a = api(5); // waits 10+20+40+80+160 ms, 300 ms per attempt: budget 310 + 600 ms
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::hanging(); });
        QElapsedTimer clock;
        clock.start();
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        const qint64 took = clock.elapsed();
        QCOMPARE(r.error.kind, Kind::NetworkTimeout);
        // Not six full timeouts (2.1 s): two, then the rest of the budget.
        QCOMPARE(m_nam->requests().size(), 3);
        QVERIFY2(took >= 880 && took < 1500, qPrintable(QString::number(took)));
    }

    void retriesAreAnnouncedToTheirCaller()
    {
        auto& a = api(5);
        int n = 0;
        m_nam->setHandler([&](const RecordedRequest&) {
            return ++n <= 2 ? text(502, "<html>502 Bad Gateway</html>", "text/html")
                            : data({{QStringLiteral("pod"), podJson(QStringLiteral("pod123"), QStringLiteral("p"))}});
        });
        struct Notice
        {
            const QObject* context;
            QString operation;
            int retry, max, delay;
            QString reason;
        };
        QList<Notice> notices;
        QObject caller;
        connect(&a, &RunPodApi::retryScheduled, this,
                [&](const QObject* c, const QString& op, int retry, int max, int delay, const QString& reason) {
                    notices.append({c, op, retry, max, delay, reason});
                });
        std::optional<ApiResult<Pod>> result;
        a.pod(QStringLiteral("pod123"), &caller, [&](const ApiResult<Pod>& r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QVERIFY(result->ok());
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices[0].context, &caller);
        QCOMPARE(notices[0].operation, QStringLiteral("Pod"));
        QCOMPARE(notices[0].retry, 1);
        QCOMPARE(notices[1].retry, 2);
        QCOMPARE(notices[1].max, 5);
        QCOMPARE(notices[1].delay, 20);
        QCOMPARE(notices[0].reason, QStringLiteral("RunPod answered HTTP 502"));
    }

    void retryAfterIsHonoured()
    {
        auto& a = api();
        QList<qint64> times;
        QElapsedTimer clock;
        clock.start();
        m_nam->setHandler([&](const RecordedRequest&) {
            times.append(clock.elapsed());
            if (times.size() == 1) {
                FakeResponse r = FakeResponse::json("{\"errors\":[{\"message\":\"Too Many Requests\"}]}", 429);
                r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}); // 5 × 20 ms in tests
                return r;
            }
            return data({{QStringLiteral("myself"), QJsonObject{{QStringLiteral("id"), QStringLiteral("u")}}}});
        });
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        QVERIFY(r.ok());
        QCOMPARE(times.size(), 2);
        QVERIFY2(times[1] - times[0] >= 100, qPrintable(QString::number(times[1] - times[0])));
    }

    void timeoutAbortsAHangingReply()
    {
        auto& a = api(1);
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::hanging(); });
        QElapsedTimer clock;
        clock.start();
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        QCOMPARE(r.error.kind, Kind::NetworkTimeout);
        QCOMPARE(m_nam->requests().size(), 2); // one retry
        QVERIFY(clock.elapsed() >= 600);       // two attempts of 300 ms
        QVERIFY(clock.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(tst_graphql_retries)
#include "tst_graphql_retries.moc"
