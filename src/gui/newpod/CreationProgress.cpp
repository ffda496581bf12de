// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/newpod/CreationProgress.h"

#include "core/lifecycle/ConnectFlow.h"
#include "core/pods/Presentation.h"
#include "gui/NextStepText.h"
#include "gui/pods/PodListModel.h"
#include "newpod/ui_CreationProgress.h"

#include <QCheckBox>
#include <QPushButton>

namespace autopod::gui {

namespace {
constexpr int stageCount = 5;
}

CreationProgress::CreationProgress(lifecycle::ConnectFlow& flow, double costPerHr, QWidget* parent, Purpose purpose)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreationProgress>())
    , m_flow(&flow)
    , m_purpose(purpose)
    , m_podName(flow.podName())
    , m_costPerHr(costPerHr)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    const QList<QLabel*> texts{m_ui->stageText0, m_ui->stageText1, m_ui->stageText2, m_ui->stageText3,
                               m_ui->stageText4};
    for (int i = 0; i < stageCount; ++i) {
        texts.at(i)->setText(stageLabel(static_cast<lifecycle::ConnectStage>(i)));
    }
    m_ui->buttons->addButton(tr("Cancel…"), QDialogButtonBox::RejectRole);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CreationProgress::reject);
    m_ui->titleLabel->setText(titleText());
    if (purpose == Purpose::Resume) {
        setWindowTitle(tr("Resuming pod"));
    }
    connect(m_ui->openWhenConnected, &QCheckBox::toggled, this, &CreationProgress::opensComfyUiWhenConnectedChanged);

    connect(&flow, &lifecycle::ConnectFlow::stageChanged, this,
            [this](lifecycle::ConnectStage stage) { setStage(static_cast<int>(stage)); });
    connect(&flow, &lifecycle::ConnectFlow::podCreated, this, [this](const QString& name, const api::Pod& pod) {
        m_podName = name;
        if (pod.costPerHr > 0) {
            m_costPerHr = pod.costPerHr;
        }
        if (!m_billingClock.isValid()) {
            m_billingClock.start();
        }
        m_ui->titleLabel->setText(titleText());
        addMessage(tr("RunPod created %1 (%2).").arg(name, pod.id));
        tick();
    });
    connect(&flow, &lifecycle::ConnectFlow::retrying, this,
            [this](const QString& what, int attempt, int maxAttempts, int delayMs) {
                addMessage(tr("%1 — trying again in %2 s (attempt %3 of %4).")
                               .arg(what)
                               .arg(delayMs / 1000.0, 0, 'f', 0)
                               .arg(attempt)
                               .arg(maxAttempts));
            });
    connect(&flow, &lifecycle::ConnectFlow::noticed, this, &CreationProgress::addMessage);
    connect(&flow, &lifecycle::ConnectFlow::connected, this, &CreationProgress::onConnected);
    connect(&flow, &lifecycle::ConnectFlow::failed, this, &CreationProgress::onFailed);

    m_clock.start();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &CreationProgress::tick);
    m_ticker.start();
    setStage(static_cast<int>(flow.stage()));
    tick();
}

CreationProgress::~CreationProgress() = default;

QString CreationProgress::stageLabel(lifecycle::ConnectStage stage)
{
    switch (stage) {
    case lifecycle::ConnectStage::RequestingPod:
        return tr("Requesting pod...");
    case lifecycle::ConnectStage::WaitingForPodStart:
        return tr("Waiting for pod to start...");
    case lifecycle::ConnectStage::WaitingForSsh:
        return tr("Pod running, waiting for SSH...");
    case lifecycle::ConnectStage::EstablishingTunnel:
        return tr("SSH ready, establishing tunnel...");
    case lifecycle::ConnectStage::Connected:
        return tr("Connected!");
    }
    return {};
}

QString CreationProgress::titleText() const
{
    const QString name = m_flow ? m_flow->podName() : m_podName;
    if (m_purpose == Purpose::Resume) {
        return name.isEmpty() ? tr("Resuming a pod") : tr("Resuming <b>%1</b>").arg(name.toHtmlEscaped());
    }
    return name.isEmpty() ? tr("Creating a pod") : tr("Creating <b>%1</b>").arg(name.toHtmlEscaped());
}

QString CreationProgress::outcomeText() const
{
    return m_done ? m_ui->outcomeLabel->text() : QString();
}

bool CreationProgress::opensComfyUiWhenConnected() const
{
    return m_ui->openWhenConnected->isChecked();
}

