// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/newpod/NewPodDialog.h"

#include "core/api/GpuOfferQuery.h"
#include "core/api/RunPodApi.h"
#include "core/config/ConfigSchema.h"
#include "core/lifecycle/PodRequest.h"
#include "core/pods/Presentation.h"
#include "gui/NextStepText.h"
#include "gui/newpod/GpuOfferModel.h"
#include "gui/pods/PodListModel.h"
#include "newpod/ui_NewPodDialog.h"

#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>

namespace autopod::gui {

namespace {
// The volume combo keeps each volume's data center next to its id.
constexpr int kVolumeDataCenterRole = Qt::UserRole + 1;
} // namespace

NewPodDialog::NewPodDialog(api::RunPodApi& api, NewPodDefaults defaults, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewPodDialog>())
    , m_api(api)
    , m_defaults(std::move(defaults))
    , m_offers(new GpuOfferModel(this))
{
    m_ui->setupUi(this);
    m_createButton = m_ui->buttons->addButton(tr("&Create pod…"), QDialogButtonBox::AcceptRole);
    m_createButton->setEnabled(false);
    m_createButton->setDefault(true);

    m_ui->cloudCombo->addItem(tr("Secure cloud (recommended, more reliable)"), int(api::CloudType::Secure));
    m_ui->cloudCombo->addItem(tr("Community cloud (cheaper, variable availability)"), int(api::CloudType::Community));
    m_ui->cloudCombo->setCurrentIndex(
        m_ui->cloudCombo->findData(int(m_defaults.cloud)) < 0 ? 0 : m_ui->cloudCombo->findData(int(m_defaults.cloud)));
    m_ui->regionCombo->addItem(tr("North America"), QStringLiteral("NA"));
    m_ui->regionCombo->addItem(tr("Europe"), QStringLiteral("EU"));
    m_ui->regionCombo->addItem(tr("Asia-Pacific"), QStringLiteral("AP"));
    m_ui->regionCombo->addItem(tr("Anywhere"), QString());
    m_ui->regionCombo->setCurrentIndex(qMax(0, m_ui->regionCombo->findData(m_defaults.region)));
    m_ui->networkCombo->addItem(tr("High or extreme"), QStringList{QStringLiteral("high"), QStringLiteral("extreme")});
    m_ui->networkCombo->addItem(tr("Extreme only"), QStringList{QStringLiteral("extreme")});
    m_ui->networkCombo->addItem(tr("Any speed"), QStringList{});
    int networkIndex = 2;
    if (m_defaults.networkSpeeds == QStringList{QStringLiteral("extreme")}) {
        networkIndex = 1;
    } else if (!m_defaults.networkSpeeds.isEmpty()) {
        networkIndex = 0;
    }
    m_ui->networkCombo->setCurrentIndex(networkIndex);
    m_ui->cudaCombo->addItem(tr("Any"), QString());
    for (const QString& v : api::offers::knownCudaVersions()) {
        m_ui->cudaCombo->addItem(v, v);
    }
    if (!m_defaults.cudaVersion.isEmpty()) {
        if (m_ui->cudaCombo->findData(m_defaults.cudaVersion) < 0) {
            m_ui->cudaCombo->addItem(m_defaults.cudaVersion, m_defaults.cudaVersion);
        }
        m_ui->cudaCombo->setCurrentIndex(m_ui->cudaCombo->findData(m_defaults.cudaVersion));
    }
    m_ui->favoritesCheck->setChecked(!m_defaults.favoriteGpus.isEmpty());
    showFavourites();
    m_ui->templateEdit->setText(m_defaults.templateImage);
    m_ui->publishCheck->setChecked(m_defaults.publishComfyUi);
    m_ui->gpuCountSpin->setValue(qMax(1, m_defaults.gpuCount));
    m_ui->volumeCombo->addItem(tr("None"), QString());
    if (const config::ConfigKey* key = config::ConfigSchema::find(QStringLiteral("defaults.volume_gb"))) {
        m_ui->volumeDiskSpin->setRange(int(key->min), int(key->max));
    }
    m_ui->volumeDiskSpin->setValue(m_defaults.volumeGb);
    m_ui->volumeDiskWarning->setStyleSheet(QStringLiteral("color: #cf222e;"));
    const auto updateVolumeWarning = [this] {
        m_ui->volumeDiskWarning->setText(
            m_ui->volumeDiskSpin->value() == 0
                ? tr("No volume disk: when the pod stops (by you, by its guard or to save costs), its files are "
                     "lost.")
                : QString());
        m_ui->volumeDiskWarning->setVisible(m_ui->volumeDiskSpin->value() == 0);
    };
    updateVolumeWarning();
    connect(m_ui->volumeDiskSpin, &QSpinBox::valueChanged, this, updateVolumeWarning);
    m_ui->dataCenterCombo->addItem(tr("Best available"), QString());
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #cf222e;"));

    m_ui->gpuTable->setModel(m_offers);
    // The GPU's name takes the spare width; the figures next to it stay as wide as they need.
    QHeaderView* header = m_ui->gpuTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GpuOfferModel::Gpu, QHeaderView::Stretch);

