// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/FlowRunner.h"
#include "cli/NextStepText.h"
#include "cli/SshSetup.h"
#include "cli/commands/Commands.h"
#include "core/api/GpuOfferQuery.h"
#include "core/api/RunPodApi.h"
#include "core/lifecycle/PodRequest.h"
#include "core/pods/Presentation.h"

#include <memory>
#include <string>

namespace autopod::cli {

namespace {

struct ConnectArgs
{
    std::string gpu;
    int gpuCount = 0;
    std::string volume;
    std::string templ;
    std::string region;
    std::string cloud;
    std::string cuda;
    bool yes = false;
    bool publishComfyUi = false;
};

QString regionName(const QString& code)
{
    if (code == QLatin1String("EU")) {
        return QStringLiteral("Europe");
    }
    if (code == QLatin1String("AP")) {
        return QStringLiteral("Asia Pacific");
    }
    if (code.isEmpty()) {
        return QStringLiteral("Any region");
    }
    return QStringLiteral("North America");
}

class ConnectSession : public QObject
{
public:
    ConnectSession(CliContext& ctx, ConnectArgs args)
        : m_ctx(ctx)
        , m_term(ctx.terminal())
        , m_args(std::move(args))
    {}

    void start()
    {
        // Everything that can be checked before a pod costs money is checked first.
        const auto identity = resolveIdentity(m_ctx.config(), m_term);
        if (!identity) {
            CliContext::finish(ConfigError);
            return;
        }
        m_identity = *identity;
        m_ctx.withApi([this](api::RunPodApi* client, int code) {
            if (!client) {
                CliContext::finish(code);
                return;
            }
            m_api = client;
            selectCloudAndRegion();
        });
    }

private:
    bool asking() const { return !m_args.yes; }

    void selectCloudAndRegion()
    {
        const config::Config& cfg = m_ctx.config();
        QString cloud = QString::fromStdString(m_args.cloud).toLower();
        if (cloud.isEmpty()) {
            cloud = cfg.defaultCloudType();
            if (asking()) {
                const int i = m_term.choose(QStringLiteral("Select Cloud Type:"),
                                            {QStringLiteral("Secure Cloud (recommended, more reliable)"),
                                             QStringLiteral("Community Cloud (cheaper, variable availability)")},
                                            cloud == QLatin1String("community") ? 1 : 0);
                if (i < 0) {
                    cancelled();
                    return;
                }
                cloud = i == 0 ? QStringLiteral("secure") : QStringLiteral("community");
            }
        }
        m_filter.cloud = cloud == QLatin1String("community") ? api::CloudType::Community : api::CloudType::Secure;

        QString region = QString::fromStdString(m_args.region).toUpper();
        if (region.isEmpty()) {
            region = cfg.defaultRegion();
            if (asking()) {
                const QStringList codes{QStringLiteral("NA"), QStringLiteral("EU"), QStringLiteral("AP")};
                const int i = m_term.choose(
                    QStringLiteral("\nSelect Region:"),
                    {QStringLiteral("North America"), QStringLiteral("Europe"), QStringLiteral("Asia Pacific")},
                    qMax(0, int(codes.indexOf(region))));
                if (i < 0) {
                    cancelled();
                    return;
                }
                region = codes.at(i);
            }
        }
        m_filter.region = region;
        m_filter.networkSpeeds = cfg.networkSpeeds();
        m_filter.cudaVersion = m_args.cuda.empty() ? cfg.cudaVersion() : QString::fromStdString(m_args.cuda);
        m_filter.gpuCount = m_args.gpuCount > 0 ? m_args.gpuCount : 1;
        if (m_args.gpu.empty()) {
            m_filter.favoriteGpus = cfg.favoriteGpus();
            m_filter.maxResults = cfg.maxGpusShown();
        } else {
            m_filter.maxResults = 100; // a named GPU need not be a favourite
        }
        const QString speeds =
            m_filter.networkSpeeds.isEmpty()
                ? QStringLiteral("Any")
                : (m_filter.networkSpeeds.contains(QStringLiteral("high")) ? QStringLiteral("High+")
                                                                           : QStringLiteral("Extreme"));
        m_filterLine = QStringLiteral("%1 | %2 | Network: %3 | CUDA: %4")
                           .arg(m_filter.cloud == api::CloudType::Secure ? QStringLiteral("Secure Cloud")
                                                                         : QStringLiteral("Community Cloud"),
                                regionName(region), speeds,
                                m_filter.cudaVersion.isEmpty() ? QStringLiteral("Any")
                                                               : m_filter.cudaVersion + QStringLiteral("+"));
        m_term.print(QStringLiteral("\nFiltering: ") + m_filterLine);
        m_api->gpuOffers(m_filter, this, [this](const api::ApiResult<QList<api::GpuOffer>>& r) { onOffers(r); });
    }

