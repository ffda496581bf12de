// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The output copier against the simulator's ComfyUI stand-in (real files, real /history and
// /view) and against a hostile ComfyUI (a small server in this test that answers what it likes).
#include "core/outputs/OutputCopier.h"
#include "core/outputs/OutputHistory.h"
#include "core/outputs/OutputLedger.h"
#include "support/ComfyClient.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <functional>

using namespace autopod;
using autopod::outputs::OutputCopier;

namespace {

// What the hostile ComfyUI sends for one request.
struct Answer
{
    int status = 200;
    QByteArray body;
    qint64 contentLength = -1; // -1: body.size()
    qint64 sendBytes = -1;     // -1: all of body; else this many, then the connection stays open
};

class FakeComfy : public QObject
{
public:
    std::function<Answer(const QString& path, const QUrlQuery& query)> handler;
    QStringList requests;

    FakeComfy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    void onRead(QTcpSocket* s)
    {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        if (!buf.contains("\r\n\r\n")) {
            return;
        }
        const QList<QByteArray> line = buf.left(buf.indexOf("\r\n")).split(' ');
        buf.clear();
        const QUrl target(QString::fromLatin1(line.value(1)));
        requests << target.toString(QUrl::FullyEncoded);
        const Answer a = handler(target.path(), QUrlQuery(target));
        const qint64 length = a.contentLength >= 0 ? a.contentLength : a.body.size();
        s->write("HTTP/1.1 " + QByteArray::number(a.status) + " X\r\nContent-Type: application/octet-stream\r\n" +
                 "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n");
        if (a.sendBytes >= 0) {
            s->write(a.body.left(a.sendBytes));
            s->flush();
            return; // keep the connection open: a stalled transfer
        }
        s->write(a.body);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray historyListing(const QList<QPair<QString, QString>>& files, const QString& promptId = QStringLiteral("p1"))
{
    QJsonArray images;
    for (const auto& [sub, name] : files) {
        images << QJsonObject{{QStringLiteral("filename"), name},
                              {QStringLiteral("subfolder"), sub},
                              {QStringLiteral("type"), QStringLiteral("output")}};
    }
    const QJsonObject entry{
        {QStringLiteral("outputs"),
         QJsonObject{{QStringLiteral("9"), QJsonObject{{QStringLiteral("images"), images}}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("completed"), true}, {QStringLiteral("status_str"), QStringLiteral("success")}}}};
    return QJsonDocument(QJsonObject{{promptId, entry}}).toJson(QJsonDocument::Compact);
}

// Every file under dir (relative paths), autopod's ledger left out.
QStringList filesUnder(const QString& dir, bool withLedger = false)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(dir).relativeFilePath(it.next());
        if (withLedger || rel != QLatin1String(outputs::OutputLedger::kFileName)) {
            out << rel;
        }
    }
    out.sort();
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs one copy to completion (finishPending) and answers whether everything was copied.
bool copyAll(OutputCopier& copier, int timeoutMs = 20000)
{
    std::optional<bool> result;
    QObject context;
    copier.finishPending(timeoutMs, &context, [&](bool done) { result = done; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs + 5000)) {
        return false;
    }
    return *result;
}

outputs::CopierOptions fastOptions()
{
    outputs::CopierOptions o;
    o.pollMs = 200;
    o.history = {1024 * 1024, 2000, 5000};
    o.file = {1024 * 1024, 2000, 5000};
    return o;
}

} // namespace

class TestOutputCopier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOutputIsCopiedWithItsSubfolderAndNameAndBytes()
    {
        test::ComfyStandIn comfy;
        QVERIFY2(comfy.start(), qPrintable(comfy.errorString()));
        QVERIFY(!test::submitPrompt(comfy.url(), test::comfyWorkflow(QStringLiteral("portraits/cat"), 1, 2)).isEmpty());
        QVERIFY(!test::submitPrompt(comfy.url(), test::comfyWorkflow(QStringLiteral("plain"), 2)).isEmpty());
        QVERIFY(test::waitComfyIdle(comfy.url(), 20000));

        QTemporaryDir dest;
        OutputCopier copier(comfy.url(), dest.path(), fastOptions());
        QSignalSpy saved(&copier, &OutputCopier::outputSaved);
        QVERIFY(copyAll(copier));

        const QStringList expected{QStringLiteral("plain_00001_.png"), QStringLiteral("portraits/cat_00001_.png"),
                                   QStringLiteral("portraits/cat_00002_.png")};
        QCOMPARE(filesUnder(dest.path()), expected);
        QCOMPARE(filesUnder(comfy.outputDir()), expected);
        for (const QString& f : expected) {
            QCOMPARE(readAll(QDir(dest.path()).filePath(f)), readAll(QDir(comfy.outputDir()).filePath(f)));
        }
        QCOMPARE(saved.count(), 3);
        QCOMPARE(copier.savedCount(), 3);
        QCOMPARE(outputs::OutputLedger::countIn(dest.path()), 3);
    }