    connect(m_ui->gpuTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_selectingForUser && current.isValid()) {
                    m_userPick = current.data(GpuOfferModel::GpuTypeIdRole).toString();
                }
                onSelectionChanged();
            });
    // The star column and the context menu edit the favourites.
    connect(m_ui->gpuTable, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == GpuOfferModel::Favourite) {
            toggleFavourite(index.row());
        }
    });
    m_ui->gpuTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->gpuTable, &QWidget::customContextMenuRequested, this, &NewPodDialog::showGpuMenu);
    connect(m_ui->gpuCountSpin, &QSpinBox::valueChanged, this, &NewPodDialog::updateEstimate);
    connect(m_ui->templateEdit, &QLineEdit::textChanged, this, &NewPodDialog::updateEstimate);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &NewPodDialog::search);
    for (QComboBox* combo : {m_ui->cloudCombo, m_ui->regionCombo, m_ui->networkCombo, m_ui->cudaCombo}) {
        connect(combo, &QComboBox::activated, this, &NewPodDialog::search);
    }
    connect(m_ui->favoritesCheck, &QCheckBox::toggled, this, &NewPodDialog::search);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_createButton, &QPushButton::clicked, this, &NewPodDialog::requestCreate);

    m_api.dataCenters(this, [this](const api::ApiResult<QList<api::DataCenter>>& result) {
        if (!result.ok()) {
            return;
        }
        for (const api::DataCenter& dc : *result.value) {
            m_dataCenterNames.insert(dc.id, dc.location.isEmpty() ? dc.name : dc.location);
        }
        onSelectionChanged();
    });
    m_api.networkVolumes(this, [this](const api::ApiResult<QList<api::NetworkVolume>>& result) {
        if (!result.ok()) {
            return;
        }
        for (const api::NetworkVolume& v : *result.value) {
            m_ui->volumeCombo->addItem(tr("%1 (%2 GB, %3)").arg(v.name).arg(v.sizeGb).arg(v.dataCenterId), v.id);
            m_ui->volumeCombo->setItemData(m_ui->volumeCombo->count() - 1, v.dataCenterId, kVolumeDataCenterRole);
        }
        const int i = m_ui->volumeCombo->findData(m_defaults.networkVolumeId);
        if (i >= 0) {
            m_ui->volumeCombo->setCurrentIndex(i);
        }
    });
    updateEstimate();
    search();
}

NewPodDialog::~NewPodDialog() = default;

api::GpuFilter NewPodDialog::filter() const
{
    api::GpuFilter f;
    f.cloud = static_cast<api::CloudType>(m_ui->cloudCombo->currentData().toInt());
    f.region = m_ui->regionCombo->currentData().toString();
    f.networkSpeeds = m_ui->networkCombo->currentData().toStringList();
    f.cudaVersion = m_ui->cudaCombo->currentData().toString();
    f.gpuCount = 1; // list what can host at least one; the count is checked against the offer
    if (m_ui->favoritesCheck->isChecked()) {
        f.favoriteGpus = m_defaults.favoriteGpus;
    }
    f.maxResults = m_defaults.maxResults;
    return f;
}

QString NewPodDialog::filterSummary() const
{
    const api::GpuFilter f = filter();
    QStringList parts;
    parts << (f.cloud == api::CloudType::Community ? tr("Community cloud") : tr("Secure cloud"));
    parts << m_ui->regionCombo->currentText();
    parts << tr("Network: %1").arg(m_ui->networkCombo->currentText());
    parts << tr("CUDA: %1").arg(f.cudaVersion.isEmpty() ? tr("any") : tr("%1 or newer").arg(f.cudaVersion));
    if (!f.favoriteGpus.isEmpty()) {
        parts << tr("favourites only");
    }
    return tr("Filtering: %1").arg(parts.join(QStringLiteral(" | ")));
}

