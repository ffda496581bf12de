// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The pool that runs blocking libssh work (SSH probes, the guard's commands): answers come back on
// the main thread, a slow piece of work holds up no other, and nothing ever waits for it on the
// main thread, not even when the pool goes away (the app quitting during an SSH connect).
#include "core/lifecycle/BlockingWorkPool.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>

using autopod::lifecycle::BlockingWorkPool;

class TestBlockingWorkPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workRunsOffTheMainThreadAndAnswersOnIt()
    {
        BlockingWorkPool pool;
        QObject context;
        QThread* workedOn = nullptr;
        QThread* answeredOn = nullptr;
        int answer = 0;
        pool.run<int>(
            QStringLiteral("ssh-probe"), &context,
            [&workedOn] {
                workedOn = QThread::currentThread();
                return 42;
            },
            [&](const int& result) {
                answeredOn = QThread::currentThread();
                answer = result;
            });
        QTRY_COMPARE_WITH_TIMEOUT(answer, 42, 5000);
        QVERIFY(workedOn && workedOn != QThread::currentThread());
        QCOMPARE(answeredOn, QThread::currentThread());
    }

    // More slow pieces of work than the machine has cores all run at once: each one waits until
    // every one has started, which only ends if none is queued behind another.
    void slowWorkHoldsUpNoOther()
    {
        constexpr int kWorks = 8;
        BlockingWorkPool pool;
        QObject context;
        QSemaphore started;
        int answers = 0;
        for (int i = 0; i < kWorks; ++i) {
            pool.run<bool>(
                QStringLiteral("ssh-guard"), &context,
                [&started] {
                    started.release();
                    // Blocks (like an SSH connect) until all have started; gives up after 10 s.
                    if (!started.tryAcquire(kWorks, 10000)) {
                        return false;
                    }
                    started.release(kWorks);
                    return true;
                },
                [&answers](const bool& allStarted) { answers += allStarted ? 1 : 1000; });
        }
        QTRY_VERIFY_WITH_TIMEOUT(answers >= kWorks, 20000);
        QCOMPARE(answers, kWorks);
    }

    void aGoneContextIsNotAnswered()
    {
        BlockingWorkPool pool;
        auto context = std::make_unique<QObject>();
        QSemaphore release;
        bool answered = false;
        pool.run<int>(
            QStringLiteral("ssh-probe"), context.get(),
            [&release] {
                release.acquire();
                return 1;
            },
            [&answered](const int&) { answered = true; });
        context.reset();
        release.release();
        QTest::qWait(200);
        QVERIFY(!answered);
    }

    // The pool goes (the connector is destroyed at quit) while its work blocks: the destructor
    // returns at once; if it waited for the work, this test would hang on the semaphore below.
    void goingAwayNeverWaitsForRunningWork()
    {
        auto pool = std::make_unique<BlockingWorkPool>();
        QObject context;
        QSemaphore running;
        QSemaphore release;
        bool answered = false;
        pool->run<int>(
            QStringLiteral("ssh-probe"), &context,
            [&running, &release] {
                running.release();
                release.acquire();
                return 1;
            },
            [&answered](const int&) { answered = true; });
        QVERIFY(running.tryAcquire(1, 5000));
        pool.reset();
        release.release();
        QTest::qWait(200);
        QVERIFY2(!answered, "work of a pool that is gone was answered");
    }
};

QTEST_GUILESS_MAIN(TestBlockingWorkPool)
#include "tst_blockingworkpool.moc"