    void outputsAppearingWhileConnectedAreCopiedByThePolling()
    {
        test::ComfyStandIn comfy;
        QVERIFY2(comfy.start(), qPrintable(comfy.errorString()));
        QTemporaryDir dest;
        OutputCopier copier(comfy.url(), dest.path(), fastOptions());
        copier.start();
        QTest::qWait(500);
        QVERIFY(filesUnder(dest.path()).isEmpty());
        QVERIFY(!test::submitPrompt(comfy.url(), test::comfyWorkflow(QStringLiteral("later"))).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(filesUnder(dest.path()), QStringList{QStringLiteral("later_00001_.png")}, 15000);
    }

    void aDifferentFileOfTheSameNameIsNeverOverwritten()
    {
        test::ComfyStandIn comfy;
        QVERIFY2(comfy.start(), qPrintable(comfy.errorString()));
        QVERIFY(!test::submitPrompt(comfy.url(), test::comfyWorkflow(QStringLiteral("ComfyUI"))).isEmpty());
        QVERIFY(test::waitComfyIdle(comfy.url(), 20000));

        QTemporaryDir dest;
        QFile mine(QDir(dest.path()).filePath(QStringLiteral("ComfyUI_00001_.png")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("the user's own picture");
        mine.close();

        OutputCopier copier(comfy.url(), dest.path(), fastOptions());
        QVERIFY(copyAll(copier));
        QCOMPARE(readAll(mine.fileName()), QByteArray("the user's own picture"));
        QCOMPARE(readAll(QDir(dest.path()).filePath(QStringLiteral("ComfyUI_00001_ (2).png"))),
                 readAll(QDir(comfy.outputDir()).filePath(QStringLiteral("ComfyUI_00001_.png"))));
        QCOMPARE(filesUnder(dest.path()).size(), 2);
    }

    void theSameFileIsNeverCopiedTwiceAcrossRestartsEvenWithoutTheLedger()
    {
        test::ComfyStandIn comfy;
        QVERIFY2(comfy.start(), qPrintable(comfy.errorString()));
        QVERIFY(!test::submitPrompt(comfy.url(), test::comfyWorkflow(QStringLiteral("once"), 1, 2)).isEmpty());
        QVERIFY(test::waitComfyIdle(comfy.url(), 20000));
        QTemporaryDir dest;
        const QStringList expected{QStringLiteral("once_00001_.png"), QStringLiteral("once_00002_.png")};
        {
            OutputCopier first(comfy.url(), dest.path(), fastOptions());
            QVERIFY(copyAll(first));
        }
        QCOMPARE(filesUnder(dest.path()), expected);
        {
            OutputCopier again(comfy.url(), dest.path(), fastOptions()); // autopod restarted
            QSignalSpy saved(&again, &OutputCopier::outputSaved);
            QVERIFY(copyAll(again));
            QCOMPARE(saved.count(), 0);
            QCOMPARE(again.savedCount(), 2);
        }
        QVERIFY(QFile::remove(QDir(dest.path()).filePath(QLatin1String(outputs::OutputLedger::kFileName))));
        {
            OutputCopier noLedger(comfy.url(), dest.path(), fastOptions());
            QVERIFY(copyAll(noLedger));
            QCOMPARE(noLedger.savedCount(), 2); // recognised as already there
        }
        QCOMPARE(filesUnder(dest.path()), expected);
    }

    void aFileKeepsATemporaryNameUntilItIsComplete()
    {
        FakeComfy pod;
        const QByteArray image(200 * 1024, 'x');
        bool stall = true;
        pod.handler = [&](const QString& path, const QUrlQuery&) {
            if (path == QLatin1String("/history")) {
                return Answer{200, historyListing({{QString(), QStringLiteral("big.png")}})};
            }
            return stall ? Answer{200, image, -1, 100 * 1024} : Answer{200, image};
        };
        QTemporaryDir dest;
        OutputCopier copier(pod.url(), dest.path(), fastOptions());
        copier.start();
        QTRY_COMPARE_WITH_TIMEOUT(filesUnder(dest.path()), QStringList{QStringLiteral(".big.png.part")}, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(QDir(dest.path()).filePath(QStringLiteral(".big.png.part"))).size() > 0,
                                 5000);
        QVERIFY(!QFile::exists(QDir(dest.path()).filePath(QStringLiteral("big.png"))));
        // The stall limit ends the transfer: the part is removed, nothing is called big.png.
        QTRY_VERIFY_WITH_TIMEOUT(filesUnder(dest.path()).isEmpty(), 6000);
        QCOMPARE(copier.savedCount(), 0);
        stall = false;
        QTRY_COMPARE_WITH_TIMEOUT(filesUnder(dest.path()), QStringList{QStringLiteral("big.png")}, 10000);
        QCOMPARE(readAll(QDir(dest.path()).filePath(QStringLiteral("big.png"))), image);
    }

    void aCutOffAnswerIsNotSaved()
    {
        FakeComfy pod;
        pod.handler = [&](const QString& path, const QUrlQuery&) {
            if (path == QLatin1String("/history")) {
                return Answer{200, historyListing({{QString(), QStringLiteral("cut.png")}})};
            }
            return Answer{200, QByteArray(1000, 'y'), 5000}; // says 5000 bytes, sends 1000 and closes
        };
        QTemporaryDir dest;
        OutputCopier copier(pod.url(), dest.path(), fastOptions());
        QVERIFY(!copyAll(copier, 3000));
        QCOMPARE(filesUnder(dest.path(), true), QStringList());
    }

    // What could not be copied is named, for the user (a stop or a quit that could not wait longer).
    void whatCouldNotBeCopiedIsNamed()
    {
        FakeComfy pod;
        pod.handler = [&](const QString& path, const QUrlQuery& q) {
            if (path == QLatin1String("/history")) {
                return Answer{200, historyListing({{QString(), QStringLiteral("fine.png")},
                                                   {QStringLiteral("sub"), QStringLiteral("broken.png")}})};
            }
            if (q.queryItemValue(QStringLiteral("filename")) == QLatin1String("broken.png")) {
                return Answer{500, "no"};
            }
            return Answer{200, "fine bytes"};
        };
        QTemporaryDir dest;
        OutputCopier copier(pod.url(), dest.path(), fastOptions());
        QVERIFY(!copier.hasListed());
        QVERIFY(!copyAll(copier, 2500));
        QVERIFY(copier.hasListed());
        QCOMPARE(copier.notCopied(), QStringList{QStringLiteral("sub/broken.png")});
        QCOMPARE(filesUnder(dest.path()), QStringList{QStringLiteral("fine.png")});
    }

    // The same-name comparison reads both files whole; it must never run on the thread the copier
    // lives on (in the desktop: the GUI thread). The comparison says on which thread it runs (its
    // debug log line, which a message handler receives on the thread that logs it).
    void theSameNameComparisonRunsOffTheCopiersThread()
    {
        test::ComfyStandIn comfy;
        QVERIFY2(comfy.start(), qPrintable(comfy.errorString()));
        QVERIFY(!test::submitPrompt(comfy.url(), test::comfyWorkflow(QStringLiteral("twice"), 1, 2)).isEmpty());
        QVERIFY(test::waitComfyIdle(comfy.url(), 20000));
        QTemporaryDir dest;
        // The same files already there, without a ledger: both are compared byte for byte.
        for (const QString& name : {QStringLiteral("twice_00001_.png"), QStringLiteral("twice_00002_.png")}) {
            QVERIFY(QFile::copy(QDir(comfy.outputDir()).filePath(name), QDir(dest.path()).filePath(name)));
        }

        static QMutex mutex;
        static QList<QThread*> threads;
        threads.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("autopod.outputs.placement.debug=true"));
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext& context, const QString& message) {
                if (QLatin1String(context.category) == QLatin1String("autopod.outputs.placement") &&
                    message.startsWith(QLatin1String("comparing"))) {
                    QMutexLocker lock(&mutex);
                    threads << QThread::currentThread();
                }
            });
        OutputCopier copier(comfy.url(), dest.path(), fastOptions());
        QSignalSpy saved(&copier, &OutputCopier::outputSaved);
        const bool copied = copyAll(copier);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(copied);
        QCOMPARE(saved.count(), 0); // recognised as the same files: no second copy
        QCOMPARE(copier.savedCount(), 2);
        QCOMPARE(filesUnder(dest.path()).size(), 2);
        QMutexLocker lock(&mutex);
        QCOMPARE(threads.size(), 2);
        for (QThread* t : std::as_const(threads)) {
            QVERIFY(t != copier.thread());
        }
    }