void NewPodDialog::search()
{
    const int generation = ++m_searchGeneration;
    m_ui->filterSummary->setText(filterSummary() + QStringLiteral(" — ") + tr("searching…"));
    m_ui->errorLabel->hide();
    m_api.gpuOffers(filter(), this, [this, generation](const api::ApiResult<QList<api::GpuOffer>>& result) {
        if (generation != m_searchGeneration) {
            return; // a newer search is under way
        }
        m_ui->filterSummary->setText(filterSummary());
        if (!result.ok()) {
            m_offers->setOffers({});
            showError(userText(result.error));
            Q_EMIT searchFailed(result.error.message);
            onSelectionChanged();
            return;
        }
        m_offers->setOffers(*result.value);
        if (result.value->isEmpty()) {
            showError(tr("No GPU matches these filters right now. Try another region, a lower CUDA version or "
                         "any network speed."));
        }
        if (const int row = defaultRow(); row >= 0) {
            const QScopedValueRollback forUser(m_selectingForUser, true);
            m_ui->gpuTable->selectRow(row);
        }
        onSelectionChanged();
        Q_EMIT offersLoaded(static_cast<int>(result.value->size()));
    });
}

int NewPodDialog::defaultRow() const
{
    // What the user picked in this dialog, else the configured default GPU, else the cheapest
    // favourite RunPod offers, else the first offer.
    for (const QString& wanted : {m_userPick, m_defaults.preferredGpu}) {
        if (const int row = wanted.isEmpty() ? -1 : m_offers->rowOf(wanted); row >= 0) {
            return row;
        }
    }
    if (const int row = m_offers->cheapestFavourite(); row >= 0) {
        return row;
    }
    return m_offers->rowCount() > 0 ? 0 : -1;
}

void NewPodDialog::showFavourites()
{
    const bool any = !m_defaults.favoriteGpus.isEmpty();
    m_offers->setFavourites(m_defaults.favoriteGpus);
    m_ui->favoritesCheck->setEnabled(any);
    m_ui->favoritesCheck->setToolTip(any ? m_defaults.favoriteGpus.join(QStringLiteral(", "))
                                         : tr("No favourites yet: click a GPU's star to add one"));
}

void NewPodDialog::toggleFavourite(int row)
{
    const api::GpuOffer* offer = m_offers->offerAt(row);
    if (!offer) {
        return;
    }
    QStringList favourites = m_defaults.favoriteGpus;
    if (m_offers->isFavourite(row)) {
        favourites.removeIf([offer](const QString& f) {
            return api::offers::matchesFavourite(f, offer->displayName, offer->gpuTypeId);
        });
    } else {
        favourites << (offer->displayName.isEmpty() ? offer->gpuTypeId : offer->displayName);
    }
    m_defaults.favoriteGpus = favourites;
    showFavourites();
    if (favourites.isEmpty() && m_ui->favoritesCheck->isChecked()) {
        m_ui->favoritesCheck->setChecked(false); // "favourites only" of none would list nothing: searches again
    }
    Q_EMIT favouritesEdited(favourites);
}

void NewPodDialog::showGpuMenu(const QPoint& pos)
{
    const QModelIndex index = m_ui->gpuTable->indexAt(pos);
    if (!index.isValid()) {
        return;
    }
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* toggle =
        menu->addAction(m_offers->isFavourite(index.row()) ? tr("Remove from favourites") : tr("Add to favourites"));
    toggle->setObjectName(QStringLiteral("toggleFavouriteAction"));
    const int row = index.row();
    connect(toggle, &QAction::triggered, this, [this, row] { toggleFavourite(row); });
    menu->popup(m_ui->gpuTable->viewport()->mapToGlobal(pos));
}

void NewPodDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

const api::GpuOffer* NewPodDialog::selectedOffer() const
{
    const QModelIndex current = m_ui->gpuTable->selectionModel()->currentIndex();
    return current.isValid() ? m_offers->offerAt(current.row()) : nullptr;
}

void NewPodDialog::selectGpu(const QString& gpuTypeIdOrName)
{
    const int row = m_offers->rowOf(gpuTypeIdOrName);
    if (row >= 0) {
        m_ui->gpuTable->selectRow(row);
    }
}

void NewPodDialog::setGpuCount(int count)
{
    m_ui->gpuCountSpin->setValue(count);
}