void CreationProgress::setOpensComfyUiWhenConnected(bool open)
{
    m_ui->openWhenConnected->setChecked(open);
}

QString CreationProgress::nextStepText(const lifecycle::FailureReport& report)
{
    using lifecycle::FailureKind;
    // The steps core named (stop the pod, set a valid API key...), as this desktop does them; the
    // pod's first: it may still bill.
    if (report.actionNextStep != NextStep::None) {
        return gui::nextStepText(report.actionNextStep, report.podName);
    }
    if (report.nextStep != NextStep::None) {
        return gui::nextStepText(report.nextStep, report.podName);
    }
    if (report.action == lifecycle::FailureAction::ActionFailed) {
        return tr("Check the pod in the list (or on runpod.io) and stop or terminate it yourself: it may still bill.");
    }
    switch (report.kind) {
    case FailureKind::InvalidApiKey:
    case FailureKind::PermissionDenied:
        return gui::nextStepText(NextStep::SetApiKey);
    case FailureKind::InsufficientCredits:
        return tr("Add credit to your RunPod account, then try again.");
    case FailureKind::NoGpusMatchingFilters:
    case FailureKind::NoCapacity:
        return tr("Choose another GPU, region or cloud in the new-pod dialog, or try again later.");
    case FailureKind::NetworkTimeout:
    case FailureKind::NetworkError:
        return tr("Check your internet connection, then try again.");
    case FailureKind::SshFailure:
        return tr("Check the SSH key in File → Setup wizard (the pod must be created with the key autopod uses), "
                  "then create a new pod.");
    case FailureKind::TunnelFailure:
    case FailureKind::ReadinessTimeout:
    case FailureKind::PodDied:
        return tr("Try again, perhaps with another GPU or data center; the log (View → Log) has the details.");
    case FailureKind::Cancelled:
        return tr("Nothing else to do: you cancelled.");
    case FailureKind::PodNotFound:
    case FailureKind::Internal:
        break;
    }
    return tr("Try again; the log (View → Log) has the details.");
}

void CreationProgress::setStage(int stage, bool failed)
{
    m_stage = stage;
    const QList<QLabel*> marks{m_ui->stageMark0, m_ui->stageMark1, m_ui->stageMark2, m_ui->stageMark3,
                               m_ui->stageMark4};
    const QList<QLabel*> texts{m_ui->stageText0, m_ui->stageText1, m_ui->stageText2, m_ui->stageText3,
                               m_ui->stageText4};
    const bool allDone = stage == stageCount - 1 && !failed;
    for (int i = 0; i < stageCount; ++i) {
        QString mark;
        if (i < stage || allDone) {
            mark = QStringLiteral("<span style=\"color:#2ea043\">✓</span>");
        } else if (i == stage) {
            mark = failed ? QStringLiteral("<span style=\"color:#cf222e\">✗</span>")
                          : QStringLiteral("<span style=\"color:#d29922\">→</span>");
        }
        marks.at(i)->setText(mark);
        QFont f = texts.at(i)->font();
        f.setBold(i == stage);
        texts.at(i)->setFont(f);
        texts.at(i)->setEnabled(i <= stage);
    }
    m_ui->progressBar->setValue(allDone ? stageCount - 1 : stage);
}