    void namesThatCouldReachOutsideTheFolderAreRefused()
    {
        FakeComfy pod;
        const QList<QPair<QString, QString>> hostile{
            {QStringLiteral(".."), QStringLiteral("escaped.png")},
            {QStringLiteral("a/../../.."), QStringLiteral("escaped2.png")},
            {QStringLiteral("/tmp"), QStringLiteral("absolute.png")},
            {QString(), QStringLiteral("../escaped3.png")},
            {QString(), QStringLiteral("/etc/passwd")},
            {QString(), QStringLiteral("..")},
            {QString(), QStringLiteral("bell\x07.png")},
            {QStringLiteral("sub\nline"), QStringLiteral("x.png")},
            {QString(), QStringLiteral("back\\slash.png")},
            {QString(), QLatin1String(outputs::OutputLedger::kFileName)},
            {QStringLiteral("ok"), QStringLiteral("good.png")},
        };
        pod.handler = [&](const QString& path, const QUrlQuery&) {
            if (path == QLatin1String("/history")) {
                return Answer{200, historyListing(hostile)};
            }
            return Answer{200, QByteArray("payload")};
        };
        QTemporaryDir root;
        const QString dest = QDir(root.path()).filePath(QStringLiteral("pods/pod-a"));
        OutputCopier copier(pod.url(), dest, fastOptions());
        QVERIFY(copyAll(copier));
        QCOMPARE(filesUnder(root.path(), true), (QStringList{QStringLiteral("pods/pod-a/.autopod-outputs.json"),
                                                             QStringLiteral("pods/pod-a/ok/good.png")}));
        QCOMPARE(copier.savedCount(), 1);
        // Only the safe one was asked for.
        QCOMPARE(pod.requests.filter(QStringLiteral("/view")).size(), 1);
    }