void NewPodDialog::onSelectionChanged()
{
    const api::GpuOffer* offer = selectedOffer();
    const QString previous = m_ui->dataCenterCombo->currentData().toString();
    m_ui->dataCenterCombo->clear();
    m_ui->dataCenterCombo->addItem(tr("Best available"), QString());
    if (offer) {
        int maxCount = offer->maxGpuCount;
        for (int c : offer->availableGpuCounts) {
            maxCount = qMax(maxCount, c);
        }
        m_ui->gpuCountSpin->setMaximum(qMax(1, maxCount));
        for (const QString& dc : offer->dataCenterIds) {
            const QString name = m_dataCenterNames.value(dc);
            m_ui->dataCenterCombo->addItem(name.isEmpty() ? dc : tr("%1 (%2)").arg(dc, name), dc);
        }
        const int i = m_ui->dataCenterCombo->findData(previous);
        if (i >= 0) {
            m_ui->dataCenterCombo->setCurrentIndex(i);
        }
    }
    updateEstimate();
}

double NewPodDialog::estimatedCostPerHr() const
{
    const api::GpuOffer* offer = selectedOffer();
    return offer ? offer->pricePerGpuHr * m_ui->gpuCountSpin->value() : 0.0;
}

QString NewPodDialog::estimateText() const
{
    const api::GpuOffer* offer = selectedOffer();
    if (!offer) {
        return tr("Select a GPU to see the estimated cost.");
    }
    return tr("Estimated cost: %1/hr (%2 × %3)")
        .arg(pods::Presentation::money(estimatedCostPerHr()))
        .arg(m_ui->gpuCountSpin->value())
        .arg(offer->displayName);
}

void NewPodDialog::updateEstimate()
{
    QFont bold = m_ui->estimateLabel->font();
    bold.setBold(true);
    m_ui->estimateLabel->setFont(bold);
    m_ui->estimateLabel->setText(estimateText());
    const api::GpuOffer* offer = selectedOffer();
    const bool countOk = offer && (offer->availableGpuCounts.isEmpty() ||
                                   offer->availableGpuCounts.contains(m_ui->gpuCountSpin->value()) ||
                                   m_ui->gpuCountSpin->value() <= offer->maxGpuCount);
    m_createButton->setEnabled(countOk && !m_ui->templateEdit->text().trimmed().isEmpty());
}

std::optional<api::CreatePodRequest> NewPodDialog::request() const
{
    const api::GpuOffer* offer = selectedOffer();
    if (!offer) {
        return std::nullopt;
    }
    lifecycle::PodChoices choices;
    choices.offer = *offer;
    choices.gpuCount = m_ui->gpuCountSpin->value();
    choices.cloud = static_cast<api::CloudType>(m_ui->cloudCombo->currentData().toInt());
    choices.templateOrImage = m_ui->templateEdit->text().trimmed();
    choices.dataCenterId = m_ui->dataCenterCombo->currentData().toString();
    choices.networkVolumeId = m_ui->volumeCombo->currentData().toString();
    choices.volumeDataCenter = m_ui->volumeCombo->currentData(kVolumeDataCenterRole).toString();
    choices.minimumCuda = filter().cudaVersion;
    choices.publishComfyUi = m_ui->publishCheck->isChecked();
    choices.volumeGb = m_ui->volumeDiskSpin->value();
    return lifecycle::createRequestFor(choices);
}

QString NewPodDialog::volumeWarning() const
{
    return m_ui->volumeDiskWarning->text();
}

void NewPodDialog::requestCreate()
{
    const std::optional<api::CreatePodRequest> r = request();
    if (!r || m_confirmation) {
        return;
    }
    const api::GpuOffer* offer = selectedOffer();
    QString where = r->dataCenterId.isEmpty() ? tr("the best available data center") : r->dataCenterId;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Create pod"),
        tr("Create a pod with %1 × %2 in %3?\n\n%4\nBilling starts as soon as RunPod creates the pod. If it does not "
           "come up, autopod stops it to save costs.")
            .arg(r->gpuCount)
            .arg(offer->displayName, where, estimateText()),
        QMessageBox::Cancel, this);
    if (m_ui->publishCheck->isChecked()) {
        box->setInformativeText(tr("ComfyUI will also be public at https://%1-8188.proxy.runpod.net without a "
                                   "password: anyone who knows the pod id can use it and your GPU time.")
                                    .arg(tr("<pod id>")));
    }
    QPushButton* yes = box->addButton(tr("Create pod"), QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, yes, request = *r] {
        if (box->clickedButton() == yes) {
            Q_EMIT createConfirmed(request);
            accept();
        }
    });
    m_confirmation = box;
    box->open();
}

} // namespace autopod::gui