QString CreationProgress::elapsedText() const
{
    const qint64 s = m_clock.elapsed() / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString CreationProgress::costText() const
{
    const double hours = m_billingClock.isValid() ? m_billingClock.elapsed() / 3'600'000.0 : 0.0;
    const double cost = hours * m_costPerHr;
    return tr("%1 (at %2/hr)").arg(pods::Presentation::money(cost), pods::Presentation::money(m_costPerHr));
}

void CreationProgress::tick()
{
    m_ui->elapsedValue->setText(elapsedText());
    m_ui->costValue->setText(costText());
}

QString CreationProgress::messagesText() const
{
    return m_ui->messages->toPlainText();
}

void CreationProgress::addMessage(const QString& text)
{
    m_ui->messages->appendPlainText(text);
}

void CreationProgress::setFinishedButtons(bool connected)
{
    m_done = true;
    m_ticker.stop();
    tick();
    if (m_question) {
        m_question->close();
    }
    m_ui->buttons->clear();
    m_ui->openWhenConnected->hide();
    if (connected) {
        QPushButton* open = m_ui->buttons->addButton(tr("Open ComfyUI"), QDialogButtonBox::AcceptRole);
        open->setDefault(true);
        connect(open, &QPushButton::clicked, this, [this] {
            Q_EMIT openComfyUiRequested(m_podId);
            accept();
        });
    }
    m_ui->buttons->addButton(QDialogButtonBox::Close);
}

void CreationProgress::onConnected(int localPort, int latencyMs)
{
    if (m_flow) {
        m_podName = m_flow->podName();
        m_podId = m_flow->podId();
    }
    m_connected = true;
    setStage(stageCount - 1);
    addMessage(tr("Connected! ComfyUI is at http://127.0.0.1:%1 (%2 ms).").arg(localPort).arg(latencyMs));
    m_ui->titleLabel->setText(tr("<b>Connected</b> — %1").arg(m_podName.toHtmlEscaped()));
    m_ui->outcomeLabel->setText(tr("ComfyUI on %1 is ready at http://127.0.0.1:%2.").arg(m_podName).arg(localPort));
    m_ui->outcomeLabel->show();
    setFinishedButtons(true);
    if (opensComfyUiWhenConnected()) {
        Q_EMIT openComfyUiRequested(m_podId);
    }
}

void CreationProgress::onFailed(const lifecycle::FailureReport& report)
{
    if (m_flow) {
        m_podName = m_flow->podName();
        m_podId = m_flow->podId();
    }
    if (m_podName.isEmpty()) {
        m_podName = report.podName;
    }
    setStage(m_stage, true);
    addMessage(report.message);
    if (!report.actionText.isEmpty()) {
        addMessage(report.actionText);
    }
    const QString name = m_podName.isEmpty() ? tr("the pod") : m_podName;
    m_ui->titleLabel->setText(m_purpose == Purpose::Resume ? tr("<b>Resuming %1 failed</b>").arg(name.toHtmlEscaped())
                                                           : tr("<b>Creating %1 failed</b>").arg(name.toHtmlEscaped()));
    tick();
    QStringList lines;
    lines << tr("What failed: %1").arg(report.message);
    if (!report.actionText.isEmpty()) {
        lines << tr("What autopod did: %1").arg(report.actionText);
    }
    if (report.action != lifecycle::FailureAction::NothingCreated) {
        lines << tr("Cost so far: %1").arg(m_ui->costValue->text());
    }
    lines << tr("What to do next: %1").arg(nextStepText(report));
    m_ui->outcomeLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->outcomeLabel->show();
    setFinishedButtons(false);
}

void CreationProgress::reject()
{
    if (m_done) {
        QDialog::reject();
        return;
    }
    requestCancel();
}

void CreationProgress::requestCancel()
{
    if (m_done || m_question) {
        return;
    }
    if (!m_flow) {
        return;
    }
    const lifecycle::CancelChoice safe = m_flow->costSafeChoice();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Cancel pod creation"),
                                tr("What should happen to %1?\n\nStopping keeps its volume (storage is still billed); "
                                   "terminating deletes it and ends all billing; keeping it running costs %2/hr.")
                                    .arg(m_flow->podName().isEmpty() ? tr("the pod") : m_flow->podName(),
                                         pods::Presentation::money(m_costPerHr)),
                                QMessageBox::NoButton, this);
    QPushButton* stop = box->addButton(tr("Stop the pod"), QMessageBox::AcceptRole);
    QPushButton* terminate = box->addButton(tr("Terminate the pod"), QMessageBox::DestructiveRole);
    QPushButton* keep = box->addButton(tr("Keep it running"), QMessageBox::ActionRole);
    QPushButton* wait = box->addButton(tr("Continue waiting"), QMessageBox::RejectRole);
    box->setDefaultButton(safe == lifecycle::CancelChoice::Terminate ? terminate : stop);
    box->setEscapeButton(wait);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, stop, terminate, keep] {
        QAbstractButton* clicked = box->clickedButton();
        if (m_done || !m_flow) {
            return;
        }
        if (clicked == stop) {
            addMessage(tr("Cancelling: the pod will be stopped."));
            m_flow->cancel(lifecycle::CancelChoice::Stop);
        } else if (clicked == terminate) {
            addMessage(tr("Cancelling: the pod will be terminated."));
            m_flow->cancel(lifecycle::CancelChoice::Terminate);
        } else if (clicked == keep) {
            addMessage(tr("Cancelling: the pod keeps running."));
            m_flow->cancel(lifecycle::CancelChoice::Keep);
        }
    });
    m_question = box;
    box->open();
}

} // namespace autopod::gui