    void aNameWithReservedUrlCharactersIsAskedForExactly()
    {
        FakeComfy pod;
        const QString name = QStringLiteral("a+b&c=d %e#f?.png");
        QString askedName;
        QString askedSub;
        pod.handler = [&](const QString& path, const QUrlQuery& q) {
            if (path == QLatin1String("/history")) {
                return Answer{200, historyListing({{QStringLiteral("x+y"), name}})};
            }
            askedName = q.queryItemValue(QStringLiteral("filename"), QUrl::FullyDecoded);
            askedSub = q.queryItemValue(QStringLiteral("subfolder"), QUrl::FullyDecoded);
            return Answer{200, QByteArray("ok")};
        };
        QTemporaryDir dest;
        OutputCopier copier(pod.url(), dest.path(), fastOptions());
        QVERIFY(copyAll(copier));
        QCOMPARE(askedName, name);
        QCOMPARE(askedSub, QStringLiteral("x+y"));
        QCOMPARE(filesUnder(dest.path()), QStringList{QStringLiteral("x+y/") + name});
    }

    void readsAreCappedInSize()
    {
        FakeComfy pod;
        bool hugeHistory = false;
        pod.handler = [&](const QString& path, const QUrlQuery&) {
            if (path == QLatin1String("/history")) {
                return hugeHistory ? Answer{200, QByteArray(2 * 1024 * 1024, ' ')}
                                   : Answer{200, historyListing({{QString(), QStringLiteral("huge.png")}})};
            }
            return Answer{200, QByteArray(2 * 1024 * 1024, 'z')}; // past the 1 MiB cap
        };
        QTemporaryDir dest;
        {
            OutputCopier copier(pod.url(), dest.path(), fastOptions());
            QVERIFY(!copyAll(copier, 3000));
        }
        QCOMPARE(filesUnder(dest.path(), true), QStringList());
        hugeHistory = true;
        OutputCopier copier(pod.url(), dest.path(), fastOptions());
        QSignalSpy failed(&copier, &OutputCopier::copyFailed);
        QVERIFY(!copyAll(copier, 3000));
        QVERIFY(!failed.isEmpty());
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("history")));
    }

    void finishPendingGivesUpWhenThePodCannotBeReached()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QTemporaryDir dest;
        OutputCopier copier(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), dest.path(), fastOptions());
        QElapsedTimer t;
        t.start();
        QVERIFY(!copyAll(copier, 1500));
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
    }

    void safeRelativePathKeepsOrdinaryNames()
    {
        QCOMPARE(outputs::safeRelativePath(QStringLiteral("a/b"), QStringLiteral("c_00001_.png")),
                 std::optional<QString>(QStringLiteral("a/b/c_00001_.png")));
        QCOMPARE(outputs::safeRelativePath(QString(), QStringLiteral("Bild für Oma.webp")),
                 std::optional<QString>(QStringLiteral("Bild für Oma.webp")));
        QVERIFY(!outputs::safeRelativePath(QStringLiteral("a/./b"), QStringLiteral("c.png")));
        QCOMPARE(outputs::numberedName(QStringLiteral("x.tar.png"), 2), QStringLiteral("x.tar (2).png"));
        QCOMPARE(outputs::numberedName(QStringLiteral("noext"), 3), QStringLiteral("noext (3)"));
    }
};

QTEST_GUILESS_MAIN(TestOutputCopier)
#include "tst_outputcopier.moc"