    void onOffers(const api::ApiResult<QList<api::GpuOffer>>& r)
    {
        if (!r.ok()) {
            m_term.failure(r.error.kind == api::ApiError::Kind::NoGpusMatchingFilters
                               ? QStringLiteral("No GPUs available matching filters (%1).").arg(m_filterLine)
                               : userText(r.error));
            CliContext::finish(exitCodeFor(r.error));
            return;
        }
        m_offers = *r.value;
        if (m_offers.isEmpty()) {
            m_term.failure(QStringLiteral("No GPUs available matching filters (%1).").arg(m_filterLine));
            m_term.error(
                QStringLiteral("Try another region (--region), cloud type (--cloud) or CUDA version (--cuda)."));
            CliContext::finish(NoCapacity);
            return;
        }
        Table table({QStringLiteral("GPU Type"), QStringLiteral("VRAM"), QStringLiteral("Cost/hr"),
                     QStringLiteral("Available"), QStringLiteral("Network"), QStringLiteral("CUDA")});
        for (const api::GpuOffer& o : std::as_const(m_offers)) {
            table.addRow({o.displayName, QStringLiteral("%1GB").arg(o.memoryGb),
                          pods::Presentation::money(o.pricePerGpuHr), QStringLiteral("✓ ") + o.stockStatus,
                          o.networkSpeed, o.cudaVersion});
        }

        int chosen = -1;
        m_term.print(QStringLiteral("\nAvailable GPUs:"));
        if (!m_args.gpu.empty() || !asking()) {
            for (const QString& line : table.render()) {
                m_term.print(line);
            }
            chosen = m_args.gpu.empty() ? 0 : matchGpu(QString::fromStdString(m_args.gpu));
            if (chosen < 0) {
                m_term.failure(QStringLiteral("No available GPU matches \"%1\" (%2).")
                                   .arg(QString::fromStdString(m_args.gpu), m_filterLine));
                CliContext::finish(NoCapacity);
                return;
            }
        } else {
            chosen = m_term.choose(QStringLiteral("Select GPU:"), table.renderRows(), 0, table.renderHead(),
                                   {table.renderBottom()});
            if (chosen < 0) {
                cancelled();
                return;
            }
        }
        m_offer = m_offers.at(chosen);
        m_term.print(QStringLiteral("GPU: %1").arg(m_offer.displayName));
        chooseCount();
    }

    int matchGpu(const QString& wanted) const { return api::offers::findGpu(m_offers, wanted); }

    void chooseCount()
    {
        int count = m_args.gpuCount;
        const int max = m_offer.maxGpuCount > 0 ? m_offer.maxGpuCount : 8;
        if (count <= 0) {
            count = qBound(1, m_ctx.config().defaultGpuCount(), max);
            if (asking()) {
                for (;;) {
                    const auto line = m_term.readLine(QStringLiteral("GPU Count [%1]: ").arg(count));
                    if (!line || line->isEmpty()) {
                        break;
                    }
                    bool ok = false;
                    const int n = line->toInt(&ok);
                    if (ok && n >= 1 && n <= max) {
                        count = n;
                        break;
                    }
                    m_term.error(QStringLiteral("Enter a number from 1 to %1.").arg(max));
                }
            }
        }
        if (count > max || (!m_offer.availableGpuCounts.isEmpty() && !m_offer.availableGpuCounts.contains(count))) {
            m_term.failure(
                QStringLiteral("%1x %2 is not available (%3).").arg(count).arg(m_offer.displayName, m_filterLine));
            CliContext::finish(NoCapacity);
            return;
        }
        m_count = count;
        chooseVolume();
    }

    void chooseVolume()
    {
        QString volume = QString::fromStdString(m_args.volume);
        if (volume.isEmpty() && m_args.volume.empty()) {
            volume = m_ctx.config().defaultNetworkVolume();
            if (asking()) {
                const auto line =
                    m_term.readLine(QStringLiteral("Network Volume (optional, press Enter to skip)%1: ")
                                        .arg(volume.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(volume)));
                if (line && !line->isEmpty()) {
                    volume = *line;
                }
            }
        }
        if (volume.isEmpty() || volume.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            confirm();
            return;
        }
        m_api->networkVolumes(this, [this, volume](const api::ApiResult<QList<api::NetworkVolume>>& r) {
            if (!r.ok()) {
                m_term.failure(QStringLiteral("Could not list your network volumes: %1").arg(userText(r.error)));
                CliContext::finish(exitCodeFor(r.error));
                return;
            }
            for (const api::NetworkVolume& v : *r.value) {
                if (v.id == volume || v.name == volume) {
                    m_volume = v;
                    confirm();
                    return;
                }
            }
            m_term.failure(QStringLiteral("No network volume \"%1\" on your account.").arg(volume));
            CliContext::finish(UsageError);
        });
    }

