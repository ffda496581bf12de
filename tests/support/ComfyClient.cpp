// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "support/ComfyClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace autopod::test {

namespace {

QByteArray call(const QUrl& comfy, const QString& path, const QByteArray& postBody, int* status)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QUrl url = comfy;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    QNetworkReply* reply = nullptr;
    if (postBody.isNull()) {
        reply = nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = nam.post(request, postBody);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

} // namespace

QJsonObject comfyWorkflow(const QString& prefix, int seed, int batchSize, int steps)
{
    const auto node = [](const char* type, const QJsonObject& inputs) {
        return QJsonObject{{QStringLiteral("class_type"), QLatin1String(type)}, {QStringLiteral("inputs"), inputs}};
    };
    const auto link = [](const char* from, int slot) {
        return QJsonArray{QLatin1String(from), slot};
    };
    return QJsonObject{
        {QStringLiteral("4"),
         node("CheckpointLoaderSimple", {{QStringLiteral("ckpt_name"), QStringLiteral("sd_xl_base_1.0.safetensors")}})},
        {QStringLiteral("5"), node("EmptyLatentImage", {{QStringLiteral("width"), 512},
                                                        {QStringLiteral("height"), 512},
                                                        {QStringLiteral("batch_size"), batchSize}})},
        {QStringLiteral("6"), node("CLIPTextEncode", {{QStringLiteral("text"), QStringLiteral("a lighthouse")},
                                                      {QStringLiteral("clip"), link("4", 1)}})},
        {QStringLiteral("7"), node("CLIPTextEncode", {{QStringLiteral("text"), QStringLiteral("blurry")},
                                                      {QStringLiteral("clip"), link("4", 1)}})},
        {QStringLiteral("3"), node("KSampler", {{QStringLiteral("seed"), seed},
                                                {QStringLiteral("steps"), steps},
                                                {QStringLiteral("cfg"), 7},
                                                {QStringLiteral("sampler_name"), QStringLiteral("euler")},
                                                {QStringLiteral("scheduler"), QStringLiteral("normal")},
                                                {QStringLiteral("denoise"), 1},
                                                {QStringLiteral("model"), link("4", 0)},
                                                {QStringLiteral("positive"), link("6", 0)},
                                                {QStringLiteral("negative"), link("7", 0)},
                                                {QStringLiteral("latent_image"), link("5", 0)}})},
        {QStringLiteral("8"),
         node("VAEDecode", {{QStringLiteral("samples"), link("3", 0)}, {QStringLiteral("vae"), link("4", 2)}})},
        {QStringLiteral("9"),
         node("SaveImage", {{QStringLiteral("filename_prefix"), prefix}, {QStringLiteral("images"), link("8", 0)}})},
    };
}

QString submitPrompt(const QUrl& comfy, const QJsonObject& workflow)
{
    int status = 0;
    const QByteArray body =
        call(comfy, QStringLiteral("/prompt"),
             QJsonDocument(QJsonObject{{QStringLiteral("prompt"), workflow}}).toJson(QJsonDocument::Compact), &status);
    if (status != 200) {
        return {};
    }
    return QJsonDocument::fromJson(body).object().value(QLatin1String("prompt_id")).toString();
}

QJsonObject comfyHistory(const QUrl& comfy)
{
    int status = 0;
    return QJsonDocument::fromJson(call(comfy, QStringLiteral("/history"), QByteArray(), &status)).object();
}

bool waitComfyIdle(const QUrl& comfy, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        int status = 0;
        const QJsonObject queue =
            QJsonDocument::fromJson(call(comfy, QStringLiteral("/queue"), QByteArray(), &status)).object();
        if (status == 200 && queue.value(QLatin1String("queue_running")).toArray().isEmpty() &&
            queue.value(QLatin1String("queue_pending")).toArray().isEmpty()) {
            return true;
        }
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

QStringList historyOutputFiles(const QJsonObject& history)
{
    QStringList files;
    for (const QJsonValue entry : history) {
        for (const QJsonValue node : entry.toObject().value(QLatin1String("outputs")).toObject()) {
            for (const QJsonValue list : node.toObject()) {
                for (const QJsonValue item : list.toArray()) {
                    const QJsonObject f = item.toObject();
                    if (f.value(QLatin1String("type")).toString() != QLatin1String("output")) {
                        continue;
                    }
                    const QString sub = f.value(QLatin1String("subfolder")).toString();
                    const QString name = f.value(QLatin1String("filename")).toString();
                    files << (sub.isEmpty() ? name : sub + QLatin1Char('/') + name);
                }
            }
        }
    }
    return files;
}

ComfyStandIn::~ComfyStandIn()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ComfyStandIn::start(int stepMs)
{
    const QString sim = QDir(QStringLiteral(AUTOPOD_TEST_SOURCE_DIR)).filePath(QStringLiteral("tests/runpod-sim"));
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(AUTOPOD_TEST_NODE),
                    {QDir(sim).filePath(QStringLiteral("comfy-standin.mjs")), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--step-ms"), QString::number(stepMs),
                     QStringLiteral("--comfy-dir"), m_dir.filePath(QStringLiteral("ComfyUI"))});
    QDeadlineTimer deadline(20000);
    QByteArray out;
    while (!deadline.hasExpired() && m_process.waitForReadyRead(int(deadline.remainingTime()))) {
        out += m_process.readAllStandardOutput();
        const qsizetype at = out.indexOf("comfy-standin listening ");
        const qsizetype end = at < 0 ? -1 : out.indexOf('\n', at);
        if (end > 0) {
            const int port = out.mid(at + 24, end - at - 24).trimmed().toInt();
            m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            return port > 0;
        }
    }
    m_error = QStringLiteral("the ComfyUI stand-in did not start: ") + QString::fromUtf8(out);
    return false;
}

QString ComfyStandIn::outputDir() const
{
    return m_dir.filePath(QStringLiteral("ComfyUI/output"));
}

} // namespace autopod::test
