#include "gui/newpod/CreationProgress.h"

#include "core/lifecycle/ConnectFlow.h"
#include "core/pods/Presentation.h"
#include "gui/pods/PodListModel.h"
#include "newpod/ui_CreationProgress.h"

#include <QPushButton>

namespace autopod::gui {

namespace {
constexpr int stageCount = 5;
}

CreationProgress::CreationProgress(lifecycle::ConnectFlow& flow, double costPerHr, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreationProgress>())
    , m_flow(flow)
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

    connect(&m_flow, &lifecycle::ConnectFlow::stageChanged, this,
            [this](lifecycle::ConnectStage stage) { setStage(static_cast<int>(stage)); });
    connect(&m_flow, &lifecycle::ConnectFlow::podCreated, this, [this](const QString& name, const api::Pod& pod) {
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
    connect(&m_flow, &lifecycle::ConnectFlow::retrying, this,
            [this](const QString& what, int attempt, int maxAttempts, int delayMs) {
                addMessage(tr("%1 — trying again in %2 s (attempt %3 of %4).")
                               .arg(what)
                               .arg(delayMs / 1000.0, 0, 'f', 0)
                               .arg(attempt)
                               .arg(maxAttempts));
            });
    connect(&m_flow, &lifecycle::ConnectFlow::noticed, this, &CreationProgress::addMessage);
    connect(&m_flow, &lifecycle::ConnectFlow::connected, this, &CreationProgress::onConnected);
    connect(&m_flow, &lifecycle::ConnectFlow::failed, this, &CreationProgress::onFailed);

    m_clock.start();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &CreationProgress::tick);
    m_ticker.start();
    setStage(static_cast<int>(m_flow.stage()));
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
    const QString name = m_flow.podName();
    return name.isEmpty() ? tr("Creating a pod") : tr("Creating <b>%1</b>").arg(name.toHtmlEscaped());
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
    if (connected) {
        QPushButton* open = m_ui->buttons->addButton(tr("Open ComfyUI"), QDialogButtonBox::AcceptRole);
        open->setDefault(true);
        connect(open, &QPushButton::clicked, this, [this] {
            Q_EMIT openComfyUiRequested();
            accept();
        });
    }
    m_ui->buttons->addButton(QDialogButtonBox::Close);
}

void CreationProgress::onConnected(int localPort, int latencyMs)
{
    setStage(stageCount - 1);
    addMessage(tr("Connected! ComfyUI is at http://localhost:%1 (%2 ms).").arg(localPort).arg(latencyMs));
    setFinishedButtons(true);
}

void CreationProgress::onFailed(const lifecycle::FailureReport& report)
{
    setStage(m_stage, true);
    addMessage(report.message);
    if (!report.actionText.isEmpty()) {
        addMessage(report.actionText);
    }
    m_ui->titleLabel->setText(tr("Creating %1 failed").arg(m_flow.podName().toHtmlEscaped()));
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
    const lifecycle::CancelChoice safe = m_flow.costSafeChoice();
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Cancel pod creation"),
        tr("What should happen to %1?\n\nStopping keeps its volume (storage is still billed); "
           "terminating deletes it and ends all billing; keeping it running costs %2/hr.")
            .arg(m_flow.podName().isEmpty() ? tr("the pod") : m_flow.podName(), pods::Presentation::money(m_costPerHr)),
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
        if (m_done) {
            return;
        }
        if (clicked == stop) {
            addMessage(tr("Cancelling: the pod will be stopped."));
            m_flow.cancel(lifecycle::CancelChoice::Stop);
        } else if (clicked == terminate) {
            addMessage(tr("Cancelling: the pod will be terminated."));
            m_flow.cancel(lifecycle::CancelChoice::Terminate);
        } else if (clicked == keep) {
            addMessage(tr("Cancelling: the pod keeps running."));
            m_flow.cancel(lifecycle::CancelChoice::Keep);
        }
    });
    m_question = box;
    box->open();
}

} // namespace autopod::gui