    void confirm()
    {
        config::Config& cfg = m_ctx.config();
        QString templ = QString::fromStdString(m_args.templ);
        if (!templ.isEmpty() && templ != cfg.defaultTemplate()) {
            QString error;
            if (cfg.set(QStringLiteral("runpod.default_template"), templ, &error) && cfg.save(&error)) {
                m_term.print(QStringLiteral("Template %1 is now your default.").arg(templ));
            } else {
                m_term.warning(QStringLiteral("Could not save %1 as the default template: %2").arg(templ, error));
            }
        }
        if (templ.isEmpty()) {
            templ = cfg.defaultTemplate();
        }
        const double perHour = m_offer.pricePerGpuHr * m_count;
        m_term.print(
            QStringLiteral("\nEstimated cost: %1/hr (%2x %3)%4")
                .arg(pods::Presentation::money(perHour))
                .arg(m_count)
                .arg(m_offer.displayName,
                     m_volume ? QStringLiteral(", network volume %1 (%2 GB)").arg(m_volume->name).arg(m_volume->sizeGb)
                              : QString()));
        if (asking() && !m_term.confirm(QStringLiteral("Confirm?"), false)) {
            m_term.print(QStringLiteral("Nothing was created."));
            CliContext::finish(Ok);
            return;
        }

        lifecycle::PodChoices choices;
        choices.offer = m_offer;
        choices.gpuCount = m_count;
        choices.cloud = m_filter.cloud;
        choices.templateOrImage = templ;
        if (m_volume) {
            choices.networkVolumeId = m_volume->id;
            choices.volumeDataCenter = m_volume->dataCenterId;
        }
        choices.minimumCuda = m_filter.cudaVersion;
        choices.publicKey = m_identity.publicKeyLine;
        choices.publishComfyUi = m_args.publishComfyUi || m_ctx.config().publishComfyUi();
        choices.volumeGb = qMax(0, cfg.volumeGb());
        if (choices.publishComfyUi) {
            m_term.warning(QStringLiteral("ComfyUI will also be published on RunPod's public proxy "
                                          "(https://<pod id>-8188.proxy.runpod.net) without a password: anyone who "
                                          "knows the pod id can use it and your GPU time."));
        }
        api::CreatePodRequest request = lifecycle::createRequestFor(choices);
        if (request.volumeGb == 0 && request.networkVolumeId.isEmpty()) {
            m_term.warning(QStringLiteral("No volume disk (defaults.volume_gb is 0): when the pod stops (by you, by "
                                          "its idle guard or on failure) its files are lost. `autopod config set "
                                          "defaults.volume_gb 20` keeps /workspace across stops."));
        }

        m_runner = std::make_unique<FlowRunner>(m_ctx, *m_api, m_identity, m_args.yes);
        request.name = m_runner->allocateName();
        m_term.print(QStringLiteral("\nCreating pod: %1").arg(request.name));
        m_runner->create(request);
    }

    void cancelled()
    {
        m_term.print(QStringLiteral("Cancelled; nothing was created."));
        CliContext::finish(Interrupted);
    }

    CliContext& m_ctx;
    Terminal& m_term;
    ConnectArgs m_args;
    ssh::SshIdentity m_identity;
    api::RunPodApi* m_api = nullptr;
    api::GpuFilter m_filter;
    QString m_filterLine;
    QList<api::GpuOffer> m_offers;
    api::GpuOffer m_offer;
    int m_count = 1;
    std::optional<api::NetworkVolume> m_volume;
    std::unique_ptr<FlowRunner> m_runner;
};

} // namespace

void addConnectCommand(CLI::App& app, CliContext& ctx, Action& action)
{
    auto a = std::make_shared<ConnectArgs>();
    CLI::App* cmd = app.add_subcommand(
        "connect", "Pick a GPU, create a pod running ComfyUI and open the tunnel to http://127.0.0.1:8188");
    cmd->add_option("--gpu", a->gpu, "GPU type, e.g. \"RTX A40\" or RunPod's id \"NVIDIA A40\"");
    cmd->add_option("--gpu-count", a->gpuCount, "Number of GPUs")->check(CLI::Range(1, 8));
    cmd->add_option("--volume", a->volume, "Network volume id or name (\"none\" for none)");
    cmd->add_option("--template", a->templ, "Docker image or RunPod template id; becomes the default");
    cmd->add_option("--region", a->region, "Region")->check(CLI::IsMember({"NA", "EU", "AP"}, CLI::ignore_case));
    cmd->add_option("--cloud", a->cloud, "Cloud type")->check(CLI::IsMember({"secure", "community"}, CLI::ignore_case));
    cmd->add_option("--cuda", a->cuda, "Minimum CUDA version, e.g. 12.8");
    cmd->add_flag("-y,--yes", a->yes, "Ask nothing: defaults for what is not given, no confirmation");
    cmd->add_flag("--publish-comfyui", a->publishComfyUi,
                  "Also publish ComfyUI on RunPod's public proxy (anyone with the pod id can use it); "
                  "default: only through the tunnel");
    cmd->footer(exitCodeHelp());
    cmd->callback([&ctx, &action, a] {
        action = [&ctx, a] {
            ConnectSession session(ctx, *a);
            return runEventLoop([&session] { session.start(); });
        };
    });
}

} // namespace autopod::cli
